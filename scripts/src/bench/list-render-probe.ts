import { type Page } from 'playwright-core';

/** Where the probe leaves its answer in the page. */
const RENDERED_AT = '__crmBenchListRenderedAt';

export interface ProbeSettings {
  /** The list's route; other pages (the login page, the home page) are left alone. */
  pathname: string;
  /** How many rows make the list complete. */
  rows: number;
}

export interface ListRenderTiming {
  /** From navigation start until the last row was in the DOM and in view, ms. */
  renderedMs: number;
  /** The list's API request as the page saw it, ms from navigation start; null if none was found. */
  listRequest: { startMs: number; endMs: number } | null;
}

/**
 * Runs in the page before its own scripts and checks on every animation frame whether the
 * `rows`-th row of the list's table is in the DOM and in view, then notes the time. An animation
 * frame is when the browser is about to paint, so the time is when the row can first be seen.
 * The table is virtualised: its rows are positioned absolutely, in no particular DOM order.
 */
function probe(settings: ProbeSettings & { key: string }): void {
  if (location.pathname !== settings.pathname) return;
  // The list page loads about a hundred files; the default buffer of 250 entries could drop the list request.
  performance.setResourceTimingBufferSize(1000);
  const complete = (): boolean => {
    const rows = Array.from(document.querySelectorAll<HTMLElement>('.el-table-v2__main .el-table-v2__row'));
    if (rows.length < settings.rows) return false;
    const last = rows.sort((a, b) => a.offsetTop - b.offsetTop)[settings.rows - 1];
    const body = last.closest('.el-table-v2__body');
    if (!body || !last.textContent?.trim()) return false;
    const row = last.getBoundingClientRect();
    const view = body.getBoundingClientRect();
    return row.height > 0 && row.top >= view.top && row.bottom <= Math.min(view.bottom, window.innerHeight) + 1;
  };
  const check = () => {
    if (complete()) (window as unknown as Record<string, number>)[settings.key] = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Installs the probe on every page the context opens from now on. */
export async function installListRenderProbe(page: Page, settings: ProbeSettings): Promise<void> {
  await page.addInitScript(probe, { ...settings, key: RENDERED_AT });
}

/**
 * Waits for the probe's answer and reads it, with the list request's resource timing
 * (`apiPath` is its path, without the query).
 */
export async function readListRenderTiming(page: Page, apiPath: string, timeoutMs: number): Promise<ListRenderTiming> {
  try {
    await page.waitForFunction((key) => (window as unknown as Record<string, unknown>)[key] !== undefined, RENDERED_AT, { timeout: timeoutMs });
  } catch {
    const shown = await page.locator('.el-table-v2__main .el-table-v2__row').count().catch(() => 0);
    const at = new URL(page.url());
    throw new Error(`the list did not show its last row within ${timeoutMs / 1000} s (${shown} rows shown at ${at.pathname}${at.search})`);
  }
  return page.evaluate(
    ({ key, apiPath }) => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => new URL(e.name).pathname === apiPath) as PerformanceResourceTiming | undefined;
      return {
        renderedMs: (window as unknown as Record<string, number>)[key],
        listRequest: entry ? { startMs: entry.startTime, endMs: entry.responseEnd } : null,
      };
    },
    { key: RENDERED_AT, apiPath },
  );
}
