import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, type Size } from './company/company.js';
import { engineOf, parseArgs, sizeOf } from './cli-args.js';
import { databaseExists, dropDatabase, openDatabaseServer } from './database/database-server.js';
import { connect, type SqlClient } from './database/sql-client.js';
import { addModules, BENCH_PASSWORD, companyOf, databaseName, DATASET_FORMAT, generateDataset, type GenerateResult, lacksModules, readAnyMarker, tidyTables } from './generator.js';
import { REPO_ROOT } from './paths.js';
import { freePort, startBuiltServer } from './server-process.js';
import { callOk, login } from './bench/api-client.js';
import { runBrowserStage } from './bench/browser.js';
import { codeVersion, commitFlushMs, databaseFacts, machineFacts, rowCounts, searchMatches } from './bench/environment.js';
import { CaptureFile } from './bench/floor.js';
import { type LoadResult, runLoad } from './bench/http-load.js';
import { captureScenarios, loadScenarios, measureFloors, type Tokens } from './bench/measure.js';
import { renderReport, writeReport } from './bench/report.js';
import { buildScenarios, type ScenarioInputs } from './bench/scenarios.js';
import { IMPORTED_TABLES, runImportStage } from './bench/import-stage.js';

const USAGE = `Usage: pnpm bench [--size S|M|L] [--engine postgres|mariadb] [--reuse] [--quick] [--seconds N] [--out FILE] [--seed N] [--drop]
  --size     synthetic company: S 10k, M 100k, L 1M customers (default S)
  --reuse    keep an existing benchmark database of the same size and seed instead of regenerating it;
             one generated before the module rows existed gets only those added
  --quick    1 s per run and short floors: proves the command works, figures are rough
  --out      report file (default docs/benchmarks.md; a temporary file with --quick or under CI)
  --drop     drop the benchmark database afterwards`;

const SECONDS: Record<Size, number> = { S: 3, M: 5, L: 8 };
const DEEP_ROWS: Record<Size, number> = { S: 1_000, M: 10_000, L: 50_000 };
/** Customers per imported file: the issue's 100,000 at size L. */
const IMPORT_ROWS: Record<Size, number> = { S: 10_000, M: 100_000, L: 100_000 };
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['reuse', 'quick', 'drop', 'help'], ['size', 'engine', 'out', 'seed', 'seconds']);
  if (args.has('help')) return console.log(USAGE);
  const size = sizeOf(args.get('size'), 'S');
  const quick = args.has('quick');
  const seed = args.has('seed') ? Number(args.get('seed')) : DEFAULT_SEED;
  const seconds = args.has('seconds') ? Number(args.get('seconds')) : quick ? 1 : SECONDS[size];
  const toTemp = quick || Boolean(process.env.CI);
  const out = path.resolve(String(args.get('out') ?? (toTemp ? path.join(os.tmpdir(), 'crm-benchmarks.md') : path.join(REPO_ROOT, 'docs/benchmarks.md'))));
  const dbServer = await openDatabaseServer(engineOf(args.get('engine')), log);
  const name = databaseName(size);
  try {
    const url = dbServer.urlOf(name);
    const existing = args.has('reuse') && (await databaseExists(dbServer, name)) ? await readAnyMarker(url) : null;
    const method = dbServer.engine === 'postgres' ? 'COPY' : 'multi-row INSERT';
    const rates = (result: GenerateResult) => result.loads.map((l) => `${l.table} ${Math.round(l.rows / l.seconds).toLocaleString('en')} rows/s`).join(', ');
    let generation: string;
    if (existing && existing.format === DATASET_FORMAT && existing.size === size && existing.seed === seed) {
      const added = existing.modulesAddedAt ? `, module rows added ${existing.modulesAddedAt}` : '';
      generation = `reused, generated ${existing.generatedAt}${added} (seed ${seed})`;
      log(`reusing ${name} (generated ${existing.generatedAt}${added})`);
    } else if (lacksModules(existing, size, seed)) {
      const added = await addModules(dbServer, size, seed, log);
      generation = `customers reused (generated ${existing!.generatedAt}); module rows added with ${method}: ${rates(added)}; in ${added.totalSeconds.toFixed(0)} s with their indexes and statistics (seed ${seed})`;
    } else {
      const generated = await generateDataset(dbServer, size, seed, log);
      generation = `${method}: ${rates(generated)}; whole database (schema, load, indexes, statistics) in ${generated.totalSeconds.toFixed(0)} s (seed ${seed})`;
    }
    const db = await connect(url);
    try {
      await benchmark({ db, url, size, seed, seconds, quick, out, generation, origin: dbServer.origin });
    } finally {
      await db.end();
    }
  } finally {
    if (args.has('drop')) await dropDatabase(dbServer, name);
    await dbServer.stop();
  }
}

