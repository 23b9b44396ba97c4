import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, foreignKey, index } from './portable-columns.js';

/** Follow-up activities logged against a lead, before it becomes a customer. */
export class LeadFollowUps1764900000000 implements MigrationInterface {
  name = 'LeadFollowUps1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumn('activities', new TableColumn(c.int('lead_id', { nullable: true })));
    await queryRunner.createIndex('activities', index('ix_activities_lead', ['lead_id', 'occurred_at']));
    await queryRunner.createForeignKey('activities', foreignKey('fk_activities_lead', 'lead_id', 'leads', 'CASCADE'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropForeignKey('activities', 'fk_activities_lead');
    await queryRunner.dropIndex('activities', 'ix_activities_lead');
    await queryRunner.dropColumn('activities', 'lead_id');
  }
}
