import { type BrowserOutcome, kilobytes, maximum, median } from './browser-results.js';
import { type ScenarioResult } from './report.js';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a');

/** The targets, checked against this run's figures (they are stated for size L). */
export function checkTargets(results: ScenarioResult[], helloP50: number | null): TargetCheck[] {
  const byKey = new Map(results.map((r) => [r.key, r]));
  const checks: TargetCheck[] = [];
  const listed = (key: string, limit: number) => {
    const r = byKey.get(key);
    if (!r) return;
    const ratio = r.c1.p50 / r.floor.p50;
    checks.push({
      target: `${r.title}: p50 ≤ ${limit} ms, ≤ 1.5× floor, p99 ≤ 50 ms`,
      measured: `p50 ${ms(r.c1.p50)}, ${ratio.toFixed(2)}× floor, p99 ${ms(r.c1.p99)}`,
      met: r.c1.p50 <= limit && ratio <= 1.5 && r.c1.p99 <= 50,
    });
  };
  const loaded = (key: string) => {
    const r = byKey.get(key);
    if (!r) return;
    if (!r.c50) {
      checks.push({ target: `${r.title}, 50 connections`, measured: 'not run: one request takes over 1 s', met: false });
      return;
    }
    checks.push({
      target: `${r.title}, 50 connections: ≥ 400 req/s, p99 ≤ 200 ms, 0 errors`,
      measured: `${Math.round(r.c50.rps)} req/s, p99 ${ms(r.c50.p99)}, ${r.c50.errors} errors`,
      met: r.c50.rps >= 400 && r.c50.p99 <= 200 && r.c50.errors === 0,
    });
  };
  listed('list-manager', 5);
  for (const key of ['list-text', 'list-picklists', 'list-custom-field', 'list-sort-name']) listed(key, 15);
  for (const key of ['list-manager', 'list-text', 'list-picklists', 'list-custom-field', 'list-sort-name']) loaded(key);
  // Each module's heaviest list, held to the customer list's targets: unfiltered pages as page 1,
  // filtered ones and the aging report as filtered lists.
  for (const key of ['orders-manager', 'activities-manager']) listed(key, 5);
  for (const key of ['orders-status', 'receivables-overdue', 'aging-customer']) listed(key, 15);
  for (const key of ['orders-manager', 'activities-manager']) loaded(key);

  const deep = byKey.get('list-deep');
  const first = byKey.get('list-manager');
  if (deep && first) {
    const ratio = deep.c1.p50 / first.c1.p50;
    checks.push({ target: 'Any page depth: page N ≤ 1.5× page 1', measured: `${ms(deep.c1.p50)} vs ${ms(first.c1.p50)} = ${ratio.toFixed(2)}×`, met: ratio <= 1.5 });
  }
  for (const key of ['list-manager', 'list-director']) {
    const count = byKey.get(key)?.floor.statements.find((s) => /COUNT\(\*\) AS total FROM \(/i.test(s.query));
    if (count) {
      checks.push({ target: `Default (capped) total, ${key.replace('list-', '')} scope: ≤ 5 ms`, measured: `${ms(count.p50)} (the count statement)`, met: count.p50 <= 5 });
    }
  }
  for (const key of ['list-exact-team', 'list-exact-all']) {
    const r = byKey.get(key);
    if (r) checks.push({ target: `${r.title}: ≤ 100 ms`, measured: `p50 ${ms(r.c1.p50)}`, met: r.c1.p50 <= 100 });
  }
  for (const key of ['search-rare', 'search-middling', 'search-common', 'search-own-rare']) {
    const r = byKey.get(key);
    if (r) checks.push({ target: `${r.title}: ≤ 40 ms`, measured: `p50 ${ms(r.c1.p50)}`, met: r.c1.p50 <= 40 });
  }
  const searches = results.filter((r) => r.key.startsWith('search-'));
  if (searches.length) {
    const worst = Math.max(...searches.map((r) => r.c1.max));
    const loaded = searches.filter((r) => r.c50);
    const worst50 = loaded.length ? ms(Math.max(...loaded.map((r) => r.c50!.max))) : 'not run';
    checks.push({
      target: 'Search: nothing > 1 s, 1-2 Chinese characters included (one user at a time)',
      measured: `slowest ${ms(worst)} (at 50 connections: ${worst50})`,
      met: worst <= 1000,
    });
  }
  const detail = byKey.get('detail');
  const history = byKey.get('history');
  if (detail && history) {
    const p50 = detail.c1.p50 + history.c1.p50;
    const p99 = detail.c1.p99 + history.c1.p99;
    checks.push({ target: 'Customer detail + contacts + timeline: ≤ 6 ms, p99 ≤ 20 ms', measured: `p50 ${ms(p50)}, p99 ${ms(p99)} (two requests)`, met: p50 <= 6 && p99 <= 20 });
  }
  const health = byKey.get('health');
  if (health && helloP50 !== null) {
    const overhead = health.c1.p50 - health.floor.p50 - helloP50;
    checks.push({
      target: 'Framework overhead ≤ 0.5 ms per request, anonymous',
      measured: `${ms(overhead)} (health ${ms(health.c1.p50)} − its SELECT 1 ${ms(health.floor.p50)} − bare Fastify ${ms(helloP50)})`,
      met: overhead <= 0.5,
    });
  }
  const me = byKey.get('me');
  if (me && helloP50 !== null) {
    const overhead = me.c1.p50 - helloP50;
    checks.push({
      target: 'Framework overhead ≤ 0.5 ms per request, authenticated (no SQL)',
      measured: `${ms(overhead)} (/api/auth/me ${ms(me.c1.p50)} − bare Fastify ${ms(helloP50)})`,
      met: overhead <= 0.5,
    });
  }
  return checks;
}

const INITIAL_JS_BUDGET_BYTES = 200 * 1024;
/** Median render of the 50-row list, cold, per network profile key. */
const LIST_RENDER_LIMITS_MS: Record<string, number> = { lan: 800, vpn: 1200 };

/** The browser rows, checked against the browser stage (or marked unmeasured). */
export function checkBrowserTargets(outcome: BrowserOutcome): TargetCheck[] {
  const initialJs = 'Browser: initial JS of the first route (the login page) ≤ 200 KB gzip';
  const listRender = 'Browser: list of 50 rows rendered, cold, median: LAN ≤ 800 ms, 50 ms-RTT VPN ≤ 1.2 s';
  if ('notRun' in outcome) {
    const measured = `not measured: the browser stage ${outcome.notRun}`;
    return [
      { target: initialJs, measured, met: null },
      { target: listRender, measured, met: null },
    ];
  }
  const r = outcome.result;
  const renders = r.profiles.map((p) => ({ key: p.key, median: median(p.renderMs), max: maximum(p.renderMs) }));
  return [
    {
      target: initialJs,
      measured: `${kilobytes(r.firstRoute.jsGzip)} gzip in ${r.firstRoute.scripts} scripts (and ${kilobytes(r.firstRoute.cssGzip)} of CSS)`,
      met: r.firstRoute.jsGzip <= INITIAL_JS_BUDGET_BYTES,
    },
    {
      target: listRender,
      measured: renders.map((p) => `${p.key.toUpperCase()} ${ms(p.median)} (max ${ms(p.max)})`).join(', '),
      met: renders.every((p) => p.median <= (LIST_RENDER_LIMITS_MS[p.key] ?? Infinity)),
    },
  ];
}
