import pg from 'pg';
import mysql from 'mysql2/promise';

export type Engine = 'postgres' | 'mariadb';

/** The little the tools need from a database connection, the same for both engines. */
export interface SqlClient {
  readonly engine: Engine;
  /** Positional parameters: `$1` on PostgreSQL, `?` on MariaDB. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Placeholder for the n-th (1-based) parameter. */
  param(n: number): string;
  end(): Promise<void>;
}

export function engineOfUrl(url: string): Engine {
  const scheme = url.split(':')[0].toLowerCase();
  if (scheme === 'mysql' || scheme === 'mariadb') return 'mariadb';
  return 'postgres';
}

export async function connect(url: string): Promise<SqlClient> {
  if (engineOfUrl(url) === 'postgres') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return postgresClient(client);
  }
  const parsed = new URL(url);
  const connection = await mysql.createConnection({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || undefined,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    multipleStatements: false,
  });
  return mysqlClient(connection);
}

export function postgresClient(client: pg.Client): SqlClient & { raw: pg.Client } {
  return {
    engine: 'postgres',
    raw: client,
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    param: (n) => `$${n}`,
    end: () => client.end(),
  };
}

export function mysqlClient(connection: mysql.Connection): SqlClient & { raw: mysql.Connection } {
  return {
    engine: 'mariadb',
    raw: connection,
    async query<T>(sql: string, params: unknown[] = []) {
      const [rows] = await connection.query(sql, params);
      return (Array.isArray(rows) ? rows : []) as T[];
    },
    param: () => '?',
    end: () => connection.end(),
  };
}

/** A multi-row INSERT of small reference data; bulk tables go through the engine loaders. */
export async function insertRows(client: SqlClient, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500);
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((value) => (params.push(value), client.param(params.length))).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

/** The same URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
