import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/**
 * Invoices against orders or contracts, and the counters that number documents per year without
 * gaps: a number is taken inside the transaction that issues, so a failed issue gives it back.
 */
export class Invoices1765200000000 implements MigrationInterface {
  name = 'Invoices1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    await createTable(queryRunner, 'document_sequences', [{ ...c.string('seq_key', 40), isPrimary: true }, c.int('next_value')]);

    await createTable(
      queryRunner,
      'invoices',
      [
        c.id(),
        c.string('invoice_number', 30, { nullable: true }),
        c.int('customer_id'),
        c.int('order_id', { nullable: true }),
        c.int('contract_id', { nullable: true }),
        c.string('status', 10),
        c.date('issued_on', { nullable: true }),
        c.string('currency', 3, { default: "'CNY'" }),
        c.decimal('subtotal', 18, 2, { default: 0 }),
        c.decimal('discount_total', 18, 2, { default: 0 }),
        c.decimal('tax_total', 18, 2, { default: 0 }),
        c.decimal('total', 18, 2, { default: 0 }),
        c.string('notes', 1000, { nullable: true }),
        c.string('void_reason', 500, { nullable: true }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ix_invoices_number', ['invoice_number']),
        index('ix_invoices_team_created', ['team_path', 'created_at', 'id']),
        index('ix_invoices_owner_created', ['owner_id', 'created_at', 'id']),
        index('ix_invoices_created', ['created_at', 'id']),
        index('ix_invoices_order', ['order_id']),
        index('ix_invoices_contract', ['contract_id']),
      ],
      [
        foreignKey('fk_invoices_customer', 'customer_id', 'customers'),
        foreignKey('fk_invoices_order', 'order_id', 'orders'),
        foreignKey('fk_invoices_contract', 'contract_id', 'contracts'),
        foreignKey('fk_invoices_owner', 'owner_id', 'users'),
      ],
    );

    // One row per issued invoice: the (year, number) pair is unique on every engine, which a
    // nullable number on the invoice itself could not be on SQL Server.
    await createTable(
      queryRunner,
      'invoice_numbers',
      [{ ...c.int('invoice_id'), isPrimary: true }, c.int('number_year'), c.int('seq')],
      [index('ux_invoice_numbers_year_seq', ['number_year', 'seq'], true)],
      [foreignKey('fk_invoice_numbers_invoice', 'invoice_id', 'invoices', 'CASCADE')],
    );

    await createTable(
      queryRunner,
      'invoice_lines',
      [
        c.id(),
        c.int('invoice_id'),
        c.int('product_id', { nullable: true }),
        c.string('description', 500),
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
      [index('ix_invoice_lines_invoice', ['invoice_id', 'sort_order'])],
      [foreignKey('fk_invoice_lines_invoice', 'invoice_id', 'invoices', 'CASCADE'), foreignKey('fk_invoice_lines_product', 'product_id', 'products')],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['invoice_lines', 'invoice_numbers', 'invoices', 'document_sequences']) await queryRunner.dropTable(table);
  }
}
