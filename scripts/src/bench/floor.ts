import fs from 'node:fs';
import { type SqlClient } from '../database/sql-client.js';
import { percentile } from './http-load.js';

export interface CapturedStatement {
  query: string;
  parameters: unknown[];
  error?: string;
}

/** The server's SQL_LOG_FILE, read between two offsets: what one request ran. */
export class CaptureFile {
  constructor(readonly file: string) {}

  offset(): number {
    return fs.existsSync(this.file) ? fs.statSync(this.file).size : 0;
  }

  readFrom(offset: number): CapturedStatement[] {
    const end = this.offset();
    if (end <= offset) return [];
    const buffer = Buffer.alloc(end - offset);
    const fd = fs.openSync(this.file, 'r');
    try {
      fs.readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      fs.closeSync(fd);
    }
    return buffer
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CapturedStatement)
      .map((entry) => ({ ...entry, parameters: Array.isArray(entry.parameters) ? entry.parameters : [] }));
  }
}

export interface StatementTiming {
  query: string;
  parameters: unknown[];
  p50: number;
}

export interface FloorResult {
  /** p50 of the whole sequence, milliseconds. */
  p50: number;
  runs: number;
  mode: 'sequential' | 'sequential, rolled back';
  statements: StatementTiming[];
}

const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * The capture wrote Date parameters as ISO strings. PostgreSQL reads those as the same instant;
 * MariaDB/MySQL do not, so there they become Dates again, which the driver formats as the server did.
 */
function parametersFor(client: SqlClient, parameters: unknown[]): unknown[] {
  if (client.engine === 'postgres') return parameters;
  return parameters.map((value) => (typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value));
}

/**
 * Times the statements a request ran by replaying them, with their parameters, one after another on
 * one connection: the least the database needs for that request. A write request is replayed inside
 * a transaction that is rolled back, so it can be repeated on the same data (the commit's WAL flush
 * is then not part of the floor). Stops after `maxRuns` or `budgetMs`, whichever comes first (at least three runs).
 */
export async function timeStatements(
  client: SqlClient,
  captured: CapturedStatement[],
  options: { write: boolean; maxRuns?: number; budgetMs?: number },
): Promise<FloorResult> {
  const statements = captured
    .filter((s) => !s.error && !(options.write && TRANSACTION_CONTROL.test(s.query)))
    .map((s) => ({ ...s, parameters: parametersFor(client, s.parameters) }));
  const maxRuns = options.maxRuns ?? 50;
  const budget = options.budgetMs ?? 5000;
  const perStatement: number[][] = statements.map(() => []);
  const totals: number[] = [];
  const runOnce = async (record: boolean) => {
    const started = performance.now();
    if (options.write) await client.query('BEGIN');
    try {
      // A statement the server ran under a time budget (a list's count) may be cancelled here as it
      // was there: it then costs the budget, and its transaction ends in a rollback, as the server's did.
      let cancelled = false;
      for (const [i, statement] of statements.entries()) {
        const t0 = performance.now();
        if (cancelled && !TRANSACTION_CONTROL.test(statement.query)) {
          if (record) perStatement[i].push(0);
          continue;
        }
        if (cancelled) {
          await client.query('ROLLBACK');
          cancelled = false;
        } else {
          try {
            await client.query(statement.query, statement.parameters);
          } catch (error) {
            if ((error as { code?: string }).code !== '57014') throw error;
            cancelled = true;
          }
        }
        if (record) perStatement[i].push(performance.now() - t0);
      }
    } finally {
      if (options.write) await client.query('ROLLBACK');
    }
    if (record) totals.push(performance.now() - started);
  };
  await runOnce(false);
  const deadline = performance.now() + budget;
  while (totals.length < maxRuns && (totals.length < 3 || performance.now() < deadline)) await runOnce(true);
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted(totals), 50),
    runs: totals.length,
    mode: options.write ? 'sequential, rolled back' : 'sequential',
    statements: statements.map((s, i) => ({ query: s.query, parameters: s.parameters, p50: percentile(sorted(perStatement[i]), 50) })),
  };
}
