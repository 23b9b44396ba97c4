import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/**
 * Contracts with attachments and renewals; payment plans (instalments) on contracts, payments
 * recorded by finance and their allocation to instalments, from which receivables and aging follow.
 */
export class ContractsAndReceivables1765100000000 implements MigrationInterface {
  name = 'ContractsAndReceivables1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    await createTable(
      queryRunner,
      'contracts',
      [
        c.id(),
        c.string('contract_number', 30),
        c.string('title', 200),
        c.int('customer_id'),
        c.int('quote_id', { nullable: true }),
        c.int('order_id', { nullable: true }),
        c.string('party_a', 200),
        c.string('party_b', 200),
        c.decimal('amount', 18, 2),
        c.string('currency', 3, { default: "'CNY'" }),
        c.date('start_on', { nullable: true }),
        c.date('end_on', { nullable: true }),
        c.date('signed_on', { nullable: true }),
        c.text('terms', { nullable: true }),
        c.string('status', 20),
        c.int('renewal_of_id', { nullable: true }),
        c.int('renewed_by_id', { nullable: true }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ux_contracts_number', ['contract_number'], true),
        index('ix_contracts_team_created', ['team_path', 'created_at', 'id']),
        index('ix_contracts_owner_created', ['owner_id', 'created_at', 'id']),
        index('ix_contracts_created', ['created_at', 'id']),
        index('ix_contracts_customer', ['customer_id', 'id']),
        index('ix_contracts_order', ['order_id']),
        index('ix_contracts_status_end', ['status', 'end_on']),
      ],
      [
        foreignKey('fk_contracts_customer', 'customer_id', 'customers'),
        foreignKey('fk_contracts_quote', 'quote_id', 'quotes'),
        foreignKey('fk_contracts_order', 'order_id', 'orders'),
        foreignKey('fk_contracts_owner', 'owner_id', 'users'),
      ],
    );

    await createTable(
      queryRunner,
      'contract_attachments',
      [
        c.id(),
        c.int('contract_id'),
        c.string('file_name', 200),
        c.string('content_type', 100),
        c.int('size_bytes'),
        c.string('sha256', 64),
        c.string('storage_key', 100),
        c.int('uploaded_by', { nullable: true }),
        c.timestamp('uploaded_at'),
      ],
      [index('ix_contract_files_contract', ['contract_id', 'id'])],
      [foreignKey('fk_contract_files_contract', 'contract_id', 'contracts', 'CASCADE')],
    );

    // An instalment copies the scope of the contract it belongs to: receivables are listed in scope.
    await createTable(
      queryRunner,
      'payment_instalments',
      [
        c.id(),
        c.int('contract_id'),
        c.int('customer_id'),
        c.int('seq'),
        c.date('due_on'),
        c.decimal('amount', 18, 2),
        c.decimal('paid_amount', 18, 2, { default: 0 }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ix_instalments_contract', ['contract_id', 'seq']),
        index('ix_instalments_team_due', ['team_path', 'due_on', 'id']),
        index('ix_instalments_owner_due', ['owner_id', 'due_on', 'id']),
        index('ix_instalments_due', ['due_on', 'id']),
        index('ix_instalments_customer', ['customer_id', 'due_on']),
      ],
      [
        foreignKey('fk_instalments_contract', 'contract_id', 'contracts', 'CASCADE'),
        foreignKey('fk_instalments_customer', 'customer_id', 'customers'),
        foreignKey('fk_instalments_owner', 'owner_id', 'users'),
      ],
    );

    await createTable(
      queryRunner,
      'payments',
      [
        c.id(),
        c.int('contract_id'),
        c.int('customer_id'),
        c.decimal('amount', 18, 2),
        c.date('paid_on'),
        c.string('method', 20),
        c.string('reference', 100, { nullable: true }),
        c.string('notes', 500, { nullable: true }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ix_payments_contract', ['contract_id', 'paid_on']),
        index('ix_payments_team_created', ['team_path', 'created_at', 'id']),
        index('ix_payments_owner_created', ['owner_id', 'created_at', 'id']),
        index('ix_payments_created', ['created_at', 'id']),
      ],
      [
        foreignKey('fk_payments_contract', 'contract_id', 'contracts'),
        foreignKey('fk_payments_customer', 'customer_id', 'customers'),
        foreignKey('fk_payments_owner', 'owner_id', 'users'),
      ],
    );

    await createTable(
      queryRunner,
      'payment_allocations',
      [c.id(), c.int('payment_id'), c.int('instalment_id'), c.decimal('amount', 18, 2)],
      [index('ix_allocations_payment', ['payment_id']), index('ix_allocations_instalment', ['instalment_id'])],
      [
        foreignKey('fk_allocations_payment', 'payment_id', 'payments', 'CASCADE'),
        foreignKey('fk_allocations_instalment', 'instalment_id', 'payment_instalments', 'CASCADE'),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['payment_allocations', 'payments', 'payment_instalments', 'contract_attachments', 'contracts']) await queryRunner.dropTable(table);
  }
}
