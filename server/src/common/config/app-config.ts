import path from 'node:path';

/**
 * Every setting the server reads from the environment, in one place. Nothing else touches
 * process.env: the rest of the code receives an AppConfig. The table in the README is this list.
 */
export type DbType = 'postgres' | 'mysql' | 'mariadb' | 'mssql' | 'oracle';
const DB_TYPES: readonly DbType[] = ['postgres', 'mysql', 'mariadb', 'mssql', 'oracle'];

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** null when no database was configured: the embedded PostgreSQL is used. */
  db: DbConnectionConfig | null;
  embeddedDbPort: number;
  runMigrationsOnStart: boolean;
  seedDemoData: boolean;
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRateLimitPerMinute: number;
  bodyLimitBytes: number;
  /** Largest file attached to a record (contracts), bytes. */
  attachmentMaxBytes: number;
  /** Largest imported file (CSV or Excel), bytes, and most data rows in it. */
  importMaxBytes: number;
  importMaxRows: number;
  /** false, true (any proxy) or the proxies' addresses, for X-Forwarded-For. */
  trustProxy: boolean | string[];
  logLevel: string;
  clientDistDir: string | null;
  dbPoolSize: number;
  /** How long a request waits for a free database connection before it is answered 503. */
  dbPoolWaitMs: number;
  /** How long a list waits for its capped total before answering with a lower bound (PostgreSQL). */
  listCountBudgetMs: number;
}

export interface DbConnectionConfig {
  type: DbType;
  url?: string;
  host?: string;
  port?: number;
  username?: string;
  password?: string;
  database?: string;
  /** Oracle service name or SID-less connect string, when no URL is given. */
  serviceName?: string;
  /** When set, every query and its parameters are appended to this file as JSON lines. */
  sqlLogFile?: string;
}

interface Setting {
  name: string;
  description: string;
  default: string;
}

/** Documented settings, in the order the README lists them. */
export const SETTINGS: Setting[] = [
  { name: 'PORT', default: '3000', description: 'HTTP port for the API and the web client' },
  { name: 'HOST', default: '0.0.0.0', description: 'Interface to listen on' },
  { name: 'DATA_DIR', default: './data', description: 'Embedded database cluster, uploads, backups' },
  { name: 'DB_TYPE', default: 'postgres', description: 'postgres, mysql, mariadb, mssql or oracle' },
  { name: 'DATABASE_URL', default: '(none)', description: 'Connection URL; with no URL and no DB_HOST the embedded PostgreSQL starts' },
  { name: 'DB_HOST / DB_PORT', default: '(engine default port)', description: 'Server address, instead of DATABASE_URL' },
  { name: 'DB_USER / DB_PASSWORD / DB_NAME', default: '(none)', description: 'Credentials and database (Oracle: DB_NAME is the service name)' },
  { name: 'DB_POOL_SIZE', default: '10', description: 'Database connections per server process' },
  { name: 'DB_POOL_WAIT_MS', default: '10000', description: 'How long a request waits for a free connection before a 503 (PostgreSQL, SQL Server, Oracle)' },
  { name: 'LIST_COUNT_BUDGET_MS', default: '10', description: 'How long a list waits for its total before showing "N+" instead (PostgreSQL; 0 = always count)' },
  { name: 'EMBEDDED_DB_PORT', default: '0 (a free port)', description: 'Port of the embedded PostgreSQL' },
  { name: 'MIGRATIONS_RUN', default: 'true', description: 'Apply pending migrations at start' },
  { name: 'DEMO_DATA', default: 'true', description: 'Seed the demo company into an empty database' },
  { name: 'JWT_SECRET', default: '(generated, kept in the database)', description: 'Secret that signs access tokens' },
  { name: 'ACCESS_TOKEN_TTL', default: '900', description: 'Access token lifetime, seconds' },
  { name: 'REFRESH_TOKEN_TTL_DAYS', default: '14', description: 'Refresh token lifetime, days' },
  { name: 'LOGIN_MAX_FAILURES', default: '5', description: 'Failed logins before the account locks' },
  { name: 'LOGIN_LOCK_MINUTES', default: '15', description: 'How long a locked account stays locked' },
  { name: 'LOGIN_RATE_LIMIT', default: '20', description: 'Login attempts per minute per client address' },
  { name: 'ATTACHMENT_MAX_BYTES', default: '10485760', description: 'Largest file attached to a contract, bytes (PDF, PNG, JPEG, Word, Excel)' },
  { name: 'IMPORT_MAX_BYTES', default: '67108864', description: 'Largest CSV or Excel file an import accepts, bytes' },
  { name: 'IMPORT_MAX_ROWS', default: '200000', description: 'Most data rows of one imported file (customers); lead imports take at most 20,000' },
  { name: 'BODY_LIMIT', default: '1048576', description: 'Largest accepted request body, bytes' },
  { name: 'TRUST_PROXY', default: 'false', description: 'Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated), or true' },
  { name: 'LOG_LEVEL', default: 'info', description: 'fatal, error, warn, info, debug or trace' },
  { name: 'SQL_LOG_FILE', default: '(none)', description: 'Append every SQL statement and its parameters to this file as JSON lines (for benchmarks; slows the server)' },
];

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function dbTypeFrom(env: Env): DbType {
  const raw = (env.DB_TYPE ?? '').toLowerCase();
  if (raw === '') {
    const scheme = env.DATABASE_URL?.split(':')[0]?.toLowerCase();
    if (scheme === 'mysql' || scheme === 'mariadb') return scheme;
    if (scheme === 'mssql' || scheme === 'sqlserver') return 'mssql';
    if (scheme === 'oracle') return 'oracle';
    return 'postgres';
  }
  if (raw === 'postgresql') return 'postgres';
  if (!DB_TYPES.includes(raw as DbType)) {
    throw new ConfigError(`DB_TYPE must be one of ${DB_TYPES.join(', ')}, got "${env.DB_TYPE}"`);
  }
  return raw as DbType;
}

