import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CLIENT_DIST } from '../paths.js';
import { type RunningServer, startBuiltServer } from '../server-process.js';
import { callOk, login } from './api-client.js';
import { type BrowserOutcome, type BrowserResult, maximum, median, type ProfileTimings } from './browser-results.js';
import { type AssetSizes, recordAssets, sizeAssets } from './downloaded-assets.js';
import { percentile } from './http-load.js';
import { installListRenderProbe, type ListRenderTiming, readListRenderTiming } from './list-render-probe.js';
import { emulateNetwork, NETWORK_PROFILES, type NetworkProfile } from './network-profiles.js';

/** Debian's Chromium, as the client's end-to-end tests use it; nothing is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const LIST_ROUTE = '/customers';
const LIST_API = '/api/customers';
/** The customer list's page size when nobody has chosen another: the default of every list. */
const ROWS = 50;
/** The table is virtualised and renders only the rows in view: the window must hold all of them. */
const VIEWPORT = { width: 1440, height: 2700 };
const SAMPLE_TIMEOUT_MS = 60_000;

export interface BrowserStageOptions {
  databaseUrl: string;
  /** Settings for the server the stage starts (the same as the HTTP runs'). */
  serverSettings: Record<string, string>;
  logFile: string;
  username: string;
  password: string;
  samplesPerProfile: number;
  apiCalls: number;
  /** Where a screenshot of the last LAN sample's list goes. */
  screenshot: string;
  log: (line: string) => void;
}

