import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type mysql from 'mysql2/promise';
import { hashPassword } from '@crm/server/dist/common/auth/passwords.js';
import { buildCompany, type Company, SIZES, type Size } from './company/company.js';
import { CATEGORY_COLUMNS, categoryRows, PRODUCT_COLUMNS, productRows } from './company/catalogue.js';
import { MODULE_TABLES, moduleContext, moduleTables } from './company/modules.js';
import { auditRows, contactRows, customerRows, customFieldValueRows, DATA_EPOCH, type TableData } from './company/rows.js';
import { REVENUE_FIELD, SEGMENT_FIELD, SEGMENT_PICKLIST } from './company/vocabulary.js';
import { type LoadResult, loadMysql, loadPostgres, type Log } from './database/bulk-load.js';
import { type DatabaseServer, recreateDatabase } from './database/database-server.js';
import { connect, insertRows, type SqlClient } from './database/sql-client.js';
import { startBuiltServer } from './server-process.js';

/** Every generated user has this password; its hash is computed once with the server's own function. */
export const BENCH_PASSWORD = 'Bench@2026!';
const MARKER_KEY = 'bench.dataset';
/** Bumped whenever the generated data changes shape, so --reuse regenerates an older dataset (or completes it, below). */
export const DATASET_FORMAT = 2;
/** Customers, contacts, custom field values and history without the module rows, which `addModules` completes. */
const FORMAT_WITHOUT_MODULES = 1;

const CORE_TABLES = ['teams', 'users', 'customers', 'contacts', 'custom_field_values', 'audit_log'];

export interface DatasetMarker {
  format: number;
  size: Size;
  seed: number;
  customers: number;
  generatedAt: string;
  /** Set when the module rows were added to a dataset generated without them. */
  modulesAddedAt?: string;
}

export interface GenerateResult {
  marker: DatasetMarker;
  loads: LoadResult[];
  totalSeconds: number;
}

export function databaseName(size: Size): string {
  return `crm_bench_${size.toLowerCase()}`;
}

/** The marker of a complete dataset of the current format; null for anything else. */
export async function readMarker(url: string): Promise<DatasetMarker | null> {
  const marker = await readAnyMarker(url);
  return marker?.format === DATASET_FORMAT ? marker : null;
}

