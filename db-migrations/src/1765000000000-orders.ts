import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/** Orders made from accepted quotes: lines as quoted, a status flow with who and when for each step. */
export class Orders1765000000000 implements MigrationInterface {
  name = 'Orders1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    await createTable(
      queryRunner,
      'orders',
      [
        c.id(),
        c.string('order_number', 30),
        c.int('customer_id'),
        c.int('quote_id', { nullable: true }),
        c.int('opportunity_id', { nullable: true }),
        c.string('status', 20),
        c.string('currency', 3, { default: "'CNY'" }),
        c.decimal('subtotal', 18, 2, { default: 0 }),
        c.decimal('discount_total', 18, 2, { default: 0 }),
        c.decimal('tax_total', 18, 2, { default: 0 }),
        c.decimal('total', 18, 2, { default: 0 }),
        c.date('promised_on', { nullable: true }),
        c.date('delivered_on', { nullable: true }),
        c.string('delivery_address', 500, { nullable: true }),
        c.text('notes', { nullable: true }),
        c.timestamp('status_changed_at'),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ux_orders_number', ['order_number'], true),
        index('ix_orders_quote', ['quote_id']),
        index('ix_orders_team_created', ['team_path', 'created_at', 'id']),
        index('ix_orders_owner_created', ['owner_id', 'created_at', 'id']),
        index('ix_orders_created', ['created_at', 'id']),
        index('ix_orders_customer', ['customer_id', 'id']),
        index('ix_orders_status_promised', ['status', 'promised_on']),
      ],
      [
        foreignKey('fk_orders_customer', 'customer_id', 'customers'),
        foreignKey('fk_orders_quote', 'quote_id', 'quotes'),
        foreignKey('fk_orders_opportunity', 'opportunity_id', 'opportunities'),
        foreignKey('fk_orders_owner', 'owner_id', 'users'),
      ],
    );

    await createTable(
      queryRunner,
      'order_lines',
      [
        c.id(),
        c.int('order_id'),
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
      [index('ix_order_lines_order', ['order_id', 'sort_order']), index('ix_order_lines_product', ['product_id'])],
      [foreignKey('fk_order_lines_order', 'order_id', 'orders', 'CASCADE'), foreignKey('fk_order_lines_product', 'product_id', 'products')],
    );

    await createTable(
      queryRunner,
      'order_status_history',
      [
        c.id(),
        c.int('order_id'),
        c.string('from_status', 20, { nullable: true }),
        c.string('to_status', 20),
        c.string('note', 500, { nullable: true }),
        c.int('changed_by', { nullable: true }),
        c.timestamp('changed_at'),
      ],
      [index('ix_order_status_history_order', ['order_id', 'id'])],
      [foreignKey('fk_order_status_history_order', 'order_id', 'orders', 'CASCADE')],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('order_status_history');
    await queryRunner.dropTable('order_lines');
    await queryRunner.dropTable('orders');
  }
}