/** Why the stage cannot run here, or null. */
export function browserStageBlocker(): string | null {
  if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) return 'client/dist holds no build of the web client';
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (CHROMIUM_PATH names another)`;
  return null;
}

/**
 * The browser timings, on a server of their own that serves the built client. Where they cannot
 * run, or fail, the outcome says why and the benchmark goes on.
 */
export async function runBrowserStage(options: BrowserStageOptions): Promise<BrowserOutcome> {
  const blocker = browserStageBlocker();
  if (blocker) {
    options.log(`browser stage skipped: ${blocker}`);
    return { notRun: `was skipped: ${blocker}` };
  }
  options.log(`timing the customer list in Chromium: ${options.samplesPerProfile} cold loads per network`);
  let server: RunningServer | null = null;
  try {
    server = await startBuiltServer({ databaseUrl: options.databaseUrl, logFile: options.logFile, settings: options.serverSettings });
    const result = await measure(server.url, options);
    for (const profile of result.profiles) {
      options.log(`  ${profile.title}: median ${median(profile.renderMs).toFixed(0)} ms, max ${maximum(profile.renderMs).toFixed(0)} ms`);
    }
    options.log(`  API floor: ${result.apiFloor.request} p50 ${result.apiFloor.p50.toFixed(2)} ms`);
    options.log(`  first route JS ${(result.firstRoute.jsGzip / 1024).toFixed(1)} KB gzip; screenshot of the list: ${options.screenshot}`);
    return { result };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    options.log(`browser stage failed: ${reason}`);
    return { notRun: `failed: ${reason}` };
  } finally {
    await server?.stop();
  }
}

interface Visit {
  browser: Browser;
  baseUrl: string;
  username: string;
  password: string;
}

interface ColdLoad {
  firstRoute: AssetSizes;
  listAssets: AssetSizes;
  timing: ListRenderTiming;
  /** Path and query of the list request the page made. */
  listRequest: string | null;
}

async function measure(baseUrl: string, options: BrowserStageOptions): Promise<BrowserResult> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const visit: Visit = { browser, baseUrl, username: options.username, password: options.password };
    const [lan] = NETWORK_PROFILES;
    // Untimed: a server's first answers (files read from disk, code paths compiled) are not what users meet.
    const first = await coldLoad(visit, lan);
    const profiles: ProfileTimings[] = NETWORK_PROFILES.map((p) => ({ key: p.key, title: p.title, renderMs: [], listRequestStartMs: [], listRequestMs: [] }));
    // Networks alternate, so that other work on the machine weighs on both alike.
    for (let sample = 1; sample <= options.samplesPerProfile; sample++) {
      for (const [index, profile] of NETWORK_PROFILES.entries()) {
        const lastLan = sample === options.samplesPerProfile && profile === lan;
        const load = await coldLoad(visit, profile, lastLan ? options.screenshot : undefined);
        const request = load.timing.listRequest;
        if (!request) throw new Error(`the page at ${LIST_ROUTE} made no ${LIST_API} request`);
        if (profile.conditions && request.endMs - request.startMs < profile.conditions.latencyMs) {
          throw new Error(`the list request took ${(request.endMs - request.startMs).toFixed(0)} ms: Chromium did not apply the network emulation`);
        }
        profiles[index].renderMs.push(load.timing.renderedMs);
        profiles[index].listRequestStartMs.push(request.startMs);
        profiles[index].listRequestMs.push(request.endMs - request.startMs);
      }
    }
    const listRequest = first.listRequest ?? `${LIST_API}?pageSize=${ROWS}`;
    return {
      browser: `Chromium ${browser.version()}`,
      viewport: VIEWPORT,
      username: options.username,
      listRoute: LIST_ROUTE,
      rows: ROWS,
      samplesPerProfile: options.samplesPerProfile,
      profiles,
      apiFloor: await apiFloor(baseUrl, options, listRequest),
      firstRoute: first.firstRoute,
      listAssets: first.listAssets,
    };
  } finally {
    await browser.close();
  }
}

/**
 * One visitor with nothing cached, over `profile`: opens the login page and signs in there, then
 * opens the list, which is timed from its navigation start.
 */
async function coldLoad(visit: Visit, profile: NetworkProfile, screenshot?: string): Promise<ColdLoad> {
  const context = await visit.browser.newContext({ baseURL: visit.baseUrl, viewport: VIEWPORT, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await installListRenderProbe(page, { pathname: LIST_ROUTE, rows: ROWS });
    await emulateNetwork(await context.newCDPSession(page), profile);
    const origin = new URL(visit.baseUrl).origin;

    const firstRouteAssets = recordAssets(page, origin);
    await page.goto('/login');
    await page.locator('[data-test=login-submit]').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const firstRoute = sizeAssets(firstRouteAssets(), CLIENT_DIST);

    const landed = untilNetworkQuiet(page);
    await page.fill('[data-test=login-username]', visit.username);
    await page.fill('[data-test=login-password]', visit.password);
    await page.click('[data-test=login-submit]');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    // What the page it lands on requests would otherwise be cut off by the timed load, or compete with it.
    await landed;

    const listAssets = recordAssets(page, origin);
    let listRequest: string | null = null;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === LIST_API && !listRequest) listRequest = `${url.pathname}${url.search}`;
    });
    await page.goto(LIST_ROUTE, { waitUntil: 'commit' });
    const timing = await readListRenderTiming(page, LIST_API, SAMPLE_TIMEOUT_MS);
    const sizes = sizeAssets(listAssets(), CLIENT_DIST);
    if (screenshot) await page.screenshot({ path: screenshot });
    return { firstRoute, listAssets: sizes, timing, listRequest };
  } finally {
    await context.close();
  }
}

/**
 * Resolves once the requests the page sends from now on have ended and no other has followed for
 * `quietMs` (or after `limitMs` whatever happens).
 */
function untilNetworkQuiet(page: Page, quietMs = 500, limitMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    let inFlight = 0;
    let quiet: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(limit);
      page.off('request', sent);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
      resolve();
    };
    const sent = () => {
      inFlight += 1;
      clearTimeout(quiet);
    };
    const ended = () => {
      inFlight = Math.max(0, inFlight - 1);
      if (inFlight === 0) {
        clearTimeout(quiet);
        quiet = setTimeout(done, quietMs);
      }
    };
    const limit = setTimeout(done, limitMs);
    page.on('request', sent);
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
  });
}

/** The list request the page made, sent from Node.js one at a time: the server's share of the render. */
async function apiFloor(baseUrl: string, options: BrowserStageOptions, request: string): Promise<BrowserResult['apiFloor']> {
  const token = await login(baseUrl, options.username, options.password);
  const get = { method: 'GET' as const, path: request };
  for (let i = 0; i < 3; i++) await callOk(baseUrl, get, token);
  const times: number[] = [];
  for (let i = 0; i < options.apiCalls; i++) {
    const started = performance.now();
    await callOk(baseUrl, get, token);
    times.push(performance.now() - started);
  }
  return { request: `GET ${request}`, p50: percentile(times.sort((a, b) => a - b), 50), calls: options.apiCalls };
}
