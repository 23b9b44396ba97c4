import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/** Quotes with revisions, priced lines and the approval of discounts beyond a role's limit. */
export class Quotes1764800000000 implements MigrationInterface {
  name = 'Quotes1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    // The largest line discount, percent, a role may quote without approval; null: no limit.
    await queryRunner.addColumn('roles', new TableColumn(c.decimal('max_discount_percent', 5, 2, { nullable: true })));
    await queryRunner.query(`UPDATE roles SET max_discount_percent = 10 WHERE role_key = 'sales'`);
    await queryRunner.query(`UPDATE roles SET max_discount_percent = 20 WHERE role_key = 'manager'`);
    for (const role of ['service', 'finance', 'procurement']) {
      await queryRunner.query(`UPDATE roles SET max_discount_percent = 0 WHERE role_key = '${role}'`);
    }

    await createTable(
      queryRunner,
      'quotes',
      [
        c.id(),
        c.string('quote_number', 30),
        c.int('revision'),
        c.string('title', 200),
        c.int('customer_id'),
        c.int('opportunity_id', { nullable: true }),
        c.int('contact_id', { nullable: true }),
        c.string('status', 20),
        c.string('currency', 3, { default: "'CNY'" }),
        c.date('valid_until', { nullable: true }),
        c.decimal('subtotal', 18, 2, { default: 0 }),
        c.decimal('discount_total', 18, 2, { default: 0 }),
        c.decimal('tax_total', 18, 2, { default: 0 }),
        c.decimal('total', 18, 2, { default: 0 }),
        c.decimal('max_discount_percent', 5, 2, { default: 0 }),
        c.int('approver_id', { nullable: true }),
        c.text('terms', { nullable: true }),
        c.text('notes', { nullable: true }),
        c.timestamp('sent_at', { nullable: true }),
        c.timestamp('decided_at', { nullable: true }),
        c.int('superseded_by_id', { nullable: true }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ux_quotes_number_revision', ['quote_number', 'revision'], true),
        index('ix_quotes_team_created', ['team_path', 'created_at', 'id']),
        index('ix_quotes_owner_created', ['owner_id', 'created_at', 'id']),
        index('ix_quotes_created', ['created_at', 'id']),
        index('ix_quotes_customer', ['customer_id', 'id']),
        index('ix_quotes_opportunity', ['opportunity_id']),
        index('ix_quotes_approver', ['approver_id', 'status']),
      ],
      [
        foreignKey('fk_quotes_customer', 'customer_id', 'customers'),
        foreignKey('fk_quotes_opportunity', 'opportunity_id', 'opportunities'),
        foreignKey('fk_quotes_contact', 'contact_id', 'contacts'),
        foreignKey('fk_quotes_owner', 'owner_id', 'users'),
        foreignKey('fk_quotes_approver', 'approver_id', 'users'),
      ],
    );

    await createTable(
      queryRunner,
      'quote_lines',
      [
        c.id(),
        c.int('quote_id'),
        c.int('product_id'),
        c.string('description', 500, { nullable: true }),
        c.decimal('quantity', 18, 4),
        c.decimal('unit_price', 18, 2),
        c.decimal('discount_percent', 5, 2, { default: 0 }),
        c.decimal('tax_rate', 5, 2, { default: 0 }),
        c.decimal('gross_amount', 18, 2),
        c.decimal('discount_amount', 18, 2),
        c.decimal('tax_amount', 18, 2),
        c.decimal('line_total', 18, 2),
        c.int('sort_order', { default: 0 }),
      ],
      [index('ix_quote_lines_quote', ['quote_id', 'sort_order']), index('ix_quote_lines_product', ['product_id'])],
      [foreignKey('fk_quote_lines_quote', 'quote_id', 'quotes', 'CASCADE'), foreignKey('fk_quote_lines_product', 'product_id', 'products')],
    );

    await createTable(
      queryRunner,
      'quote_approvals',
      [
        c.id(),
        c.int('quote_id'),
        c.int('approver_id'),
        c.string('decision', 10, { nullable: true }),
        c.string('note', 1000, { nullable: true }),
        c.timestamp('requested_at'),
        c.timestamp('decided_at', { nullable: true }),
      ],
      [index('ix_quote_approvals_quote', ['quote_id', 'id']), index('ix_quote_approvals_approver', ['approver_id', 'decision'])],
      [foreignKey('fk_quote_approvals_quote', 'quote_id', 'quotes', 'CASCADE'), foreignKey('fk_quote_approvals_user', 'approver_id', 'users')],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('quote_approvals');
    await queryRunner.dropTable('quote_lines');
    await queryRunner.dropTable('quotes');
    await queryRunner.dropColumn('roles', 'max_discount_percent');
  }
}
