import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/** Pipelines and their stages, opportunities with lines and stage history, follow-up activities. */
export class SalesPipeline1764400000000 implements MigrationInterface {
  name = 'SalesPipeline1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    await createTable(
      queryRunner,
      'pipelines',
      [c.id(), c.string('name_en', 100), c.string('name_zh', 100), c.bool('is_default', { default: false }), c.bool('is_active', { default: true }), c.int('sort_order', { default: 0 }), ...c.bookkeeping()],
    );

    await createTable(
      queryRunner,
      'pipeline_stages',
      [
        c.id(),
        c.int('pipeline_id'),
        c.string('name_en', 100),
        c.string('name_zh', 100),
        c.int('probability'),
        c.int('sort_order'),
        c.string('stage_type', 10),
        ...c.bookkeeping(),
      ],
      [index('ix_pipeline_stages_pipeline', ['pipeline_id', 'sort_order'])],
      [foreignKey('fk_pipeline_stages_pipeline', 'pipeline_id', 'pipelines', 'CASCADE')],
    );

    await createTable(
      queryRunner,
      'opportunities',
      [
        c.id(),
        c.string('name', 200),
        c.int('customer_id'),
        c.int('pipeline_id'),
        c.int('stage_id'),
        c.string('status', 10, { default: "'open'" }),
        c.decimal('amount', 18, 2, { default: 0 }),
        c.string('currency', 3, { default: "'CNY'" }),
        c.date('expected_close_date', { nullable: true }),
        c.int('probability'),
        c.string('competitors', 500, { nullable: true }),
        c.string('lost_reason', 40, { nullable: true }),
        c.string('close_note', 500, { nullable: true }),
        c.timestamp('closed_at', { nullable: true }),
        c.timestamp('stage_entered_at'),
        c.text('notes', { nullable: true }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ix_opps_team_created', ['team_path', 'created_at', 'id']),
        index('ix_opps_owner_created', ['owner_id', 'created_at', 'id']),
        index('ix_opps_created', ['created_at', 'id']),
        index('ix_opps_stage', ['pipeline_id', 'stage_id', 'team_path']),
        index('ix_opps_customer', ['customer_id', 'id']),
        index('ix_opps_name', ['name', 'id']),
      ],
      [
        foreignKey('fk_opps_customer', 'customer_id', 'customers', 'CASCADE'),
        foreignKey('fk_opps_pipeline', 'pipeline_id', 'pipelines'),
        foreignKey('fk_opps_stage', 'stage_id', 'pipeline_stages'),
        foreignKey('fk_opps_owner', 'owner_id', 'users'),
      ],
    );

    await createTable(
      queryRunner,
      'opportunity_contacts',
      [c.int('opportunity_id'), c.int('contact_id')].map((column) => ({ ...column, isPrimary: true })),
      [index('ix_opp_contacts_contact', ['contact_id'])],
      [
        foreignKey('fk_opp_contacts_opp', 'opportunity_id', 'opportunities', 'CASCADE'),
        foreignKey('fk_opp_contacts_contact', 'contact_id', 'contacts'),
      ],
    );

    await createTable(
      queryRunner,
      'opportunity_lines',
      [
        c.id(),
        c.int('opportunity_id'),
        c.int('product_id'),
        c.decimal('quantity', 18, 4),
        c.decimal('unit_price', 18, 2),
        c.decimal('discount_percent', 5, 2, { default: 0 }),
        c.decimal('line_total', 18, 2),
        c.int('sort_order', { default: 0 }),
      ],
      [index('ix_opportunity_lines_opp', ['opportunity_id', 'sort_order']), index('ix_opportunity_lines_product', ['product_id'])],
      [
        foreignKey('fk_opp_lines_opp', 'opportunity_id', 'opportunities', 'CASCADE'),
        foreignKey('fk_opp_lines_product', 'product_id', 'products'),
      ],
    );

    await createTable(
      queryRunner,
      'opportunity_stage_history',
      [
        c.id(),
        c.int('opportunity_id'),
        c.int('from_stage_id', { nullable: true }),
        c.int('to_stage_id'),
        c.int('changed_by', { nullable: true }),
        c.timestamp('changed_at'),
        c.int('seconds_in_stage', { nullable: true }),
      ],
      [index('ix_opp_stage_history_opp', ['opportunity_id', 'id'])],
      [foreignKey('fk_opp_stage_history_opp', 'opportunity_id', 'opportunities', 'CASCADE')],
    );

    await createTable(
      queryRunner,
      'activities',
      [
        c.id(),
        c.string('activity_type', 40),
        c.string('subject', 200),
        c.text('content', { nullable: true }),
        c.timestamp('occurred_at'),
        c.string('outcome', 500, { nullable: true }),
        c.date('next_follow_up_on', { nullable: true }),
        c.int('customer_id', { nullable: true }),
        c.int('contact_id', { nullable: true }),
        c.int('opportunity_id', { nullable: true }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ix_activities_customer', ['customer_id', 'occurred_at']),
        index('ix_activities_contact', ['contact_id', 'occurred_at']),
        index('ix_activities_opp', ['opportunity_id', 'occurred_at']),
        index('ix_activities_owner', ['owner_id', 'occurred_at', 'id']),
        index('ix_activities_team', ['team_path', 'occurred_at', 'id']),
        index('ix_activities_occurred', ['occurred_at', 'id']),
      ],
      [
        foreignKey('fk_activities_customer', 'customer_id', 'customers', 'CASCADE'),
        foreignKey('fk_activities_contact', 'contact_id', 'contacts'),
        foreignKey('fk_activities_opp', 'opportunity_id', 'opportunities'),
        foreignKey('fk_activities_owner', 'owner_id', 'users'),
      ],
    );

    // When a customer was last followed up: the customer pool reclaims those left alone too long.
    await queryRunner.addColumn('customers', new TableColumn(c.timestamp('last_follow_up_at', { nullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('customers', 'last_follow_up_at');
    for (const table of ['activities', 'opportunity_stage_history', 'opportunity_lines', 'opportunity_contacts', 'opportunities', 'pipeline_stages', 'pipelines']) {
      await queryRunner.dropTable(table, true, true, true);
    }
  }
}
