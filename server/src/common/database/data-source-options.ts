import { type DataSourceOptions } from 'typeorm';
import { migrations } from '@crm/db-migrations';
import { type DbConnectionConfig } from '../config/app-config.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { ENTITIES } from './entities.js';
import { SqlCaptureLogger } from './sql-capture.logger.js';

const DEFAULT_PORTS = { postgres: 5432, mysql: 3306, mariadb: 3306, mssql: 1433, oracle: 1521 } as const;

/** Parses DATABASE_URL for the engines whose TypeORM driver takes no URL. */
function fromUrl(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : undefined,
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
  };
}

export interface PoolOptions {
  size: number;
  waitMs: number;
}

export function dataSourceOptions(db: DbConnectionConfig, pool: PoolOptions = { size: 10, waitMs: 10_000 }): DataSourceOptions {
  const poolSize = pool.size;
  const common = {
    entities: ENTITIES,
    migrations,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: false as const,
    ...(db.sqlLogFile ? { logger: new SqlCaptureLogger(db.sqlLogFile) } : {}),
  };
  const parts = db.url ? fromUrl(db.url) : db;
  const port = parts.port ?? DEFAULT_PORTS[db.type];
  switch (db.type) {
    case 'postgres':
      return {
        ...common,
        type: 'postgres',
        ...(db.url ? { url: db.url } : { host: parts.host, port, username: parts.username, password: parts.password, database: parts.database }),
        extra: { max: poolSize, connectionTimeoutMillis: pool.waitMs },
      };
    case 'mysql':
    case 'mariadb':
      return {
        ...common,
        type: db.type,
        host: parts.host,
        port,
        username: parts.username,
        password: parts.password,
        database: parts.database,
        charset: 'utf8mb4_unicode_ci',
        timezone: 'Z',
        extra: { connectionLimit: poolSize },
      };
    case 'mssql':
      return {
        ...common,
        type: 'mssql',
        host: parts.host,
        port,
        username: parts.username,
        password: parts.password,
        database: parts.database,
        options: { encrypt: false, trustServerCertificate: true },
        pool: { max: poolSize, acquireTimeoutMillis: pool.waitMs },
      };
    case 'oracle':
      return {
        ...common,
        type: 'oracle',
        username: parts.username,
        password: parts.password,
        connectString: `${parts.host}:${port}/${db.serviceName ?? parts.database}`,
        extra: { poolMax: poolSize, queueTimeout: pool.waitMs },
      };
  }
}
