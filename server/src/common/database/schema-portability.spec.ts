import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import {
  Column,
  DataSource,
  type DataSourceOptions,
  Entity,
  EntityMetadata,
  Index,
  type MigrationInterface,
  PrimaryGeneratedColumn,
  type QueryRunner,
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
  TableUnique,
} from 'typeorm';
import { migrations } from '@crm/db-migrations';
import { type DbConnectionConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { RESERVED_WORDS } from './reserved-words.js';

/**
 * Static portability check of the schema on every engine the server supports, with no database:
 * the entity metadata TypeORM builds per driver, and the DDL the migrations ask for (recorded by a
 * fake QueryRunner, not executed). Oracle is the strictest engine, so its rules apply everywhere:
 * identifiers of at most 30 characters, no reserved words. See docs/TOOLCHAIN trap 7.
 */

type Engine = 'postgres' | 'mysql' | 'mssql' | 'oracle';
const ENGINES: Engine[] = ['postgres', 'mysql', 'mssql', 'oracle'];

/** Oracle before 12.2 (and with COMPATIBLE < 12.2) limits identifiers to 30 bytes. */
const MAX_IDENTIFIER_LENGTH = 30;

/** Longest index key per engine, in bytes (InnoDB DYNAMIC; SQL Server nonclustered; Oracle 8K blocks; PostgreSQL btree). */
const MAX_INDEX_KEY_BYTES: Record<Engine, number> = { postgres: 2704, mysql: 3072, mssql: 1700, oracle: 6398 };
/** SQL Server primary keys are clustered, and a clustered key allows 900 bytes. */
const MAX_MSSQL_CLUSTERED_KEY_BYTES = 900;

/** Longest declared length of a character column, in characters. */
const MAX_STRING_LENGTH: Record<string, number> = {
  'mysql:varchar': 16383, // 65,535-byte row limit / 4 bytes per utf8mb4 character
  'mssql:nvarchar': 4000,
  'mssql:varchar': 8000,
  'oracle:nvarchar2': 2000, // MAX_STRING_SIZE = STANDARD: 4000 bytes, two per AL16UTF16 character
  'oracle:varchar2': 4000,
};

// ---------------------------------------------------------------------------------------------
// Offline data sources
// ---------------------------------------------------------------------------------------------

/** The server's own options for the engine, pointed at a host that is never contacted. */
function offlineOptions(engine: Engine): DataSourceOptions {
  const db: DbConnectionConfig = {
    type: engine,
    host: 'offline.invalid',
    port: 1,
    username: 'offline',
    password: 'offline',
    database: 'offline',
  };
  return dataSourceOptions(db);
}

/** Builds entity metadata without a server; TypeORM's validator rejects unsupported column types. */
async function buildOffline(engine: Engine, entities?: DataSourceOptions['entities']): Promise<DataSource> {
  const options = offlineOptions(engine);
  const dataSource = new DataSource({ ...options, ...(entities ? { entities } : {}) } as DataSourceOptions);
  try {
    // buildMetadatas() is what initialize() runs after connecting; it needs no connection.
    await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  } catch (error) {
    const message = (error as Error).message;
    // SWC's decorator metadata (what Jest runs) records a type alias such as a string-literal union
    // as Object, where tsc records String: such a column needs an explicit `type`.
    const hint = /Data type "Object"/.test(message)
      ? ' (the property is typed with a type alias, which has no runtime type under SWC: give the @Column an explicit type)'
      : '';
    throw new Error(`${engine}: TypeORM rejected the entity metadata: ${message}${hint}`);
  }
  return dataSource;
}

// ---------------------------------------------------------------------------------------------
// An engine-neutral view of a schema, filled from entity metadata or from recorded migrations
// ---------------------------------------------------------------------------------------------

interface SchemaColumn {
  name: string;
  /** The type as the DDL will spell it (entities: after the driver normalised it). */
  type: string;
  length?: string;
  hasDefault: boolean;
}

interface SchemaKey {
  kind: 'primary key' | 'unique' | 'index' | 'foreign key' | 'check' | 'default constraint';
  name: string;
  columns: string[];
  /** An index over an expression or with an operator class: not the same as a plain one. */
  over?: string;
}

interface SchemaTable {
  name: string;
  /** Where the table comes from, for messages: an entity class or a migration. */
  source: string;
  columns: SchemaColumn[];
  keys: SchemaKey[];
}

function lower(type: unknown): string {
  if (typeof type === 'string') return type.toLowerCase();
  if (typeof type === 'function') return type.name.toLowerCase();
  return String(type);
}

function fromEntity(engine: Engine, dataSource: DataSource, metadata: EntityMetadata): SchemaTable {
  const naming = dataSource.namingStrategy;
  const table = metadata.tableName;
  const columns = metadata.columns.map((column) => ({
    name: column.databaseName,
    type: lower(dataSource.driver.normalizeType(column)),
    length: column.length || undefined,
    hasDefault: column.default !== undefined && column.default !== null,
  }));
  const keys: SchemaKey[] = [];
  const primary = metadata.primaryColumns.map((column) => column.databaseName);
  if (primary.length > 0) {
    keys.push({
      kind: 'primary key',
      name: metadata.primaryColumns[0].primaryKeyConstraintName ?? naming.primaryKeyName(table, primary),
      columns: primary,
    });
  }
  for (const unique of metadata.uniques) {
    keys.push({ kind: 'unique', name: unique.name, columns: unique.columns.map((column) => column.databaseName) });
  }
  for (const index of metadata.indices) {
    keys.push({ kind: index.isUnique ? 'unique' : 'index', name: index.name, columns: index.columns.map((c) => c.databaseName) });
  }
  for (const foreignKey of metadata.foreignKeys) {
    keys.push({ kind: 'foreign key', name: foreignKey.name, columns: foreignKey.columns.map((c) => c.databaseName) });
  }
  for (const check of metadata.checks) {
    keys.push({ kind: 'check', name: check.name, columns: [] });
  }
  if (engine === 'mssql') {
    for (const column of columns.filter((c) => c.hasDefault)) {
      keys.push({ kind: 'default constraint', name: naming.defaultConstraintName(table, column.name), columns: [column.name] });
    }
  }
  return { name: table, source: `entity ${metadata.targetName}`, columns, keys };
}

// ---------------------------------------------------------------------------------------------
// A QueryRunner that records what a migration asks for and executes nothing
// ---------------------------------------------------------------------------------------------

interface RecordedTable {
  table: Table;
  migration: string;
}

/**
 * Records createTable/createIndex/createForeignKey/addColumn (and their plural forms). Anything
 * else a migration calls fails loudly, so a migration never slips past this check unexamined.
 */
function recordingQueryRunner(dataSource: DataSource, tables: Map<string, RecordedTable>, migration: () => string) {
  const tableOf = (tableOrName: Table | string): Table => {
    const name = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
    const recorded = tables.get(name);
    if (!recorded) throw new Error(`${migration()} alters table "${name}", which no earlier migration created`);
    return recorded.table;
  };
  const recorder = {
    connection: dataSource,
    dataSource,
    async createTable(table: Table, _ifNotExists = false, createForeignKeys = true, createIndices = true) {
      if (tables.has(table.name)) throw new Error(`${migration()} creates table "${table.name}" twice`);
      const copy = table.clone();
      if (!createForeignKeys) copy.foreignKeys = [];
      if (!createIndices) copy.indices = [];
      tables.set(table.name, { table: copy, migration: migration() });
    },
    async addColumn(tableOrName: Table | string, column: TableColumn) {
      tableOf(tableOrName).addColumn(new TableColumn(column));
    },
    async getTable(name: string) {
      return tableOf(name);
    },
    async changeColumn(tableOrName: Table | string, oldColumn: string | TableColumn, column: TableColumn) {
      const table = tableOf(tableOrName);
      const oldName = typeof oldColumn === 'string' ? oldColumn : oldColumn.name;
      const old = table.columns.find((c) => c.name === oldName);
      if (!old) throw new Error(`${migration()} changes column "${oldName}", which the table does not have`);
      table.removeColumn(old);
      table.addColumn(new TableColumn(column));
    },
    async dropIndex(tableOrName: Table | string, name: string) {
      const table = tableOf(tableOrName);
      const index = table.indices.find((i) => i.name === name);
      if (index) table.removeIndex(index);
    },
    async dropForeignKey(tableOrName: Table | string, name: string) {
      const table = tableOf(tableOrName);
      const foreignKey = table.foreignKeys.find((f) => f.name === name);
      if (foreignKey) table.removeForeignKey(foreignKey);
    },
    async addColumns(tableOrName: Table | string, columns: TableColumn[]) {
      for (const column of columns) await recorder.addColumn(tableOrName, column);
    },
    async createIndex(tableOrName: Table | string, index: TableIndex) {
      tableOf(tableOrName).addIndex(new TableIndex(index));
    },
    async createIndices(tableOrName: Table | string, indices: TableIndex[]) {
      for (const index of indices) await recorder.createIndex(tableOrName, index);
    },
    async createForeignKey(tableOrName: Table | string, foreignKey: TableForeignKey) {
      tableOf(tableOrName).addForeignKey(new TableForeignKey(foreignKey));
    },
    async createForeignKeys(tableOrName: Table | string, foreignKeys: TableForeignKey[]) {
      for (const foreignKey of foreignKeys) await recorder.createForeignKey(tableOrName, foreignKey);
    },
    /**
     * The raw SQL migrations may use: PostgreSQL extension probes, functions and GIN indexes, and
     * expression indexes over one column (recorded as an index on that column).
     */
    async query(sql: string) {
      const text = sql.replace(/\s+/g, ' ').trim();
      if (/^SELECT EXISTS \(SELECT 1 FROM pg_extension\b/.test(text)) return [{ available: true, trigrams: true }];
      if (/^CREATE EXTENSION IF NOT EXISTS \w+$/.test(text)) return [];
      // Data, not schema: defaults for rows that already exist.
      if (/^UPDATE \w+ SET \w+ = [\w']+ WHERE \w+ = '\w+'$/.test(text)) return [];
      if (/^CREATE OR REPLACE FUNCTION crm_\w+\(value text\) RETURNS text\[\] LANGUAGE (?:sql|plpgsql) IMMUTABLE /.test(text)) return [];
      const index =
        /^CREATE INDEX (?:IF NOT EXISTS )?(\w+) ON (\w+) USING gin \((\w+) gin_trgm_ops\)$/.exec(text) ??
        /^CREATE INDEX (?:IF NOT EXISTS )?(\w+) ON (\w+) USING gin \(crm_\w+\((\w+)\)\)$/.exec(text) ??
        /^CREATE INDEX (?:IF NOT EXISTS )?(\w+) ON (\w+) \(LOWER\((\w+)\)\)$/.exec(text) ??
        /^CREATE INDEX (?:IF NOT EXISTS )?(\w+) ON (\w+) \(\(LOWER\((\w+)\) COLLATE "C"\)\)$/.exec(text);
      const dropped = /^DROP INDEX IF EXISTS (\w+)$/.exec(text);
      if (dropped) {
        for (const { table } of tables.values()) table.indices = table.indices.filter((existing) => existing.name !== dropped[1]);
        return [];
      }
      if (index) {
        // `where` stands for the operator class or expression: what tells the index from a plain one.
        const over = text.includes('gin_trgm_ops') ? 'trigrams' : text.includes('USING gin') ? 'grams' : 'lower';
        tableOf(index[2]).addIndex(new TableIndex({ name: index[1], columnNames: [index[3]], where: over }));
        return [];
      }
      throw new Error(
        `${migration()} calls queryRunner.query() with SQL the static schema check does not model; ` +
          'teach recordingQueryRunner in schema-portability.spec.ts what it creates',
      );
    },
  };
  return new Proxy(recorder, {
    get(target, property) {
      if (typeof property === 'symbol' || property === 'then') return undefined;
      if (property in target) return target[property as keyof typeof target];
      throw new Error(
        `${migration()} calls queryRunner.${property}(), which the static schema check does not model; ` +
          'teach recordingQueryRunner in schema-portability.spec.ts what it creates',
      );
    },
  }) as unknown as QueryRunner;
}

/** Runs every migration's up() against the recorder, in order, for one engine. */
async function recordMigrations(engine: Engine, list: Array<new () => MigrationInterface> = migrations) {
  const dataSource = new DataSource({ ...offlineOptions(engine), migrations: [] } as DataSourceOptions);
  const tables = new Map<string, RecordedTable>();
  let current = '';
  const runner = recordingQueryRunner(dataSource, tables, () => current);
  for (const Migration of list) {
    const instance = new Migration();
    current = `${engine}: migration ${instance.name ?? Migration.name}`;
    await instance.up(runner);
  }
  return { dataSource, tables };
}

function fromMigration(engine: Engine, dataSource: DataSource, recorded: RecordedTable): SchemaTable {
  const { table } = recorded;
  const naming = dataSource.namingStrategy;
  const columns = table.columns.map((column) => ({
    name: column.name,
    type: lower(column.type),
    length: column.length || undefined,
    hasDefault: column.default !== undefined && column.default !== null,
  }));
  const keys: SchemaKey[] = [];
  const primary = table.primaryColumns;
  if (primary.length > 0) {
    const names = primary.map((column) => column.name);
    keys.push({ kind: 'primary key', name: primary[0].primaryKeyConstraintName ?? naming.primaryKeyName(table, names), columns: names });
  }
  // As the query runners do: a unique column becomes a unique constraint (a unique index on MySQL).
  const uniques: TableUnique[] = [...table.uniques];
  for (const column of table.columns.filter((c) => c.isUnique)) {
    const covered =
      uniques.some((u) => u.columnNames.length === 1 && u.columnNames[0] === column.name) ||
      (engine === 'mysql' && table.indices.some((i) => i.isUnique && i.columnNames.length === 1 && i.columnNames[0] === column.name));
    if (!covered) uniques.push(new TableUnique({ name: naming.uniqueConstraintName(table, [column.name]), columnNames: [column.name] }));
  }
  for (const unique of uniques) {
    keys.push({ kind: 'unique', name: unique.name ?? naming.uniqueConstraintName(table, unique.columnNames), columns: unique.columnNames });
  }
  for (const index of table.indices) {
    keys.push({
      kind: index.isUnique ? 'unique' : 'index',
      name: index.name ?? naming.indexName(table, index.columnNames, index.where),
      columns: index.columnNames,
      over: index.where,
    });
  }
  for (const fk of table.foreignKeys) {
    keys.push({
      kind: 'foreign key',
      name: fk.name ?? naming.foreignKeyName(table, fk.columnNames, fk.referencedTableName, fk.referencedColumnNames),
      columns: fk.columnNames,
    });
  }
  for (const check of table.checks) {
    keys.push({ kind: 'check', name: check.name ?? naming.checkConstraintName(table, check.expression ?? ''), columns: [] });
  }
  if (engine === 'mssql') {
    for (const column of columns.filter((c) => c.hasDefault)) {
      keys.push({ kind: 'default constraint', name: naming.defaultConstraintName(table, column.name), columns: [column.name] });
    }
  }
  return { name: table.name, source: recorded.migration, columns, keys };
}

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

function checkName(problems: string[], engine: Engine, what: string, name: string, where: string): void {
  if (name.length > MAX_IDENTIFIER_LENGTH) {
    problems.push(`${engine}: ${what} "${name}" (${where}) is ${name.length} characters; Oracle allows ${MAX_IDENTIFIER_LENGTH}`);
  }
  if (RESERVED_WORDS.has(name.toUpperCase())) {
    problems.push(`${engine}: ${what} "${name}" (${where}) is a reserved word`);
  }
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
    problems.push(`${engine}: ${what} "${name}" (${where}) is not a plain identifier (letter, then letters, digits, _)`);
  }
}

/** Names, name clashes and repeated index column lists: the rules entities and migrations share. */
function checkNames(engine: Engine, tables: SchemaTable[]): string[] {
  const problems: string[] = [];
  const objectNames = new Map<string, string>();
  for (const table of tables) {
    checkName(problems, engine, 'table', table.name, table.source);
    const tableClash = objectNames.get(table.name.toUpperCase());
    if (tableClash) problems.push(`${engine}: table name "${table.name}" (${table.source}) is already used by ${tableClash}`);
    objectNames.set(table.name.toUpperCase(), `table ${table.name}`);
    for (const column of table.columns) checkName(problems, engine, 'column', column.name, `${table.name}, ${table.source}`);
    const columnLists = new Map<string, string>();
    for (const key of table.keys) {
      const where = `${key.kind} on ${table.name}(${key.columns.join(', ')}), ${table.source}`;
      checkName(problems, engine, key.kind, key.name, where);
      // Oracle and PostgreSQL keep indexes, and Oracle and SQL Server constraints, in one
      // namespace per schema: the same name on two tables fails there.
      const clash = objectNames.get(key.name.toUpperCase());
      if (clash) problems.push(`${engine}: ${key.kind} name "${key.name}" (${where}) is already used by ${clash}`);
      objectNames.set(key.name.toUpperCase(), where);
      // Oracle refuses a second index over the same column list (ORA-01408).
      if (key.kind === 'primary key' || key.kind === 'unique' || key.kind === 'index') {
        const list = `${key.columns.join(',').toUpperCase()}${key.over ? ` (${key.over})` : ''}`;
        const same = columnLists.get(list);
        if (same) problems.push(`${engine}: ${key.kind} "${key.name}" indexes the same columns as "${same}" on ${table.name} (ORA-01408)`);
        columnLists.set(list, key.name);
      }
    }
  }
  return problems;
}

const FIXED_KEY_BYTES: Record<string, number> = {
  int: 4, integer: 4, smallint: 2, tinyint: 1, mediumint: 3, bigint: 8, bit: 1, bool: 1, boolean: 1,
  decimal: 17, numeric: 17, number: 22, float: 8, real: 4, date: 7, time: 6, datetime: 8, datetime2: 8,
  timestamp: 11, timestamptz: 8, uuid: 16, uniqueidentifier: 16,
};
const UNBOUNDED_TYPES = new Set([
  'text', 'tinytext', 'mediumtext', 'longtext', 'blob', 'mediumblob', 'longblob', 'clob', 'nclob', 'ntext', 'image',
  'json', 'jsonb', 'xml', 'bytea', 'long',
]);

/** Bytes one column adds to an index key, by the declared type; null for unbounded types. */
function keyBytes(engine: Engine, column: SchemaColumn): number | null {
  if (UNBOUNDED_TYPES.has(column.type) || column.length?.toUpperCase() === 'MAX') return null;
  const length = Number(column.length ?? 0);
  if (['varchar', 'char', 'character varying', 'nvarchar', 'nchar', 'nvarchar2', 'varchar2'].includes(column.type)) {
    if (!length) return null;
    const perChar = engine === 'mssql' || engine === 'oracle' ? (column.type.startsWith('n') ? 2 : engine === 'oracle' ? 4 : 1) : 4;
    return length * perChar;
  }
  return FIXED_KEY_BYTES[column.type] ?? 8;
}

/** Types the driver knows, sane string lengths, and index keys that fit: migrations only. */
function checkColumnsAndKeys(engine: Engine, dataSource: DataSource, tables: SchemaTable[]): string[] {
  const problems: string[] = [];
  const supported = new Set(dataSource.driver.supportedDataTypes.map((type) => String(type).toLowerCase()));
  for (const table of tables) {
    for (const column of table.columns) {
      if (!supported.has(column.type)) {
        problems.push(`${engine}: column ${table.name}.${column.name} (${table.source}) has type "${column.type}", which the ${engine} driver does not support`);
      }
      const max = MAX_STRING_LENGTH[`${engine}:${column.type}`];
      if (max !== undefined && column.length?.toUpperCase() !== 'MAX' && Number(column.length) > max) {
        problems.push(`${engine}: column ${table.name}.${column.name} is ${column.type}(${column.length}); ${engine} allows ${max}`);
      }
    }
    for (const key of table.keys.filter((k) => k.columns.length > 0 && k.kind !== 'default constraint' && k.kind !== 'foreign key')) {
      let total = 0;
      for (const name of key.columns) {
        const column = table.columns.find((c) => c.name === name);
        if (!column) {
          problems.push(`${engine}: ${key.kind} "${key.name}" on ${table.name} names a column "${name}" the table does not have`);
          continue;
        }
        const bytes = keyBytes(engine, column);
        if (bytes === null) {
          problems.push(`${engine}: ${key.kind} "${key.name}" on ${table.name} covers ${column.name} (${column.type}), which has no bounded length to index`);
        } else {
          total += bytes;
        }
      }
      const limit = engine === 'mssql' && key.kind === 'primary key' ? MAX_MSSQL_CLUSTERED_KEY_BYTES : MAX_INDEX_KEY_BYTES[engine];
      if (total > limit) {
        problems.push(`${engine}: ${key.kind} "${key.name}" on ${table.name}(${key.columns.join(', ')}) may need ${total} bytes per key; ${engine} allows ${limit}`);
      }
    }
  }
  return problems;
}

async function entityProblems(engine: Engine, entities?: DataSourceOptions['entities']): Promise<string[]> {
  const dataSource = await buildOffline(engine, entities);
  const tables = dataSource.entityMetadatas
    .filter((metadata) => metadata.tableType !== 'view')
    .map((metadata) => fromEntity(engine, dataSource, metadata));
  return checkNames(engine, tables);
}

async function migrationProblems(engine: Engine, list?: Array<new () => MigrationInterface>): Promise<string[]> {
  const { dataSource, tables } = await recordMigrations(engine, list);
  const schema = [...tables.values()].map((recorded) => fromMigration(engine, dataSource, recorded));
  return [...checkNames(engine, schema), ...checkColumnsAndKeys(engine, dataSource, schema)];
}

// ---------------------------------------------------------------------------------------------
// The real schema
// ---------------------------------------------------------------------------------------------

describe.each(ENGINES)('schema portability on %s', (engine) => {
  it('builds the entity metadata, with every name a short non-reserved identifier', async () => {
    expect(await entityProblems(engine)).toEqual([]);
  });

  it('migrations ask only for supported types and short non-reserved names, and indexes that fit', async () => {
    const { tables } = await recordMigrations(engine);
    expect(tables.size).toBeGreaterThan(0);
    expect(await migrationProblems(engine)).toEqual([]);
  });

  it('migrations create every table and column the entities map', async () => {
    const entities = await buildOffline(engine);
    const { tables } = await recordMigrations(engine);
    const missing: string[] = [];
    for (const metadata of entities.entityMetadatas) {
      const recorded = tables.get(metadata.tableName);
      if (!recorded) {
        missing.push(`${engine}: entity ${metadata.targetName} maps table "${metadata.tableName}", which no migration creates`);
        continue;
      }
      for (const column of metadata.columns) {
        if (!recorded.table.columns.some((c) => c.name === column.databaseName)) {
          missing.push(`${engine}: entity ${metadata.targetName} maps column ${metadata.tableName}.${column.databaseName}, which no migration creates`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('generated constraint names', () => {
  it('fit in 30 characters', async () => {
    const dataSource = new DataSource(offlineOptions('oracle'));
    const naming = dataSource.namingStrategy;
    const table = 'a_table_name_of_thirty_chars_x';
    const columns = ['a_column_name_of_thirty_chars_', 'another_column_of_thirty_chars'];
    for (const name of [
      naming.primaryKeyName(table, columns),
      naming.uniqueConstraintName(table, columns),
      naming.indexName(table, columns),
      naming.foreignKeyName(table, columns),
      naming.defaultConstraintName(table, columns[0]),
      naming.checkConstraintName(table, 'x > 0'),
    ]) {
      expect(name.length).toBeLessThanOrEqual(MAX_IDENTIFIER_LENGTH);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The checker itself: it must catch what it claims to catch
// ---------------------------------------------------------------------------------------------

@Entity('portability_probe')
@Index('ix_portability_probe_level_and_x', ['level'])
class PortabilityProbe {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  level: number;

  @Column({ name: 'a_column_name_thirty_one_chars_' })
  longName: string;
}

@Entity('portability_probe_json')
class PortabilityProbeJson {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'jsonb' })
  payload: unknown;
}

class BadMigration1000000000000 implements MigrationInterface {
  name = 'BadMigration1000000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'id', type: 'int', isPrimary: true },
          { name: 'payload', type: 'jsonb' },
          { name: 'title', type: 'varchar', length: '900' },
          { name: 'body', type: 'varchar', length: '900' },
        ],
        indices: [{ name: 'ix_session_title_body_thirty_one', columnNames: ['title', 'body'] }],
      }),
    );
    await queryRunner.addColumn('session', new TableColumn({ name: 'mode', type: 'int' }));
    await queryRunner.createIndex('session', new TableIndex({ name: 'ix_session_id', columnNames: ['id'] }));
    await queryRunner.createForeignKey(
      'session',
      new TableForeignKey({ name: 'ix_session_id', columnNames: ['mode'], referencedTableName: 'session', referencedColumnNames: ['id'] }),
    );
  }

  async down(): Promise<void> {}
}

class RawSqlMigration1000000000001 implements MigrationInterface {
  name = 'RawSqlMigration1000000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE level (id INT)');
  }

  async down(): Promise<void> {}
}

describe('the portability checker', () => {
  it('reports reserved and over-long names in entity metadata', async () => {
    expect('a_column_name_thirty_one_chars_').toHaveLength(31);
    const problems = await entityProblems('oracle', [PortabilityProbe]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('column "level" (portability_probe, entity PortabilityProbe) is a reserved word'),
        expect.stringContaining('column "a_column_name_thirty_one_chars_" (portability_probe, entity PortabilityProbe) is 31 characters'),
        expect.stringContaining('index "ix_portability_probe_level_and_x"'),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('lets TypeORM reject a column type the driver does not support', async () => {
    await expect(buildOffline('mssql', [PortabilityProbeJson])).rejects.toThrow(/mssql: TypeORM rejected the entity metadata: .*jsonb/);
    await expect(buildOffline('postgres', [PortabilityProbeJson])).resolves.toBeInstanceOf(DataSource);
  });

  it('reports bad names, types, clashes and oversized keys in migrations', async () => {
    const oracle = await migrationProblems('oracle', [BadMigration1000000000000]);
    expect(oracle).toEqual(
      expect.arrayContaining([
        expect.stringContaining('table "session" (oracle: migration BadMigration1000000000000) is a reserved word'),
        expect.stringContaining('column "mode" (session,'),
        expect.stringContaining('index "ix_session_title_body_thirty_one" (index on session(title, body)'),
        expect.stringContaining('column session.payload (oracle: migration BadMigration1000000000000) has type "jsonb"'),
        expect.stringContaining('column session.title (oracle: migration BadMigration1000000000000) has type "varchar"'),
        expect.stringContaining('index "ix_session_id" indexes the same columns as'),
        expect.stringContaining('foreign key name "ix_session_id"'),
      ]),
    );
    const mysql = await migrationProblems('mysql', [BadMigration1000000000000]);
    expect(mysql).toEqual(
      expect.arrayContaining([
        expect.stringContaining('index "ix_session_title_body_thirty_one" on session(title, body) may need 7200 bytes per key; mysql allows 3072'),
        expect.stringContaining('has type "jsonb", which the mysql driver does not support'),
      ]),
    );
    expect(mysql.join('\n')).not.toContain('has type "varchar"');
  });

  it('refuses a migration that does something the recorder does not model', async () => {
    await expect(migrationProblems('postgres', [RawSqlMigration1000000000001])).rejects.toThrow(
      /RawSqlMigration1000000000001 calls queryRunner\.query\(\) with SQL the static schema check does not model/,
    );
  });
});
