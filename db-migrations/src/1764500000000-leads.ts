import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/**
 * Leads, the rules that assign them, and the API tokens website forms post leads with. A lead
 * without an owner waits in the pool of the team its team_path names.
 */
export class Leads1764500000000 implements MigrationInterface {
  name = 'Leads1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    await createTable(
      queryRunner,
      'leads',
      [
        c.id(),
        c.string('name', 100),
        c.string('company', 200, { nullable: true }),
        c.string('phone', 40, { nullable: true }),
        c.string('email', 200, { nullable: true }),
        c.string('source', 40, { nullable: true }),
        c.string('campaign', 100, { nullable: true }),
        c.string('industry', 40, { nullable: true }),
        c.string('region', 40, { nullable: true }),
        c.string('status', 20, { default: "'new'" }),
        c.string('disqualify_reason', 500, { nullable: true }),
        c.text('notes', { nullable: true }),
        c.int('owner_id', { nullable: true }),
        c.string('team_path', 120),
        c.int('converted_customer_id', { nullable: true }),
        c.int('converted_contact_id', { nullable: true }),
        c.int('converted_opp_id', { nullable: true }),
        c.timestamp('converted_at', { nullable: true }),
        ...c.bookkeeping(),
      ],
      [
        index('ix_leads_team_created', ['team_path', 'created_at', 'id']),
        index('ix_leads_owner_created', ['owner_id', 'created_at', 'id']),
        index('ix_leads_created', ['created_at', 'id']),
        index('ix_leads_status', ['status', 'team_path']),
        index('ix_leads_phone', ['phone']),
        index('ix_leads_email', ['email']),
      ],
      [foreignKey('fk_leads_owner', 'owner_id', 'users')],
    );

    await createTable(
      queryRunner,
      'lead_rules',
      [
        c.id(),
        c.string('name', 100),
        c.string('match_field', 20, { nullable: true }),
        c.string('match_value', 40, { nullable: true }),
        c.int('team_id'),
        c.int('priority', { default: 0 }),
        c.bool('is_active', { default: true }),
        c.int('last_user_id', { nullable: true }),
        ...c.bookkeeping(),
      ],
      [index('ix_lead_rules_priority', ['is_active', 'priority'])],
      [foreignKey('fk_lead_rules_team', 'team_id', 'teams', 'CASCADE')],
    );

    await createTable(
      queryRunner,
      'api_tokens',
      [
        c.id(),
        c.string('name', 100),
        c.string('token_hash', 64, { unique: true }),
        c.string('token_hint', 12),
        c.int('team_id'),
        c.bool('is_active', { default: true }),
        c.timestamp('last_used_at', { nullable: true }),
        ...c.bookkeeping(),
      ],
      [],
      [foreignKey('fk_api_tokens_team', 'team_id', 'teams')],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['api_tokens', 'lead_rules', 'leads']) await queryRunner.dropTable(table, true, true, true);
  }
}
