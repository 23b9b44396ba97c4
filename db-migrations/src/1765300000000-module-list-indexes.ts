import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { SHORT_GRAMS_IN_SQL } from './1764700000000-list-and-search-indexes.js';
import { engineOf, index } from './portable-columns.js';

/**
 * Indexes the size L benchmark asked for once orders, receivables and invoices held millions of
 * rows (docs/benchmarks.md):
 * - payments and invoices by customer: deleting a customer checks both foreign keys, which read
 *   the whole table for every customer without them;
 * - orders by scope and status, so a status-filtered list and its capped count read the scope's
 *   orders of that status only;
 * - instalments by scope and due day with their amounts, so counting the overdue ones (due before
 *   today, not fully paid) reads the index alone;
 * - on PostgreSQL, the LOWER(name) and LOWER(email) indexes of the duplicate check in byte order
 *   (COLLATE "C"): equality is the same in every deterministic collation, but a descent of an index
 *   in a locale's order compares through strcoll, a hundred times slower on Chinese names, which an
 *   import checking 100,000 names feels;
 * - on PostgreSQL, crm_short_grams as a PL/pgSQL loop: the same keys (a GIN index drops repeated
 *   ones itself), made in a third of the time of the SQL function, which every insert into
 *   customers and contacts runs for its name.
 */
const INDEXES = {
  payments: [index('ix_payments_customer', ['customer_id'])],
  invoices: [index('ix_invoices_customer', ['customer_id'])],
  orders: [index('ix_orders_team_status', ['team_path', 'status', 'created_at', 'id']), index('ix_orders_owner_status', ['owner_id', 'status', 'created_at', 'id'])],
  payment_instalments: [
    index('ix_instalments_team_open', ['team_path', 'due_on', 'amount', 'paid_amount']),
    index('ix_instalments_owner_open', ['owner_id', 'due_on', 'amount', 'paid_amount']),
  ],
};

const BYTE_ORDER_COLUMNS = ['name', 'email'];

const SHORT_GRAMS_IN_PLPGSQL = `
  CREATE OR REPLACE FUNCTION crm_short_grams(value text) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
  DECLARE
    lowered text := lower(value);
    characters integer := char_length(lowered);
    grams text[] := '{}';
  BEGIN
    FOR i IN 1..characters LOOP
      grams := grams || substr(lowered, i, 1);
      IF i < characters THEN
        grams := grams || substr(lowered, i, 2);
      END IF;
    END LOOP;
    RETURN grams;
  END
  $$`;

export class ModuleListIndexes1765300000000 implements MigrationInterface {
  name = 'ModuleListIndexes1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, indexes] of Object.entries(INDEXES)) for (const created of indexes) await queryRunner.createIndex(table, created);
    if (engineOf(queryRunner) !== 'postgres') return;
    for (const column of BYTE_ORDER_COLUMNS) {
      await queryRunner.query(`DROP INDEX IF EXISTS ix_customers_lower_${column}`);
      await queryRunner.query(`CREATE INDEX ix_customers_lower_${column} ON customers ((LOWER(${column}) COLLATE "C"))`);
    }
    await queryRunner.query(SHORT_GRAMS_IN_PLPGSQL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, indexes] of Object.entries(INDEXES)) for (const created of indexes) await queryRunner.dropIndex(table, created.name!);
    if (engineOf(queryRunner) !== 'postgres') return;
    for (const column of BYTE_ORDER_COLUMNS) {
      await queryRunner.query(`DROP INDEX IF EXISTS ix_customers_lower_${column}`);
      await queryRunner.query(`CREATE INDEX ix_customers_lower_${column} ON customers (LOWER(${column}))`);
    }
    await queryRunner.query(SHORT_GRAMS_IN_SQL);
  }
}
