import { type CDPSession } from 'playwright-core';

/** Chromium's network emulation: latency added to every request's round trip, bandwidth in bytes/s. */
export interface NetworkConditions {
  latencyMs: number;
  downloadBytesPerSecond: number;
  uploadBytesPerSecond: number;
}

export interface NetworkProfile {
  key: 'lan' | 'vpn';
  title: string;
  /** Null: the loopback connection as it is. */
  conditions: NetworkConditions | null;
}

const megabits = (count: number) => (count * 1_000_000) / 8;

/** The two networks the issue names: the office LAN, and a branch office on a VPN. */
export const NETWORK_PROFILES: readonly NetworkProfile[] = [
  { key: 'lan', title: 'LAN (loopback, no throttling)', conditions: null },
  {
    key: 'vpn',
    title: 'VPN: 50 ms round trip, 20 Mbit/s down, 5 Mbit/s up',
    conditions: { latencyMs: 50, downloadBytesPerSecond: megabits(20), uploadBytesPerSecond: megabits(5) },
  },
];

/** Applies a profile to one page, with the HTTP cache off: every load fetches everything again. */
export async function emulateNetwork(cdp: CDPSession, profile: NetworkProfile): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (!profile.conditions) return;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.conditions.latencyMs,
    downloadThroughput: profile.conditions.downloadBytesPerSecond,
    uploadThroughput: profile.conditions.uploadBytesPerSecond,
  });
}
