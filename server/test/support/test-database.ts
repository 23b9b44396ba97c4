import { randomBytes } from 'node:crypto';
import pg from 'pg';
import mysql from 'mysql2/promise';
import { type DbConnectionConfig } from '../../src/common/config/app-config.js';

/**
 * Where integration tests get their databases: TEST_DATABASE_URL names a server (PostgreSQL or
 * MySQL/MariaDB by its scheme); without it, global setup starts an embedded PostgreSQL. Global
 * setup passes the choice on in CRM_TEST_DB_STATE. Every test file gets a database of its own.
 */
export interface TestDbState {
  serverUrl: string;
  engine: 'postgres' | 'mysql' | 'mariadb';
  template: string | null;
}

export function readState(): TestDbState {
  const fromEnv = process.env.CRM_TEST_DB_STATE;
  if (!fromEnv) throw new Error('CRM_TEST_DB_STATE is not set: run integration tests through jest (global setup)');
  return JSON.parse(fromEnv) as TestDbState;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates an empty (or template-cloned) database and returns its connection settings. */
export async function createTestDatabase(state: TestDbState): Promise<{ db: DbConnectionConfig; drop(): Promise<void> }> {
  const name = `crm_t_${randomBytes(5).toString('hex')}`;
  if (state.engine === 'postgres') {
    await runPg(state.serverUrl, `CREATE DATABASE ${name}${state.template ? ` TEMPLATE ${state.template}` : ''}`);
    return {
      db: { type: 'postgres', url: withDatabase(state.serverUrl, name) },
      drop: () => runPg(state.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  await runMysql(state.serverUrl, `CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = withDatabase(state.serverUrl, name).replace(/^mysql:|^mariadb:/, 'mysql:');
  return {
    db: { type: state.engine, url },
    drop: () => runMysql(state.serverUrl, `DROP DATABASE IF EXISTS ${name}`),
  };
}

export async function runPg(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function runMysql(url: string, sql: string): Promise<void> {
  const parsed = new URL(url);
  const connection = await mysql.createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}
