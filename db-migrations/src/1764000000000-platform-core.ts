import { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/**
 * Teams, users, roles, sessions, audit log, customers and contacts.
 * Every business row carries owner_id and team_path: the row-level access scope is one indexed
 * predicate on the row (see docs/architecture.md), and every list sort has an index that starts
 * with a scope column.
 */
export class PlatformCore1764000000000 implements MigrationInterface {
  name = 'PlatformCore1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    await createTable(
      queryRunner,
      'teams',
      [
        c.id(),
        c.string('name', 100),
        c.string('team_kind', 20),
        c.int('parent_id', { nullable: true }),
        c.string('team_path', 120),
        c.int('manager_id', { nullable: true }),
        ...c.bookkeeping(),
      ],
      [index('ux_teams_path', ['team_path'], true), index('ix_teams_parent', ['parent_id'])],
      [foreignKey('fk_teams_parent', 'parent_id', 'teams')],
    );

    await createTable(
      queryRunner,
      'users',
      [
        c.id(),
        c.string('username', 60, { unique: true }),
        c.string('display_name', 100),
        c.string('email', 200, { nullable: true }),
        c.string('password_hash', 200),
        c.int('team_id'),
        c.bool('is_active', { default: true }),
        c.int('failed_logins', { default: 0 }),
        c.timestamp('locked_until', { nullable: true }),
        c.timestamp('password_changed_at', { nullable: true }),
        c.string('locale', 10, { default: "'en'" }),
        ...c.bookkeeping(),
      ],
      [index('ix_users_team', ['team_id'])],
      [foreignKey('fk_users_team', 'team_id', 'teams')],
    );

    await createTable(
      queryRunner,
      'roles',
      [
        c.id(),
        c.string('role_key', 40, { unique: true }),
        c.string('name', 100),
        c.string('description', 500, { nullable: true }),
        c.bool('is_system', { default: false }),
        ...c.bookkeeping(),
      ],
    );

    await createTable(
      queryRunner,
      'role_grants',
      [
        c.id(),
        c.int('role_id'),
        c.string('module_key', 40),
        c.string('actions', 200),
        c.string('data_scope', 10),
      ],
      [index('ux_role_grants_module', ['role_id', 'module_key'], true)],
      [foreignKey('fk_role_grants_role', 'role_id', 'roles', 'CASCADE')],
    );

    await createTable(
      queryRunner,
      'user_roles',
      [c.int('user_id'), c.int('role_id')].map((column) => ({ ...column, isPrimary: true })),
      [index('ix_user_roles_role', ['role_id'])],
      [
        foreignKey('fk_user_roles_user', 'user_id', 'users', 'CASCADE'),
        foreignKey('fk_user_roles_role', 'role_id', 'roles', 'CASCADE'),
      ],
    );

    await createTable(
      queryRunner,
      'refresh_tokens',
      [
        c.id(),
        c.int('user_id'),
        c.string('family_id', 36),
        c.string('token_hash', 64, { unique: true }),
        c.timestamp('expires_at'),
        c.timestamp('used_at', { nullable: true }),
        c.timestamp('revoked_at', { nullable: true }),
        c.timestamp('created_at'),
      ],
      [index('ix_refresh_tokens_family', ['family_id']), index('ix_refresh_tokens_user', ['user_id'])],
      [foreignKey('fk_refresh_tokens_user', 'user_id', 'users', 'CASCADE')],
    );

    await createTable(
      queryRunner,
      'audit_log',
      [
        c.id(),
        c.string('entity_type', 40),
        c.int('entity_id'),
        c.string('action', 20),
        c.int('actor_id', { nullable: true }),
        c.timestamp('occurred_at'),
        c.text('changes', { nullable: true }),
        c.string('request_id', 40, { nullable: true }),
      ],
      [index('ix_audit_log_entity', ['entity_type', 'entity_id', 'id']), index('ix_audit_log_actor', ['actor_id'])],
    );

    await createTable(
      queryRunner,
      'customers',
      [
        c.id(),
        c.string('code', 40, { unique: true }),
        c.string('name', 200),
        c.string('customer_type', 20),
        c.string('industry', 40, { nullable: true }),
        c.string('customer_level', 10, { nullable: true }),
        c.string('source', 40, { nullable: true }),
        c.string('region', 40, { nullable: true }),
        c.string('address', 300, { nullable: true }),
        c.string('phone', 40, { nullable: true }),
        c.string('email', 200, { nullable: true }),
        c.string('website', 200, { nullable: true }),
        c.string('tags', 500, { nullable: true }),
        c.decimal('credit_limit', 18, 2, { nullable: true }),
        c.string('status', 20, { default: "'active'" }),
        c.text('notes', { nullable: true }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ix_customers_team_name', ['team_path', 'name', 'id']),
        index('ix_customers_team_created', ['team_path', 'created_at', 'id']),
        index('ix_customers_owner_name', ['owner_id', 'name', 'id']),
        index('ix_customers_owner_created', ['owner_id', 'created_at', 'id']),
        index('ix_customers_name', ['name', 'id']),
        index('ix_customers_created', ['created_at', 'id']),
        index('ix_customers_phone', ['phone']),
        index('ix_customers_email', ['email']),
      ],
      [foreignKey('fk_customers_owner', 'owner_id', 'users')],
    );

    await createTable(
      queryRunner,
      'contacts',
      [
        c.id(),
        c.int('customer_id'),
        c.string('name', 100),
        c.string('title', 100, { nullable: true }),
        c.string('mobile', 40, { nullable: true }),
        c.string('phone', 40, { nullable: true }),
        c.string('email', 200, { nullable: true }),
        c.date('birthday', { nullable: true }),
        c.bool('is_primary', { default: false }),
        c.text('notes', { nullable: true }),
        c.int('owner_id'),
        c.string('team_path', 120),
        ...c.bookkeeping(),
      ],
      [
        index('ix_contacts_customer', ['customer_id', 'id']),
        index('ix_contacts_team_name', ['team_path', 'name', 'id']),
        index('ix_contacts_owner_name', ['owner_id', 'name', 'id']),
        index('ix_contacts_name', ['name', 'id']),
      ],
      [
        foreignKey('fk_contacts_customer', 'customer_id', 'customers', 'CASCADE'),
        foreignKey('fk_contacts_owner', 'owner_id', 'users'),
      ],
    );

    await createTable(queryRunner, 'app_settings', [c.string('setting_key', 60), c.text('setting_value')].map(
      (column, i) => (i === 0 ? { ...column, isPrimary: true } : column),
    ));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'app_settings',
      'contacts',
      'customers',
      'audit_log',
      'refresh_tokens',
      'user_roles',
      'role_grants',
      'roles',
      'users',
      'teams',
    ]) {
      await queryRunner.dropTable(table, true, true, true);
    }
  }
}
