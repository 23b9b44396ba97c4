import type { MigrationInterface, QueryRunner } from 'typeorm';
import { engineOf } from './portable-columns.js';

/**
 * Trigram indexes for "name contains" search on PostgreSQL. pg_trgm ships with PostgreSQL and is
 * a trusted extension; where the database user may not create it, search still works, by scan.
 * Other engines use their ordinary indexes (see docs/architecture.md, "Search").
 */
export class NameSearch1764200000000 implements MigrationInterface {
  name = 'NameSearch1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (engineOf(queryRunner) !== 'postgres') return;
    const [{ available }] = await queryRunner.query(`
      SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')
          OR (EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm')
              AND ((SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
                   OR has_database_privilege(current_database(), 'CREATE'))) AS available`);
    if (!available) return;
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE INDEX IF NOT EXISTS ix_customers_name_trgm ON customers USING gin (name gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX IF NOT EXISTS ix_contacts_name_trgm ON contacts USING gin (name gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (engineOf(queryRunner) !== 'postgres') return;
    await queryRunner.query('DROP INDEX IF EXISTS ix_contacts_name_trgm');
    await queryRunner.query('DROP INDEX IF EXISTS ix_customers_name_trgm');
  }
}