/** The marker whatever its format; null when the database holds no finished dataset. */
export async function readAnyMarker(url: string): Promise<DatasetMarker | null> {
  const client = await connect(url);
  try {
    const rows = await client.query<{ setting_value: string }>(
      `SELECT setting_value FROM app_settings WHERE setting_key = ${client.param(1)}`,
      [MARKER_KEY],
    );
    return rows[0] ? (JSON.parse(rows[0].setting_value) as DatasetMarker) : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/** A dataset of the same company that only lacks the module rows: `addModules` completes it. */
export function lacksModules(marker: DatasetMarker | null, size: Size, seed: number): boolean {
  return marker?.format === FORMAT_WITHOUT_MODULES && marker.size === size && marker.seed === seed;
}

/** The company a dataset holds, recomputed from its seed (ids are stable for a new database). */
export async function companyOf(client: SqlClient, seed: number): Promise<Company> {
  const [root] = await client.query<{ id: number; team_path: string }>(
    'SELECT id, team_path FROM teams WHERE parent_id IS NULL ORDER BY id',
  );
  return buildCompany(seed, { id: Number(root.id), path: root.team_path });
}

/**
 * Builds a benchmark database from nothing: the schema and the server's own defaults (roles,
 * picklists, the root team) by starting the built server once against the empty database, then the
 * generated company through the engine's fastest bulk path.
 */
export async function generateDataset(server: DatabaseServer, size: Size, seed: number, log: Log): Promise<GenerateResult> {
  const started = performance.now();
  const name = databaseName(size);
  const url = server.urlOf(name);
  const count = SIZES[size].customers;
  log(`creating ${name} on ${server.origin}`);
  await recreateDatabase(server, name);

  const logFile = path.join(os.tmpdir(), `crm-bench-${name}-migrate.log`);
  const migrating = performance.now();
  const running = await startBuiltServer({ databaseUrl: url, logFile });
  await running.stop();
  log(`schema and defaults by the server (migrations, roles, picklists) in ${((performance.now() - migrating) / 1000).toFixed(1)} s`);

  const client = await connect(url);
  try {
    const company = await companyOf(client, seed);
    const fieldIds = await loadOrganisation(client, company);
    const tables = [
      customerRows(company, seed, count),
      contactRows(company, seed, count),
      customFieldValueRows(seed, count, fieldIds),
      auditRows(company, seed, count),
    ];
    log(`loading ${count.toLocaleString('en')} customers and their contacts, custom field values and history`);
    const loads = await bulkLoad(client, tables, log);
    loads.push(...(await loadModuleRows(client, company, seed, count, log)));
    await finish(client, [...CORE_TABLES, ...MODULE_TABLES], 'whole database', log);
    const marker: DatasetMarker = { format: DATASET_FORMAT, size, seed, customers: count, generatedAt: new Date().toISOString() };
    await client.query(`INSERT INTO app_settings (setting_key, setting_value) VALUES (${client.param(1)}, ${client.param(2)})`, [
      MARKER_KEY,
      JSON.stringify(marker),
    ]);
    const totalSeconds = (performance.now() - started) / 1000;
    const rows = loads.reduce((sum, load) => sum + load.rows, 0);
    log(`${name} ready: ${rows.toLocaleString('en')} rows in ${totalSeconds.toFixed(0)} s overall`);
    return { marker, loads, totalSeconds };
  } finally {
    await client.end();
  }
}

/**
 * Completes a dataset generated without the module rows (an older format, same size and seed):
 * loads only the module tables, rebuilding only their indexes, and moves the marker to the current
 * format. Regenerating the customers of size L would take far longer.
 */
export async function addModules(server: DatabaseServer, size: Size, seed: number, log: Log): Promise<GenerateResult> {
  const started = performance.now();
  const name = databaseName(size);
  const url = server.urlOf(name);
  const marker = await readAnyMarker(url);
  if (!marker || !lacksModules(marker, size, seed)) {
    const found = marker ? `format ${marker.format}, size ${marker.size}, seed ${marker.seed}` : 'no finished dataset';
    throw new Error(`${name} holds ${found}: module rows are added only to a format ${FORMAT_WITHOUT_MODULES} dataset of size ${size}, seed ${seed}`);
  }
  const client = await connect(url);
  try {
    log(`adding the module rows to ${name} (customers generated ${marker.generatedAt})`);
    const company = await companyOf(client, seed);
    const loads = await loadModuleRows(client, company, seed, marker.customers, log);
    await finish(client, MODULE_TABLES, 'module tables', log);
    const completed: DatasetMarker = { ...marker, format: DATASET_FORMAT, modulesAddedAt: new Date().toISOString() };
    await client.query(`UPDATE app_settings SET setting_value = ${client.param(1)} WHERE setting_key = ${client.param(2)}`, [JSON.stringify(completed), MARKER_KEY]);
    const totalSeconds = (performance.now() - started) / 1000;
    const rows = loads.reduce((sum, load) => sum + load.rows, 0);
    log(`${name} ready: ${rows.toLocaleString('en')} module rows added in ${totalSeconds.toFixed(0)} s overall`);
    return { marker: completed, loads, totalSeconds };
  } finally {
    await client.end();
  }
}

async function bulkLoad(client: SqlClient, tables: TableData[], log: Log): Promise<LoadResult[]> {
  const raw = (client as SqlClient & { raw: unknown }).raw;
  return client.engine === 'postgres' ? loadPostgres(raw as pg.Client, tables, log) : loadMysql(raw as mysql.Connection, tables, log);
}

/**
 * The module tables are emptied first (whatever a failed earlier attempt left), then the product
 * catalogue goes in as reference data and the rest through the bulk loaders.
 */
async function loadModuleRows(client: SqlClient, company: Company, seed: number, count: number, log: Log): Promise<LoadResult[]> {
  const planning = performance.now();
  const [root] = await client.query<{ name: string }>('SELECT name FROM teams WHERE parent_id IS NULL ORDER BY id');
  const context = moduleContext(company, seed, count, root.name);
  log(
    `planned ${context.orders.size.toLocaleString('en')} orders and ${context.activities.size.toLocaleString('en')} activities ` +
      `in ${((performance.now() - planning) / 1000).toFixed(1)} s`,
  );
  await emptyTables(client, MODULE_TABLES);
  const since = new Date(DATA_EPOCH - 6 * 365 * 86_400_000);
  await insertRows(client, 'product_categories', CATEGORY_COLUMNS, categoryRows(context.catalogue, since));
  await insertRows(client, 'products', PRODUCT_COLUMNS, productRows(context.catalogue, since));
  log(`loading activities, orders with their lines and status history, contracts, instalments and payments`);
  return bulkLoad(client, moduleTables(context), log);
}

async function emptyTables(client: SqlClient, tables: string[]): Promise<void> {
  if (client.engine === 'postgres') {
    // CASCADE also empties what refers to these tables (quote lines, invoices): a benchmark
    // database holds nothing there that the generator did not put in.
    await client.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
    return;
  }
  await client.query('SET foreign_key_checks = 0');
  for (const table of tables) await client.query(`TRUNCATE TABLE ${table}`);
  await client.query('SET foreign_key_checks = 1');
}

/** Teams, users with their roles, and the segment picklist and custom field definitions. */
async function loadOrganisation(client: SqlClient, company: Company): Promise<{ segment: number; revenue: number }> {
  const since = new Date(DATA_EPOCH - 6 * 365 * 86_400_000);
  await insertRows(
    client,
    'teams',
    ['id', 'name', 'team_kind', 'parent_id', 'team_path', 'manager_id', 'created_at', 'updated_at', 'version'],
    company.teams.map((t) => [t.id, t.name, t.kind, t.parentId, t.path, t.managerId, since, since, 1]),
  );
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await insertRows(
    client,
    'users',
    ['id', 'username', 'display_name', 'email', 'password_hash', 'team_id', 'is_active', 'failed_logins', 'password_changed_at', 'locale', 'created_at', 'updated_at', 'version'],
    company.users.map((u) => [u.id, u.username, u.displayName, `${u.username}@bench.example`, passwordHash, u.teamId, true, 0, since, 'zh-CN', since, since, 1]),
  );
  const roles = await client.query<{ id: number; role_key: string }>('SELECT id, role_key FROM roles');
  const roleId = new Map(roles.map((role) => [role.role_key, Number(role.id)]));
  await insertRows(
    client,
    'user_roles',
    ['user_id', 'role_id'],
    company.users.flatMap((u) => u.roles.map((role) => [u.id, roleId.get(role)])),
  );
  await insertRows(client, 'picklists', ['picklist_key', 'label_en', 'label_zh', 'is_system', 'version'], [
    [SEGMENT_PICKLIST.key, SEGMENT_PICKLIST.en, SEGMENT_PICKLIST.zh, false, 1],
  ]);
  await insertRows(
    client,
    'picklist_options',
    ['picklist_key', 'option_key', 'label_en', 'label_zh', 'sort_order', 'is_active', 'version'],
    SEGMENT_PICKLIST.options.map(([key, en, zh], i) => [SEGMENT_PICKLIST.key, key, en, zh, (i + 1) * 10, true, 1]),
  );
  await insertRows(
    client,
    'custom_fields',
    ['entity_key', 'field_key', 'label_en', 'label_zh', 'field_type', 'is_required', 'picklist_key', 'decimal_scale', 'sort_order', 'is_active', 'version'],
    [
      ['customers', SEGMENT_FIELD, 'Segment', '客户细分', 'picklist', false, SEGMENT_PICKLIST.key, null, 10, true, 1],
      ['customers', REVENUE_FIELD, 'Annual revenue', '年营业额', 'decimal', false, null, 2, 20, true, 1],
    ],
  );
  const fields = await client.query<{ id: number; field_key: string }>('SELECT id, field_key FROM custom_fields');
  const idOf = (key: string) => Number(fields.find((field) => field.field_key === key)!.id);
  return { segment: idOf(SEGMENT_FIELD), revenue: idOf(REVENUE_FIELD) };
}

/**
 * Fresh statistics for these tables and, on PostgreSQL, dead rows cleared and the visibility map
 * set again, so index-only scans need not visit the table: after a load, and after a benchmark's
 * writes and imports, whose deleted rows would otherwise slow the next run's counts.
 */
export async function tidyTables(client: SqlClient, tables: string[]): Promise<void> {
  await client.query(client.engine === 'postgres' ? `VACUUM (ANALYZE) ${tables.join(', ')}` : `ANALYZE TABLE ${tables.join(', ')}`);
}

/**
 * Sequences past the explicit ids, then fresh statistics (and, on PostgreSQL, a visibility map, so
 * index-only scans need not visit the table) for the whole database or only the tables just loaded.
 */
async function finish(client: SqlClient, tables: string[], scope: 'whole database' | 'module tables', log: Log): Promise<void> {
  const started = performance.now();
  if (client.engine === 'postgres') {
    for (const table of tables) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT MAX(id) FROM ${table}), 1))`);
    }
    if (scope === 'whole database') await client.query('VACUUM (ANALYZE)');
  }
  if (client.engine !== 'postgres' || scope !== 'whole database') await tidyTables(client, tables);
  const what = client.engine === 'postgres' ? `VACUUM (ANALYZE) of the ${scope}` : `ANALYZE TABLE of ${tables.length} tables`;
  log(`  ${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
