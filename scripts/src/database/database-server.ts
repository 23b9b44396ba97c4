import net from 'node:net';
import path from 'node:path';
import { startEmbeddedPostgres } from '@crm/server/dist/common/database/embedded-postgres.js';
import { REPO_ROOT } from '../paths.js';
import { connect, type Engine, withDatabase } from './sql-client.js';

/** A database server the tools may create and drop databases on. */
export interface DatabaseServer {
  engine: Engine;
  /** Where it came from, for the report: "local server" or "embedded". */
  origin: string;
  /** URL of a maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  urlOf(database: string): string;
  stop(): Promise<void>;
}

export function reachable(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.on('connect', () => (socket.destroy(), resolve(true)));
    socket.on('timeout', () => (socket.destroy(), resolve(false)));
    socket.on('error', () => resolve(false));
  });
}

/**
 * PostgreSQL: the server on 127.0.0.1:5432 (user postgres, trust) when one answers, otherwise the
 * embedded PostgreSQL the CRM itself ships, with its cluster under data/bench. MariaDB: the server
 * on 127.0.0.1:3306 as root.
 */
export async function openDatabaseServer(engine: Engine, log: (line: string) => void): Promise<DatabaseServer> {
  if (engine === 'mariadb') {
    if (!(await reachable(3306))) throw new Error('no MariaDB/MySQL server answers on 127.0.0.1:3306');
    const adminUrl = 'mysql://root@127.0.0.1:3306/mysql';
    return { engine, origin: 'local server 127.0.0.1:3306', adminUrl, urlOf: (db) => withDatabase(adminUrl, db), stop: async () => {} };
  }
  if (await reachable(5432)) {
    const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
    return { engine, origin: 'local server 127.0.0.1:5432', adminUrl, urlOf: (db) => withDatabase(adminUrl, db), stop: async () => {} };
  }
  log('no PostgreSQL on 127.0.0.1:5432: starting the embedded one');
  const embedded = await startEmbeddedPostgres(path.join(REPO_ROOT, 'data/bench'), 0, log);
  return {
    engine,
    origin: 'embedded (data/bench)',
    adminUrl: embedded.url,
    urlOf: (db) => withDatabase(embedded.url, db),
    stop: () => embedded.stop(),
  };
}

export async function databaseExists(server: DatabaseServer, name: string): Promise<boolean> {
  const client = await connect(server.adminUrl);
  try {
    const rows =
      server.engine === 'postgres'
        ? await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
        : await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = ?', [name]);
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(server: DatabaseServer, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const client = await connect(server.adminUrl);
  try {
    if (server.engine === 'postgres') {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    } else {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(server: DatabaseServer, name: string): Promise<void> {
  const client = await connect(server.adminUrl);
  try {
    await client.query(server.engine === 'postgres' ? `DROP DATABASE IF EXISTS ${name} WITH (FORCE)` : `DROP DATABASE IF EXISTS ${name}`);
  } finally {
    await client.end();
  }
}
