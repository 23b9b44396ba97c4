import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

/** Debian's Chromium; the e2e tests never download a browser of their own. */
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
const RESULTS_DIR = new URL('../../test-results/', import.meta.url).pathname;

export const DEMO_PASSWORD = 'Demo@2026';

export interface BrowserSession {
  readonly page: Page;
  readonly baseUrl: string;
}

/**
 * One browser per test file and a fresh context (own storage, so no session carries over) per
 * test. A failing test leaves a screenshot in test-results/.
 */
export function useBrowser(viewport = { width: 1366, height: 768 }): BrowserSession {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-US' });
    page = await context.newPage();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const name = task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
      await page.screenshot({ path: `${RESULTS_DIR}${name}.png`, fullPage: true });
    }
    await context.close();
  });

  return {
    get page() {
      return page;
    },
    baseUrl,
  };
}

/** Logs in through the login page and waits until the app has left it. */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.fill('[data-test=login-username]', username);
  await page.fill('[data-test=login-password]', password);
  await page.click('[data-test=login-submit]');
  await page.waitForURL((url: URL) => !url.pathname.startsWith('/login'));
}
