import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';
import { engineOf } from './portable-columns.js';

/** Scope columns with the status every list filters on: a capped count reads the index alone. */
const SCOPE_STATUS_INDEXES = [
  new TableIndex({ name: 'ix_customers_team_status', columnNames: ['team_path', 'status'] }),
  new TableIndex({ name: 'ix_customers_owner_status', columnNames: ['owner_id', 'status'] }),
];

/** Columns matched from their start by the search box and list filters, besides the name. */
const PREFIX_SEARCH_COLUMNS = { customers: ['code', 'phone', 'email'], contacts: ['mobile', 'phone', 'email'] };

/**
 * Indexes the size L benchmark asked for (docs/benchmarks.md):
 * - scope + status for capped totals;
 * - on PostgreSQL, trigram indexes on every column a text search ORs with the name, so the OR
 *   becomes a BitmapOr instead of a walk of the whole name index;
 * - on PostgreSQL, a GIN index over each name's characters and character pairs, for the one- and
 *   two-character terms (common in Chinese) that give pg_trgm no trigram to look up;
 * - on PostgreSQL and Oracle, LOWER(name) and LOWER(email) for the duplicate check, which compares
 *   case-insensitively there (MySQL and SQL Server do so on the plain, already indexed column).
 */
/** Each name's characters and character pairs, lower-cased: the keys of the short-term GIN indexes. */
export const SHORT_GRAMS_IN_SQL = `
      CREATE OR REPLACE FUNCTION crm_short_grams(value text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT substr(lower(value), i, n)), '{}')
        FROM generate_series(1, char_length(value)) AS i, (VALUES (1), (2)) AS lengths(n)
        WHERE i + n - 1 <= char_length(value)
      $$`;

export class ListAndSearchIndexes1764700000000 implements MigrationInterface {
  name = 'ListAndSearchIndexes1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of SCOPE_STATUS_INDEXES) await queryRunner.createIndex('customers', index);
    const engine = engineOf(queryRunner);
    if (engine === 'oracle') {
      await queryRunner.query('CREATE INDEX ix_customers_lower_name ON customers (LOWER(name))');
      await queryRunner.query('CREATE INDEX ix_customers_lower_email ON customers (LOWER(email))');
    }
    if (engine !== 'postgres') return;
    await queryRunner.query('CREATE INDEX IF NOT EXISTS ix_customers_lower_name ON customers (LOWER(name))');
    await queryRunner.query('CREATE INDEX IF NOT EXISTS ix_customers_lower_email ON customers (LOWER(email))');
    await queryRunner.query(SHORT_GRAMS_IN_SQL);
    await queryRunner.query('CREATE INDEX IF NOT EXISTS ix_customers_name_grams ON customers USING gin (crm_short_grams(name))');
    await queryRunner.query('CREATE INDEX IF NOT EXISTS ix_contacts_name_grams ON contacts USING gin (crm_short_grams(name))');
    const [{ trigrams }] = await queryRunner.query(`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS trigrams`);
    if (!trigrams) return;
    for (const [table, columns] of Object.entries(PREFIX_SEARCH_COLUMNS)) {
      for (const column of columns) {
        await queryRunner.query(`CREATE INDEX IF NOT EXISTS ix_${table}_${column}_trgm ON ${table} USING gin (${column} gin_trgm_ops)`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const engine = engineOf(queryRunner);
    if (engine === 'postgres') {
      for (const [table, columns] of Object.entries(PREFIX_SEARCH_COLUMNS)) {
        for (const column of columns) await queryRunner.query(`DROP INDEX IF EXISTS ix_${table}_${column}_trgm`);
      }
      for (const name of ['ix_contacts_name_grams', 'ix_customers_name_grams', 'ix_customers_lower_email', 'ix_customers_lower_name']) {
        await queryRunner.query(`DROP INDEX IF EXISTS ${name}`);
      }
      await queryRunner.query('DROP FUNCTION IF EXISTS crm_short_grams(text)');
    }
    if (engine === 'oracle') {
      await queryRunner.query('DROP INDEX ix_customers_lower_email');
      await queryRunner.query('DROP INDEX ix_customers_lower_name');
    }
    for (const index of [...SCOPE_STATUS_INDEXES].reverse()) await queryRunner.dropIndex('customers', index.name!);
  }
}
