import { type SqlClient } from '../database/sql-client.js';
import { call, callOk } from './api-client.js';
import { CaptureFile, type CapturedStatement, timeStatements } from './floor.js';
import { type LoadRequest, type LoadResult, runLoad } from './http-load.js';
import { type ScenarioResult } from './report.js';
import { type Persona, type Scenario } from './scenarios.js';

export type Tokens = Record<Persona, string>;

export interface Captured {
  request: LoadRequest;
  statements: CapturedStatement[];
  /** How long that one request took (with the capture on), milliseconds. */
  singleMs: number;
}

const tokenFor = (tokens: Tokens, scenario: Scenario) => (scenario.as ? tokens[scenario.as] : undefined);

/**
 * Sends each scenario's request twice to a server started with SQL_LOG_FILE and keeps the statements
 * of the second one: the first warms the server's caches (user, session, field definitions), as in
 * the measured runs, where they are warm too.
 */
export async function captureScenarios(baseUrl: string, capture: CaptureFile, scenarios: Scenario[], tokens: Tokens, log: (line: string) => void) {
  const captured = new Map<string, Captured>();
  for (const scenario of scenarios) {
    const token = tokenFor(tokens, scenario);
    await call(baseUrl, scenario.next(), token);
    // A slow first request can outlive the server's 30-second user and session caches: refresh them.
    if (token) await call(baseUrl, { method: 'GET', path: '/api/auth/me' }, token);
    const offset = capture.offset();
    const request = scenario.next();
    const started = performance.now();
    await callOk(baseUrl, request, token);
    const singleMs = performance.now() - started;
    const statements = capture.readFrom(offset);
    captured.set(scenario.key, { request, statements, singleMs });
    log(`  ${scenario.key}: ${statements.length} statements`);
  }
  return captured;
}

/** The floor of every scenario: its captured statements replayed through the driver. */
export async function measureFloors(client: SqlClient, scenarios: Scenario[], captured: Map<string, Captured>, budgetMs: number, log: (line: string) => void) {
  const floors = new Map<string, Awaited<ReturnType<typeof timeStatements>>>();
  for (const scenario of scenarios) {
    const { request, statements } = captured.get(scenario.key)!;
    if (scenario.prepareReplay) await scenario.prepareReplay(client, request);
    const floor = await timeStatements(client, statements, { write: scenario.write ?? false, budgetMs });
    floors.set(scenario.key, floor);
    log(`  ${scenario.key}: floor ${floor.p50.toFixed(2)} ms over ${floor.runs} runs`);
  }
  return floors;
}

/** Warm-up (reads only), then one connection, then fifty, each for `seconds`. */
export async function loadScenarios(
  db: SqlClient,
  baseUrl: string,
  scenarios: Scenario[],
  tokens: Tokens,
  floors: Map<string, Awaited<ReturnType<typeof timeStatements>>>,
  captured: Map<string, Captured>,
  seconds: number,
  log: (line: string) => void,
  notes: string[],
  idleWaitMs: number,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const token = tokenFor(tokens, scenario);
    // A request slower than the run would never finish inside it: such scenarios get runs long
    // enough for three answers on one connection (at most a minute) and a matching time-out.
    const single = captured.get(scenario.key)!.singleMs / 1000;
    const timeout = Math.min(60, Math.max(10, Math.ceil(2 * single)));
    const slowSeconds = Math.min(60, Math.max(seconds, Math.ceil(3.5 * single)));
    const run = (connections: number, duration: number) => runLoad({ baseUrl, token, connections, seconds: duration, timeout, next: scenario.next });
    if (!scenario.write && single < 1) await run(8, Math.min(1, seconds));
    const c1: LoadResult = await run(1, slowSeconds);
    await waitUntilIdle(db, idleWaitMs);
    // Fifty connections on a request that takes over a second only queue up and load the machine.
    const c50: LoadResult | null = single > 1 ? null : await run(50, seconds);
    // Statements of requests that timed out may still be running: let them end before the next run.
    await waitUntilIdle(db, idleWaitMs);
    const request = captured.get(scenario.key)!.request;
    results.push({
      key: scenario.key,
      title: scenario.title,
      as: scenario.as ?? 'anonymous',
      request: `${request.method} ${request.path}${request.body ? ` ${request.body}` : ''}`,
      floor: floors.get(scenario.key)!,
      c1,
      c50,
    });
    if (!(await answers(baseUrl))) {
      const note = `After "${scenario.title}" the server stopped answering (GET /api/health had no answer within 10 s); the scenarios after it were not run.`;
      log(`  ${note}`);
      notes.push(note);
      break;
    }
    const fmt = (r: LoadResult) => `p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} ms, ${Math.round(r.rps)} req/s, ${r.errors} errors`;
    log(`  ${scenario.key}: c=1 ${fmt(c1)} | c=50 ${c50 ? fmt(c50) : 'skipped'} | floor ${floors.get(scenario.key)!.p50.toFixed(2)} ms`);
  }
  return results;
}

/**
 * Waits (at most `limitMs`) until the server has worked off what earlier runs left behind:
 * requests a client gave up on still run to the end, each holding a pooled connection. Idle means no
 * other session of this database busy or inside a transaction, three checks in a row.
 */
export async function waitUntilIdle(db: SqlClient, limitMs: number): Promise<void> {
  const sql =
    db.engine === 'postgres'
      ? `SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()`
      : `SELECT COUNT(*) AS n FROM information_schema.processlist WHERE db = DATABASE() AND command <> 'Sleep' AND id <> CONNECTION_ID()`;
  const deadline = Date.now() + limitMs;
  let quiet = 0;
  while (quiet < 3 && Date.now() < deadline) {
    const [row] = await db.query<{ n: string | number }>(sql);
    quiet = Number(row.n) === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Whether the server still answers a health check within 10 s. */
async function answers(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) });
    return response.ok;
  } catch {
    return false;
  }
}
