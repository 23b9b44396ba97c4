import { type AssetSizes } from './downloaded-assets.js';

/** The cold loads of the list over one network. */
export interface ProfileTimings {
  /** The network profile's key: lan, vpn. */
  key: string;
  title: string;
  /** From navigation start until the 50th row showed, one per sample, ms. */
  renderMs: number[];
  /** When the page sent the list request, ms from navigation start. */
  listRequestStartMs: number[];
  /** How long the list request took as the browser saw it, ms. */
  listRequestMs: number[];
}

export interface BrowserResult {
  /** Chromium's version. */
  browser: string;
  viewport: { width: number; height: number };
  username: string;
  /** The client route that was timed. */
  listRoute: string;
  rows: number;
  samplesPerProfile: number;
  profiles: ProfileTimings[];
  /** The list request the page made, and its p50 when sent from Node.js in the same run. */
  apiFloor: { request: string; p50: number; calls: number };
  /** What the browser downloaded to show the login page, the first route of a new visitor. */
  firstRoute: AssetSizes;
  /** What a cold load of the list downloaded until its last row showed. */
  listAssets: AssetSizes;
}

/** Measured, or why not: "was skipped: …" or "failed: …". */
export type BrowserOutcome = { result: BrowserResult } | { notRun: string };

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const maximum = (values: number[]) => (values.length ? Math.max(...values) : NaN);

/** 1 KB = 1024 bytes, as the client's bundle check prints it. */
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
