import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * Bind parameters per statement. SQL Server stops at 2,100; PostgreSQL and MySQL at 65,535, but a
 * statement of a few thousand rows already costs as little per row as a bigger one.
 */
const PARAMETERS_PER_STATEMENT: Record<string, number> = { mssql: 2_000, default: 30_000 };

/** Engines whose multi-row INSERT is written here; the others go through TypeORM's own. */
const WRITTEN_HERE = new Set(['postgres', 'mysql', 'mariadb']);

/**
 * Inserts many rows of one entity in multi-row INSERT statements, as few as the engine allows,
 * inside the caller's transaction. Every row sets the same `properties` (the rest take their
 * defaults). Returns the new ids in row order. Imports and bulk history go through here: one
 * statement per few thousand rows, never one per row.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  properties: ReadonlyArray<keyof T & string>,
  rows: ReadonlyArray<Partial<T>>,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const type = manager.connection.options.type;
  const perStatement = Math.max(1, Math.floor((PARAMETERS_PER_STATEMENT[type] ?? PARAMETERS_PER_STATEMENT.default) / properties.length));
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    if (!WRITTEN_HERE.has(type)) {
      const { identifiers } = await manager.insert(target, chunk as never);
      ids.push(...identifiers.map((identifier) => Number(identifier?.id)));
      continue;
    }
    ids.push(...(await insertChunk(manager, target, properties, chunk)));
  }
  return ids;
}

async function insertChunk<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  properties: ReadonlyArray<keyof T & string>,
  rows: ReadonlyArray<Partial<T>>,
): Promise<number[]> {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns: ColumnMetadata[] = properties.map((property) => {
    const column = metadata.findColumnWithPropertyPath(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return column;
  });
  const parameters: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = columns.map((column) => {
      parameters.push(driver.preparePersistentValue(column.getEntityValue(row, true), column));
      return driver.createParameter(`p${parameters.length}`, parameters.length - 1);
    });
    return `(${placeholders.join(', ')})`;
  });
  const postgres = manager.connection.options.type === 'postgres';
  const sql =
    `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) ` +
    `VALUES ${tuples.join(', ')}${postgres ? ` RETURNING ${driver.escape('id')}` : ''}`;
  const result: unknown = await manager.query(sql, parameters);
  if (postgres) return (result as Array<{ id: number | string }>).map((row) => Number(row.id));
  // MySQL and MariaDB hand out consecutive ids to the rows of one multi-row INSERT.
  const first = Number((result as { insertId: number | string }).insertId);
  return rows.map((_, i) => first + i);
}

/**
 * Takes `count` ids from the table's sequence ahead of an insert, where the engine has one to take
 * from (PostgreSQL); null elsewhere. Lets a bulk insert write values derived from the id (a
 * customer code) in the same statement instead of updating every row afterwards.
 */
export async function reserveIds(manager: EntityManager, target: EntityTarget<ObjectLiteral>, count: number): Promise<number[] | null> {
  if (manager.connection.options.type !== 'postgres' || count === 0) return count === 0 ? [] : null;
  const table = manager.connection.getMetadata(target).tableName;
  const rows: Array<{ id: string }> = await manager.query(`SELECT nextval(pg_get_serial_sequence($1, 'id')) AS id FROM generate_series(1, $2)`, [table, count]);
  return rows.map((row) => Number(row.id));
}

/**
 * Lets a large insert leave its entries in the GIN indexes' pending lists (merged later in bulk by
 * autovacuum) instead of merging them inside the request. PostgreSQL only; a no-op elsewhere.
 */
export async function deferSearchIndexMerge(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type === 'postgres') await manager.query(`SET LOCAL gin_pending_list_limit = '256MB'`);
}