async function benchmark(run: { db: SqlClient; url: string; size: Size; seed: number; seconds: number; quick: boolean; out: string; generation: string; origin: string }) {
  const { db } = run;
  // A reused database may still carry an earlier run's deleted rows (its imports, or a run stopped
  // before it cleared them): they are cleared before anything is timed.
  const tidying = performance.now();
  await tidyTables(db, [...new Set([...IMPORTED_TABLES, 'contacts'])]);
  log(`tables the benchmark writes to vacuumed and analysed in ${((performance.now() - tidying) / 1000).toFixed(1)} s`);
  const loadBefore = os.loadavg()[0];
  const company = await companyOf(db, run.seed);
  const idOf = (username: string) => company.users.find((u) => u.username === username)!.id;
  const sales = idOf(company.benchUsers.sales);
  const p = db.param.bind(db);
  const pool = await db.query<{ id: number; version: number }>(
    `SELECT id, version FROM customers WHERE owner_id = ${p(1)} AND status = 'active' ORDER BY id LIMIT 20000`,
    [sales],
  );
  const detail = await db.query<{ id: number }>(`SELECT id FROM customers WHERE owner_id = ${p(1)} ORDER BY id DESC LIMIT 1000`, [sales]);
  const common = { JWT_SECRET: randomBytes(32).toString('hex'), ACCESS_TOKEN_TTL: '7200', LOGIN_RATE_LIMIT: '1000' };
  const tmp = os.tmpdir();
  const capture = new CaptureFile(path.join(tmp, `crm-bench-${Date.now()}-sql.jsonl`));

  log('capturing the SQL of each scenario');
  const captureServer = await startBuiltServer({ databaseUrl: run.url, logFile: path.join(tmp, 'crm-bench-capture-server.log'), settings: { ...common, SQL_LOG_FILE: capture.file } });
  let tokens: Tokens;
  let scenarios: ReturnType<typeof buildScenarios>;
  let captured: Awaited<ReturnType<typeof captureScenarios>>;
  try {
    tokens = {
      sales: await login(captureServer.url, company.benchUsers.sales, BENCH_PASSWORD),
      manager: await login(captureServer.url, company.benchUsers.manager, BENCH_PASSWORD),
      director: await login(captureServer.url, company.benchUsers.director, BENCH_PASSWORD),
    };
    const deep = await deepCursor(captureServer.url, tokens.manager, DEEP_ROWS[run.size]);
    const inputs: ScenarioInputs = {
      deepCursor: deep.cursor,
      deepRows: deep.rows,
      detailIds: detail.map((r) => Number(r.id)),
      updatePool: pool.map((r) => ({ id: Number(r.id), version: Number(r.version) })),
      runTag: Date.now().toString(36),
    };
    scenarios = buildScenarios(inputs);
    captured = await captureScenarios(captureServer.url, capture, scenarios, tokens, log);
  } finally {
    await captureServer.stop();
  }

  log('timing the captured statements through the driver (the floor)');
  const floors = await measureFloors(db, scenarios, captured, run.quick ? 1000 : 5000, log);
  fs.rmSync(capture.file, { force: true });
  const flush = await commitFlushMs(db);

  log(`driving HTTP: ${run.seconds} s per run at 1 and 50 connections`);
  const server = await startBuiltServer({ databaseUrl: run.url, logFile: path.join(tmp, 'crm-bench-server.log'), settings: common });
  let results: Awaited<ReturnType<typeof loadScenarios>>;
  const notes: string[] = [];
  try {
    results = await loadScenarios(db, server.url, scenarios, tokens, floors, captured, run.seconds, log, notes, run.quick ? 15_000 : 180_000);
  } finally {
    await server.stop();
  }
  const hello = await bareFastify(run.seconds);
  log(`  bare Fastify hello: p50 ${hello.p50.toFixed(3)} ms, ${Math.round(hello.rps)} req/s`);

  const browser = await runBrowserStage({
    databaseUrl: run.url,
    serverSettings: common,
    logFile: path.join(tmp, 'crm-bench-browser-server.log'),
    username: company.benchUsers.manager,
    password: BENCH_PASSWORD,
    samplesPerProfile: run.quick ? 2 : 5,
    apiCalls: run.quick ? 10 : 30,
    screenshot: path.join(tmp, 'crm-bench-customer-list.png'),
    log,
  });

  const importRowCount = run.quick ? 1_000 : IMPORT_ROWS[run.size];
  log(`importing ${importRowCount.toLocaleString('en')} customers from CSV and from Excel`);
  const imports = await runImportStage({
    db,
    databaseUrl: run.url,
    serverSettings: common,
    logFile: path.join(tmp, 'crm-bench-import-server.log'),
    username: company.benchUsers.sales,
    password: BENCH_PASSWORD,
    userId: sales,
    rows: importRowCount,
    seed: run.seed,
    log,
  });

  const counts = await rowCounts(db);
  const facts = {
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    ...machineFacts(),
    database: await databaseFacts(db, run.origin),
    code: codeVersion(REPO_ROOT),
    dataset: `size ${run.size}: ${Object.entries(counts).map(([table, n]) => `${n.toLocaleString('en')} ${table.replace(/_/g, ' ')}`).join(', ')}`,
    generation: run.generation,
    load: `autocannon 9.0.0 on the same machine (it shares the CPUs with the server and the database); ${run.seconds} s per run at 1 and 50 connections, reads after a warm-up`,
    loadAverage: `${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0].toFixed(2)} after it (${os.cpus().length} CPUs)`,
    commitFlushMs: flush,
    notes,
    searchMatches: await searchMatches(db),
  };
  writeReport(run.out, renderReport(facts, results, hello, browser, imports));
  log(`report written to ${run.out}`);
}

