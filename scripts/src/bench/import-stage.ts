import type pg from 'pg';
import type mysql from 'mysql2/promise';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type SqlClient } from '../database/sql-client.js';
import { copyRows, loadMysqlRows } from '../database/bulk-load.js';
import { tidyTables } from '../generator.js';
import { startBuiltServer } from '../server-process.js';
import { login } from './api-client.js';
import { type ImportFile, importRows, toCsv, toXlsx } from './import-file.js';

export interface ImportRun {
  format: 'csv' | 'xlsx';
  rows: number;
  imported: number;
  skipped: number;
  fileBytes: number;
  seconds: number;
  /** Reading the same file with the server's parser, in this process. */
  parseSeconds: number;
  /** Loading the same rows into the live table through the engine's fastest path, rolled back. */
  loadSeconds: number;
  error?: string;
}

export interface ImportOutcome {
  runs: ImportRun[];
  loadPath: string;
  notRun?: string;
}

export interface ImportStageOptions {
  db: SqlClient;
  databaseUrl: string;
  serverSettings: Record<string, string>;
  logFile: string;
  username: string;
  password: string;
  userId: number;
  rows: number;
  seed: number;
  log: (line: string) => void;
}

/**
 * Imports a customer file through the API as a salesperson would (CSV, then the same rows as
 * Excel), each into the live table with its indexes, and removes what it imported afterwards so
 * the dataset stays as generated. Beside each import, its floor: parsing the file with the same
 * library, plus loading the same rows into the same table through COPY (PostgreSQL) or multi-row
 * INSERT (MariaDB) inside a transaction that is rolled back.
 */
export async function runImportStage(options: ImportStageOptions): Promise<ImportOutcome> {
  const { db, log } = options;
  const existing = await db.query<{ name: string }>(`SELECT name FROM customers WHERE customer_type = 'company' ORDER BY id LIMIT 1000`);
  const server = await startBuiltServer({ databaseUrl: options.databaseUrl, logFile: options.logFile, settings: options.serverSettings });
  const runs: ImportRun[] = [];
  try {
    const token = await login(server.url, options.username, options.password);
    for (const format of ['csv', 'xlsx'] as const) {
      const runTag = `${format}${Date.now().toString(36)}`;
      const file = importRows(options.rows, runTag, existing.map((row) => row.name), options.seed);
      const body = format === 'csv' ? toCsv(file) : await toXlsx(file);
      const started = new Date(Date.now() - 1000);
      const sent = performance.now();
      const response = await fetch(`${server.url}/api/customers/import?format=${format}&duplicates=skip`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        body: new Uint8Array(body),
        signal: AbortSignal.timeout(600_000),
      });
      const seconds = (performance.now() - sent) / 1000;
      const answer = (await response.json()) as { imported?: number; skipped?: number; message?: string };
      await removeImported(db, options.userId, started);
      const parseSeconds = await timeParse(format, body);
      const loadSeconds = await timeLoad(db, file, options.userId);
      const run: ImportRun = {
        format,
        rows: file.rows.length,
        imported: answer.imported ?? 0,
        skipped: answer.skipped ?? 0,
        fileBytes: body.length,
        seconds,
        parseSeconds,
        loadSeconds,
        ...(response.ok ? {} : { error: `${response.status} ${answer.message ?? ''}` }),
      };
      runs.push(run);
      log(`  import ${format}: ${run.imported.toLocaleString('en')} of ${run.rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (floor: parse ${parseSeconds.toFixed(1)} s + load ${loadSeconds.toFixed(1)} s)${run.error ? `, ${run.error}` : ''}`);
    }
  } finally {
    await server.stop();
  }
  await tidyTables(db, IMPORTED_TABLES);
  return { runs, loadPath: db.engine === 'postgres' ? 'COPY' : 'multi-row INSERT' };
}

async function timeParse(format: 'csv' | 'xlsx', body: Buffer): Promise<number> {
  const started = performance.now();
  if (format === 'csv') parse(body, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  else await new ExcelJS.Workbook().xlsx.load(body as unknown as ArrayBuffer);
  return (performance.now() - started) / 1000;
}

/** The rows as the import would store them, loaded into the live customers table and rolled back. */
async function timeLoad(db: SqlClient, file: ImportFile, ownerId: number): Promise<number> {
  const [owner] = await db.query<{ team_path: string }>(
    `SELECT t.team_path FROM users u JOIN teams t ON t.id = u.team_id WHERE u.id = ${db.param(1)}`,
    [ownerId],
  );
  const data = {
    table: 'customers',
    columns: ['code', 'name', 'customer_type', 'phone', 'email', 'tags', 'notes', 'status', 'owner_id', 'team_path', 'created_by', 'version'],
    rowCount: file.rows.length,
    rows: function* () {
      for (const [i, row] of file.rows.entries()) {
        yield [`FLOOR${Date.now().toString(36)}${i}`, `${row[0]} floor`, 'company', `${row[5]}9`, `floor.${row[6]}`, row[7] || null, row[9], 'active', ownerId, owner.team_path, ownerId, 1];
      }
    },
  };
  const raw = (db as SqlClient & { raw: unknown }).raw;
  await db.query('BEGIN');
  try {
    const started = performance.now();
    if (db.engine === 'postgres') await copyRows(raw as pg.Client, data);
    else await loadMysqlRows(raw as mysql.Connection, data);
    return (performance.now() - started) / 1000;
  } finally {
    await db.query('ROLLBACK');
  }
}

/** The tables an import writes to, and whose deleted rows are cleared after the stage. */
export const IMPORTED_TABLES = ['customers', 'custom_field_values', 'audit_log'];

/** Deletes the customers one import made, with their custom field values and history. */
async function removeImported(db: SqlClient, userId: number, since: Date): Promise<void> {
  const p = db.param.bind(db);
  const ids = (await db.query<{ id: number }>(`SELECT id FROM customers WHERE created_by = ${p(1)} AND created_at >= ${p(2)}`, [userId, since])).map((row) => Number(row.id));
  for (let start = 0; start < ids.length; start += 5_000) {
    const slice = ids.slice(start, start + 5_000);
    const list = slice.join(',');
    await db.query(`DELETE FROM custom_field_values WHERE record_id IN (${list}) AND field_id IN (SELECT id FROM custom_fields WHERE entity_key = 'customers')`);
    await db.query(`DELETE FROM audit_log WHERE entity_type = 'customer' AND entity_id IN (${list})`);
    await db.query(`DELETE FROM customers WHERE id IN (${list})`);
  }
}
