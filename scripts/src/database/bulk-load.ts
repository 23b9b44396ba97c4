import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type mysql from 'mysql2/promise';
import { type TableData, type Value } from '../company/rows.js';

export interface LoadResult {
  table: string;
  rows: number;
  seconds: number;
}

export type Log = (line: string) => void;

function copyText(value: Value): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (ch) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[ch]!);
}

/** One line of COPY's text format. */
export function copyLine(row: Value[]): string {
  return `${row.map(copyText).join('\t')}\n`;
}

function* copyChunks(data: TableData, counter: { rows: number }): Iterable<string> {
  let chunk: string[] = [];
  for (const row of data.rows()) {
    chunk.push(copyLine(row));
    counter.rows++;
    if (chunk.length === 2000) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join('');
}

function rate(result: LoadResult): string {
  return `${result.table}: ${result.rows.toLocaleString('en')} rows in ${result.seconds.toFixed(1)} s = ${Math.round(result.rows / result.seconds).toLocaleString('en')} rows/s`;
}

/** Streams one table's rows in with COPY, into the table as it is (indexes and all). */
export async function copyRows(client: pg.Client, data: TableData): Promise<LoadResult> {
  const started = performance.now();
  const counter = { rows: 0 };
  const target = client.query(copyStreams.from(`COPY ${data.table} (${data.columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(copyChunks(data, counter)), target);
  return { table: data.table, rows: counter.rows, seconds: (performance.now() - started) / 1000 };
}

/**
 * PostgreSQL: secondary indexes and foreign keys of the bulk tables are dropped, the rows streamed
 * in with COPY, then the same indexes and keys are recreated from their saved definitions (so the
 * schema stays exactly what the migrations made) and everything is vacuumed and analysed.
 */
export async function loadPostgres(client: pg.Client, tables: TableData[], log: Log): Promise<LoadResult[]> {
  const names = tables.map((t) => t.table);
  const indexes = (
    await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
      [names],
    )
  ).rows;
  const foreignKeys = (
    await client.query<{ tbl: string; conname: string; def: string }>(
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`,
      [names],
    )
  ).rows;
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.conname}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.indexname}`);

  const results: LoadResult[] = [];
  await client.query(`SET synchronous_commit = off`);
  for (const data of tables) {
    const result = await copyRows(client, data);
    results.push(result);
    log(`  COPY ${rate(result)}`);
  }

  const started = performance.now();
  await client.query(`SET maintenance_work_mem = '512MB'`);
  for (const index of indexes) await client.query(index.indexdef);
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.conname} ${fk.def}`);
  log(`  ${indexes.length} indexes and ${foreignKeys.length} foreign keys rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return results;
}

/**
 * MariaDB/MySQL: multi-row INSERTs of 1,000 rows, committed every 50,000 rows, with key checks off
 * for the session.
 */
export async function loadMysql(connection: mysql.Connection, tables: TableData[], log: Log): Promise<LoadResult[]> {
  await connection.query('SET foreign_key_checks = 0, unique_checks = 0');
  const results: LoadResult[] = [];
  for (const data of tables) {
    const result = await loadMysqlRows(connection, data, 50_000);
    results.push(result);
    log(`  INSERT ${rate(result)}`);
  }
  await connection.query('SET foreign_key_checks = 1, unique_checks = 1');
  return results;
}

/**
 * One table's rows in multi-row INSERTs of 1,000 rows. With `commitEvery`, it commits that often
 * (a bulk load); without, it leaves the caller's transaction alone.
 */
export async function loadMysqlRows(connection: mysql.Connection, data: TableData, commitEvery?: number): Promise<LoadResult> {
  const started = performance.now();
  let rows = 0;
  let batch: Value[][] = [];
  const flush = async () => {
    if (batch.length) await connection.query(`INSERT INTO ${data.table} (${data.columns.join(', ')}) VALUES ?`, [batch]);
    batch = [];
  };
  if (commitEvery) await connection.query('START TRANSACTION');
  for (const row of data.rows()) {
    batch.push(row);
    rows++;
    if (batch.length === 1000) await flush();
    if (commitEvery && rows % commitEvery === 0) await connection.query('COMMIT'), await connection.query('START TRANSACTION');
  }
  await flush();
  if (commitEvery) await connection.query('COMMIT');
  return { table: data.table, rows, seconds: (performance.now() - started) / 1000 };
}