/** Follows nextCursor through the manager's default list (200 rows a page) until `rows` deep. */
async function deepCursor(baseUrl: string, token: string, rows: number): Promise<{ cursor: string; rows: number }> {
  let cursor: string | null = null;
  let seen = 0;
  while (seen < rows) {
    const page: { items: unknown[]; nextCursor: string | null } = await callOk(
      baseUrl,
      { method: 'GET', path: `/api/customers?pageSize=200${cursor ? `&cursor=${cursor}` : ''}` },
      token,
    );
    if (!page.nextCursor) break;
    seen += page.items.length;
    cursor = page.nextCursor;
  }
  if (!cursor) throw new Error('the manager sees too few customers for a deep page');
  return { cursor, rows: seen };
}

/** A bare Fastify "hello" in its own process, measured at one connection like the API. */
async function bareFastify(seconds: number): Promise<LoadResult> {
  const port = await freePort();
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench/bare-fastify.js');
  const child = spawn(process.execPath, [script, String(port)], { stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100 && !(await fetch(`${url}/hello`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
    const next = () => ({ method: 'GET' as const, path: '/hello' });
    await runLoad({ baseUrl: url, connections: 8, seconds: Math.min(1, seconds), next });
    return await runLoad({ baseUrl: url, connections: 1, seconds, next });
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
