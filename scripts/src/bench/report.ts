import fs from 'node:fs';
import path from 'node:path';
import { browserSection } from './browser-report.js';
import { checkImportTargets, importSection } from './import-report.js';
import { type ImportOutcome } from './import-stage.js';
import { type BrowserOutcome } from './browser-results.js';
import { type FloorResult } from './floor.js';
import { type LoadResult } from './http-load.js';
import { checkBrowserTargets, checkTargets } from './targets.js';

export interface ScenarioResult {
  key: string;
  title: string;
  as: string;
  request: string;
  floor: FloorResult;
  c1: LoadResult;
  c50: LoadResult | null;
}

export interface RunFacts {
  date: string;
  machine: string;
  memory: string;
  node: string;
  database: string;
  /** The commit the server was built from. */
  code: string;
  dataset: string;
  generation: string;
  load: string;
  /** One-minute load average before and after the run: other work on the machine shows here. */
  loadAverage: string;
  commitFlushMs: number | null;
  /** What went wrong during the run, printed above the results. */
  notes: string[];
  searchMatches: Array<[string, number]>;
}

export const GENERATED_MARKER = '<!-- Everything below is written by `pnpm bench`; edit the text above it only. -->';

const DEFAULT_HEADER = `# Benchmarks

Written by \`pnpm bench\` (see \`scripts/README.md\`).
`;

const num = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(value < 10 ? Math.max(digits, 2) : digits) : 'n/a');
const int = (value: number) => Math.round(value).toLocaleString('en');
const rate = (value: number) => (value > 0 && value < 10 ? value.toFixed(1) : int(value));
const cell = (text: string) => text.replace(/\|/g, '\\|');

function resultsTable(results: ScenarioResult[]): string[] {
  const lines = [
    '| scenario | user | conn. | p50 ms | p95 ms | p99 ms | req/s | errors | floor ms | API/floor |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const noSql = r.floor.statements.length === 0;
    const floor = noSql ? 'no SQL' : num(r.floor.p50);
    const ratio = noSql ? '–' : `${(r.c1.p50 / r.floor.p50).toFixed(2)}×`;
    lines.push(
      `| ${cell(r.title)} | ${r.as} | 1 | ${num(r.c1.p50)} | ${num(r.c1.p95)} | ${num(r.c1.p99)} | ${rate(r.c1.rps)} | ${r.c1.errors}${errorDetail(r.c1)} | ${floor} | ${ratio} |`,
    );
    if (r.c50) {
      lines.push(`| | | 50 | ${num(r.c50.p50)} | ${num(r.c50.p95)} | ${num(r.c50.p99)} | ${rate(r.c50.rps)} | ${r.c50.errors}${errorDetail(r.c50)} | | |`);
    } else {
      lines.push('| | | 50 | skipped: one request takes over 1 s | | | | | | |');
    }
  }
  return lines;
}

function errorDetail(result: LoadResult): string {
  const failed = Object.entries(result.statusCounts).filter(([status]) => !status.startsWith('2'));
  return failed.length ? ` (${failed.map(([status, count]) => `${count}× ${status}`).join(', ')})` : '';
}

/** `SELECT a, b, c, … FROM` with a long column list becomes `SELECT a, … (n columns) FROM`: the WHERE is what matters. */
function shortSelectList(sql: string): string {
  const match = /^SELECT (.*?) FROM /.exec(sql);
  if (!match || match[1].length < 120 || match[1].includes('(')) return sql;
  const columns = match[1].split(', ');
  return `SELECT ${columns[0]}, … (${columns.length} columns) FROM ${sql.slice(match[0].length)}`;
}

function statementDetail(results: ScenarioResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`<details><summary>${r.title}: ${r.floor.statements.length} statements, floor ${num(r.floor.p50)} ms (${r.floor.mode}, ${r.floor.runs} runs)</summary>`, '');
    lines.push(`\`${r.request}\``, '');
    lines.push('| # | p50 ms | statement | parameters |', '|---:|---:|---|---|');
    for (const [i, s] of r.floor.statements.entries()) {
      const sql = shortSelectList(s.query.replace(/\s+/g, ' ').trim());
      const shown = sql.length > 700 ? `${sql.slice(0, 700)} …` : sql;
      const params = JSON.stringify(s.parameters);
      lines.push(`| ${i + 1} | ${num(s.p50)} | \`${cell(shown)}\` | \`${cell(params.length > 160 ? `${params.slice(0, 160)} …` : params)}\` |`);
    }
    lines.push('', '</details>', '');
  }
  return lines;
}

/** The generated part of docs/benchmarks.md. */
export function renderReport(facts: RunFacts, results: ScenarioResult[], hello: LoadResult | null, browser: BrowserOutcome, imports: ImportOutcome): string {
  const targets = [...checkTargets(results, hello?.p50 ?? null), ...checkBrowserTargets(browser), ...checkImportTargets(imports)];
  const lines = [
    GENERATED_MARKER,
    '',
    '## This run',
    '',
    '| | |',
    '|---|---|',
    `| date | ${facts.date} |`,
    `| machine | ${cell(facts.machine)}, ${facts.memory} memory, Node.js ${facts.node} |`,
    `| code | ${cell(facts.code)} |`,
    `| database | ${cell(facts.database)} |`,
    `| data | ${cell(facts.dataset)} |`,
    `| generation | ${cell(facts.generation)} |`,
    `| load | ${cell(facts.load)} |`,
    `| machine load average (1 min) | ${facts.loadAverage} |`,
    facts.commitFlushMs === null ? '' : `| commit | a COMMIT that writes takes ${num(facts.commitFlushMs)} ms here (p50); write floors are rolled back and leave it out |`,
    '',
    '## Results',
    '',
    'Latency in milliseconds as the client saw it. The floor is the p50 of the same SQL statements, with the same',
    'parameters, replayed one after another on one connection through the driver; API/floor compares it with the',
    'p50 of one connection.',
    '',
    ...facts.notes.map((note) => `**${note}**\n`),
    ...resultsTable(results),
  ];
  if (hello) {
    lines.push('', `Bare Fastify "hello" in the same run (no Nest, no database): p50 ${num(hello.p50)} ms, p99 ${num(hello.p99)} ms, ${int(hello.rps)} req/s on one connection.`);
  }
  lines.push('', ...browserSection(browser));
  lines.push('', ...importSection(imports));
  lines.push('', '## Targets', '', 'The issue states them for size L; a run at another size is checked against the same figures.', '');
  lines.push('| target | measured | met |', '|---|---|---|');
  for (const check of targets) lines.push(`| ${cell(check.target)} | ${cell(check.measured)} | ${check.met === null ? '?' : check.met ? 'met' : '**not met**'} |`);
  lines.push('', '## Search terms', '', '| term | customers whose name contains it |', '|---|---:|');
  for (const [term, count] of facts.searchMatches) lines.push(`| ${cell(term)} | ${int(count)} |`);
  lines.push('', '## Statements per scenario', '', 'What each request ran (captured with `SQL_LOG_FILE`) and the p50 of each statement in the replay.', '');
  lines.push(...statementDetail(results));
  return `${lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n').trimEnd()}\n`;
}

/** Keeps the hand-written text above the marker and replaces the rest. */
export function writeReport(file: string, generated: string): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const at = existing.indexOf(GENERATED_MARKER);
  const header = at >= 0 ? existing.slice(0, at) : existing || DEFAULT_HEADER;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${header.trimEnd()}\n\n${generated}`);
}