function dbFrom(env: Env, cwd: string): DbConnectionConfig | null {
  const type = dbTypeFrom(env);
  // Opt-in statement capture (scripts/bench replays what a request ran); a configured database only.
  const capture = env.SQL_LOG_FILE ? { sqlLogFile: path.resolve(cwd, env.SQL_LOG_FILE) } : {};
  if (env.DATABASE_URL) return { type, url: env.DATABASE_URL, ...capture };
  if (!env.DB_HOST) {
    if (env.DB_TYPE && type !== 'postgres') {
      throw new ConfigError(`DB_TYPE=${type} needs DATABASE_URL or DB_HOST; only PostgreSQL can be embedded`);
    }
    if (env.SQL_LOG_FILE) throw new ConfigError('SQL_LOG_FILE needs DATABASE_URL or DB_HOST');
    return null;
  }
  const required = type === 'oracle' ? ['DB_USER', 'DB_PASSWORD', 'DB_NAME'] : ['DB_USER', 'DB_NAME'];
  const missing = required.filter((name) => !env[name]);
  if (missing.length) throw new ConfigError(`DB_HOST is set, so ${missing.join(', ')} must be set too`);
  return {
    type,
    host: env.DB_HOST,
    port: env.DB_PORT ? integer(env, 'DB_PORT', 0, 1) : undefined,
    username: env.DB_USER,
    password: env.DB_PASSWORD ?? '',
    database: type === 'oracle' ? undefined : env.DB_NAME,
    serviceName: type === 'oracle' ? env.DB_NAME : undefined,
    ...capture,
  };
}

function trustProxyFrom(raw: string | undefined): boolean | string[] {
  if (!raw || ['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  return raw.split(',').map((address) => address.trim()).filter(Boolean);
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, got "${logLevel}"`);
  }
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(cwd, env.DATA_DIR || './data'),
    db: dbFrom(env, cwd),
    embeddedDbPort: integer(env, 'EMBEDDED_DB_PORT', 0),
    runMigrationsOnStart: flag(env, 'MIGRATIONS_RUN', true),
    seedDemoData: flag(env, 'DEMO_DATA', true),
    jwtSecret: env.JWT_SECRET || null,
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL', 900, 30),
    refreshTokenTtlDays: integer(env, 'REFRESH_TOKEN_TTL_DAYS', 14, 1),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1),
    loginLockMinutes: integer(env, 'LOGIN_LOCK_MINUTES', 15, 1),
    loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT', 20, 1),
    bodyLimitBytes: integer(env, 'BODY_LIMIT', 1024 * 1024, 1024),
    attachmentMaxBytes: integer(env, 'ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1024),
    importMaxBytes: integer(env, 'IMPORT_MAX_BYTES', 64 * 1024 * 1024, 1024),
    importMaxRows: integer(env, 'IMPORT_MAX_ROWS', 200_000, 1),
    logLevel,
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    clientDistDir: env.CLIENT_DIST_DIR ? path.resolve(cwd, env.CLIENT_DIST_DIR) : null,
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1),
    dbPoolWaitMs: integer(env, 'DB_POOL_WAIT_MS', 10_000, 100),
    listCountBudgetMs: integer(env, 'LIST_COUNT_BUDGET_MS', 10, 0),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
