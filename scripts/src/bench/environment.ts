import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { type SqlClient } from '../database/sql-client.js';
import { SEARCH_TERMS } from '../company/vocabulary.js';
import { percentile } from './http-load.js';

export function machineFacts(): { machine: string; memory: string; node: string } {
  const cpus = os.cpus();
  return {
    machine: `${cpus.length} CPUs, ${cpus[0]?.model.trim() ?? 'unknown model'}, ${os.type()} ${os.release()}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.versions.node,
  };
}

export async function databaseFacts(client: SqlClient, origin: string): Promise<string> {
  if (client.engine === 'postgres') {
    const [{ version }] = await client.query<{ version: string }>('SELECT version()');
    const [{ shared_buffers }] = await client.query<{ shared_buffers: string }>('SHOW shared_buffers');
    return `${version.split(' on ')[0]} (${origin}), shared_buffers ${shared_buffers}, default settings otherwise`;
  }
  const [{ version }] = await client.query<{ version: string }>('SELECT VERSION() AS version');
  const [{ pool }] = await client.query<{ pool: string }>('SELECT @@innodb_buffer_pool_size AS pool');
  return `MariaDB/MySQL ${version} (${origin}), innodb_buffer_pool_size ${Math.round(Number(pool) / 1024 ** 2)} MB`;
}

export async function rowCounts(client: SqlClient): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = ['customers', 'contacts', 'custom_field_values', 'audit_log', 'users', 'teams', 'activities', 'orders', 'order_lines', 'contracts', 'payment_instalments', 'payments'];
  for (const table of tables) {
    const [row] = await client.query<{ n: string | number }>(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}

export async function searchMatches(client: SqlClient): Promise<Array<[string, number]>> {
  const like = client.engine === 'postgres' ? 'ILIKE' : 'LIKE';
  const matches: Array<[string, number]> = [];
  for (const term of Object.values(SEARCH_TERMS)) {
    const [row] = await client.query<{ n: string | number }>(`SELECT COUNT(*) AS n FROM customers WHERE name ${like} ${client.param(1)}`, [`%${term}%`]);
    matches.push([term, Number(row.n)]);
  }
  return matches;
}

/** What a COMMIT that must reach the WAL costs here (PostgreSQL), left out of rolled-back write floors. */
export async function commitFlushMs(client: SqlClient): Promise<number | null> {
  if (client.engine !== 'postgres') return null;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    await client.query('BEGIN');
    await client.query('SELECT txid_current()');
    const started = performance.now();
    await client.query('COMMIT');
    times.push(performance.now() - started);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

/** The commit the measured server was built from, and whether the tree had changes on top of it. */
export function codeVersion(repoRoot: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'server', 'db-migrations') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in server/ or db-migrations/' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
