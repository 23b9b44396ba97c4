import { QueryRunner, Table, TableColumnOptions, TableIndex, TableForeignKey } from 'typeorm';

/**
 * Logical column types mapped to each engine's physical type, so one migration file creates the
 * same schema on PostgreSQL, MySQL/MariaDB, SQL Server and Oracle. Text that may hold Chinese is
 * stored in national character types where the engine distinguishes them.
 */
type Engine = 'postgres' | 'mysql' | 'mssql' | 'oracle';

export function engineOf(queryRunner: QueryRunner): Engine {
  const type = queryRunner.connection.driver.options.type;
  if (type === 'postgres') return 'postgres';
  if (type === 'mysql' || type === 'mariadb') return 'mysql';
  if (type === 'mssql') return 'mssql';
  if (type === 'oracle') return 'oracle';
  throw new Error(`Unsupported database type ${String(type)}`);
}

interface ColumnExtras {
  nullable?: boolean;
  default?: string | number | boolean;
  unique?: boolean;
}

export class ColumnFactory {
  constructor(private readonly engine: Engine) {}

  id(name = 'id'): TableColumnOptions {
    return {
      name,
      type: this.engine === 'oracle' ? 'number' : 'int',
      precision: this.engine === 'oracle' ? 10 : undefined,
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    };
  }

  int(name: string, extras: ColumnExtras = {}): TableColumnOptions {
    const type = this.engine === 'oracle' ? 'number' : 'int';
    return this.finish({ name, type, precision: this.engine === 'oracle' ? 10 : undefined }, extras);
  }

  string(name: string, length: number, extras: ColumnExtras = {}): TableColumnOptions {
    const type = { postgres: 'varchar', mysql: 'varchar', mssql: 'nvarchar', oracle: 'nvarchar2' }[this.engine];
    return this.finish({ name, type, length: String(length), ...this.unicode() }, extras);
  }

  text(name: string, extras: ColumnExtras = {}): TableColumnOptions {
    if (this.engine === 'mssql') return this.finish({ name, type: 'nvarchar', length: 'MAX' }, extras);
    const type = { postgres: 'text', mysql: 'mediumtext', oracle: 'nclob' }[this.engine];
    return this.finish({ name, type, ...this.unicode() }, extras);
  }

  decimal(name: string, precision: number, scale: number, extras: ColumnExtras = {}): TableColumnOptions {
    const type = this.engine === 'oracle' ? 'number' : 'decimal';
    return this.finish({ name, type, precision, scale }, extras);
  }

  bool(name: string, extras: ColumnExtras = {}): TableColumnOptions {
    const type = { postgres: 'boolean', mysql: 'tinyint', mssql: 'bit', oracle: 'number' }[this.engine];
    const column: TableColumnOptions = { name, type, precision: this.engine === 'oracle' ? 1 : undefined };
    const withDefault =
      extras.default === undefined ? extras : { ...extras, default: this.boolLiteral(extras.default === true) };
    return this.finish(column, withDefault);
  }

  date(name: string, extras: ColumnExtras = {}): TableColumnOptions {
    return this.finish({ name, type: 'date' }, extras);
  }

  /** An instant, always written in UTC. */
  timestamp(name: string, extras: ColumnExtras = {}): TableColumnOptions {
    const type = { postgres: 'timestamptz', mysql: 'datetime', mssql: 'datetime2', oracle: 'timestamp' }[this.engine];
    const precision = this.engine === 'postgres' ? undefined : 3;
    return this.finish({ name, type, precision }, extras);
  }

  /**
   * The current instant in UTC, as a column default for timestamp() columns. MySQL/MariaDB's
   * CURRENT_TIMESTAMP follows the session time zone, so it uses UTC_TIMESTAMP (an expression
   * default: MySQL 8.0.13+, MariaDB 10.2+); Oracle's SYSTIMESTAMP carries the server's zone.
   */
  nowUtc(): string {
    return {
      postgres: 'CURRENT_TIMESTAMP',
      mysql: '(UTC_TIMESTAMP(3))',
      mssql: 'SYSUTCDATETIME()',
      oracle: 'SYS_EXTRACT_UTC(SYSTIMESTAMP)',
    }[this.engine];
  }

  /**
   * Created/updated timestamps and the optimistic-lock version every business row carries.
   * The timestamps default to now: TypeORM's @CreateDateColumn/@UpdateDateColumn insert DEFAULT
   * when the entity leaves them unset.
   */
  bookkeeping(): TableColumnOptions[] {
    return [
      this.timestamp('created_at', { default: this.nowUtc() }),
      this.timestamp('updated_at', { default: this.nowUtc() }),
      this.int('created_by', { nullable: true }),
      this.int('version', { default: 1 }),
    ];
  }

  boolLiteral(value: boolean): string {
    if (this.engine === 'postgres') return value ? 'true' : 'false';
    return value ? '1' : '0';
  }

  /**
   * MySQL/MariaDB text columns say utf8mb4 themselves: a database created with the server's default
   * character set (latin1 on many installs) would otherwise reject Chinese text. The collation is
   * the one the connection uses (see the server's data-source options) and exists on both.
   */
  private unicode(): Pick<TableColumnOptions, 'charset' | 'collation'> {
    return this.engine === 'mysql' ? { charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' } : {};
  }

  private finish(column: TableColumnOptions, extras: ColumnExtras): TableColumnOptions {
    return {
      ...column,
      isNullable: extras.nullable ?? false,
      isUnique: extras.unique ?? false,
      default: extras.default === undefined ? undefined : String(extras.default),
    };
  }
}

export function columnsFor(queryRunner: QueryRunner): ColumnFactory {
  return new ColumnFactory(engineOf(queryRunner));
}

export function index(name: string, columnNames: string[], isUnique = false): TableIndex {
  return new TableIndex({ name, columnNames, isUnique });
}

export function foreignKey(
  name: string,
  column: string,
  referencedTable: string,
  onDelete: 'CASCADE' | 'SET NULL' | 'NO ACTION' = 'NO ACTION',
): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: referencedTable,
    referencedColumnNames: ['id'],
    // Oracle knows no "NO ACTION" keyword; leaving it out means the same on every engine.
    onDelete: onDelete === 'NO ACTION' ? undefined : onDelete,
  });
}

export async function createTable(
  queryRunner: QueryRunner,
  name: string,
  columns: TableColumnOptions[],
  indices: TableIndex[] = [],
  foreignKeys: TableForeignKey[] = [],
): Promise<void> {
  await queryRunner.createTable(new Table({ name, columns, indices, foreignKeys }), false, true, true);
}
