import { TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, engineOf, foreignKey } from './portable-columns.js';

/**
 * The customer pool: a customer may have no owner while it waits in its team's pool. SQL Server
 * cannot change a column's nullability under an index or foreign key, so there they are dropped
 * and recreated around the change.
 */
interface OwnedTable {
  name: string;
  indices: Array<[string, string[]]>;
  foreignKey: string;
}

/** Customers wait in the pool, and their contacts with them. */
const OWNED_TABLES: OwnedTable[] = [
  {
    name: 'customers',
    indices: [
      ['ix_customers_owner_name', ['owner_id', 'name', 'id']],
      ['ix_customers_owner_created', ['owner_id', 'created_at', 'id']],
    ],
    foreignKey: 'fk_customers_owner',
  },
  { name: 'contacts', indices: [['ix_contacts_owner_name', ['owner_id', 'name', 'id']]], foreignKey: 'fk_contacts_owner' },
];

/**
 * Changes only the nullability of owner_id. The column is cloned from the table as the database
 * describes it: a column built afresh differs in how its type is spelt, and TypeORM would then
 * drop and re-add it, losing its values, indexes and foreign key.
 */
async function setOwnerNullable(queryRunner: QueryRunner, tableName: string, nullable: boolean): Promise<void> {
  const table = await queryRunner.getTable(tableName);
  const current = table?.findColumnByName('owner_id');
  if (!table || !current) throw new Error(`${tableName}.owner_id is missing`);
  const changed = current.clone();
  changed.isNullable = nullable;
  await queryRunner.changeColumn(table, current, changed);
}

export class CustomerPool1764600000000 implements MigrationInterface {
  name = 'CustomerPool1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    for (const table of OWNED_TABLES) {
      await this.withOwnerColumnFree(queryRunner, table, () => setOwnerNullable(queryRunner, table.name, true));
    }
    await queryRunner.addColumns('customers', [
      new TableColumn(c.int('released_by', { nullable: true })),
      new TableColumn(c.timestamp('released_at', { nullable: true })),
      new TableColumn(c.timestamp('claimed_at', { nullable: true })),
    ]);

    await createTable(
      queryRunner,
      'pool_rules',
      [
        c.id(),
        c.int('team_id', { nullable: true }),
        c.string('customer_level', 10, { nullable: true }),
        c.int('idle_days'),
        ...c.bookkeeping(),
      ],
      [],
      [foreignKey('fk_pool_rules_team', 'team_id', 'teams', 'CASCADE')],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pool_rules', true, true, true);
    await queryRunner.dropColumns('customers', ['claimed_at', 'released_at', 'released_by']);
    for (const table of OWNED_TABLES) {
      await this.withOwnerColumnFree(queryRunner, table, () => setOwnerNullable(queryRunner, table.name, false));
    }
  }

  private async withOwnerColumnFree(queryRunner: QueryRunner, table: OwnedTable, change: () => Promise<void>): Promise<void> {
    if (engineOf(queryRunner) !== 'mssql') return change();
    const indices = table.indices.map(([name, columnNames]) => new TableIndex({ name, columnNames }));
    const owner = new TableForeignKey({ name: table.foreignKey, columnNames: ['owner_id'], referencedTableName: 'users', referencedColumnNames: ['id'] });
    for (const index of indices) await queryRunner.dropIndex(table.name, index.name!);
    await queryRunner.dropForeignKey(table.name, owner.name!);
    await change();
    for (const index of indices) await queryRunner.createIndex(table.name, index);
    await queryRunner.createForeignKey(table.name, owner);
  }
}
