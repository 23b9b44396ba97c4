import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/**
 * Administrator-defined configuration: picklists, custom fields and their values, and field-level
 * access rules for built-in fields. Custom field values live in one typed value table (see
 * docs/architecture.md, "Custom fields"): no DDL at run time, the same on every engine.
 */
export class Configuration1764100000000 implements MigrationInterface {
  name = 'Configuration1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    await createTable(
      queryRunner,
      'picklists',
      [
        c.id(),
        c.string('picklist_key', 40, { unique: true }),
        c.string('label_en', 100),
        c.string('label_zh', 100),
        c.bool('is_system', { default: false }),
        ...c.bookkeeping(),
      ],
    );

    await createTable(
      queryRunner,
      'picklist_options',
      [
        c.id(),
        c.string('picklist_key', 40),
        c.string('option_key', 40),
        c.string('label_en', 100),
        c.string('label_zh', 100),
        c.int('sort_order', { default: 0 }),
        c.string('color', 20, { nullable: true }),
        c.bool('is_active', { default: true }),
        ...c.bookkeeping(),
      ],
      [index('ux_picklist_options_key', ['picklist_key', 'option_key'], true)],
    );

    await createTable(
      queryRunner,
      'custom_fields',
      [
        c.id(),
        c.string('entity_key', 40),
        c.string('field_key', 40),
        c.string('label_en', 100),
        c.string('label_zh', 100),
        c.string('field_type', 20),
        c.bool('is_required', { default: false }),
        c.string('default_value', 255, { nullable: true }),
        c.string('help_en', 300, { nullable: true }),
        c.string('help_zh', 300, { nullable: true }),
        c.string('picklist_key', 40, { nullable: true }),
        c.int('decimal_scale', { nullable: true }),
        c.string('visible_roles', 500, { nullable: true }),
        c.string('editable_roles', 500, { nullable: true }),
        c.int('sort_order', { default: 0 }),
        c.bool('is_active', { default: true }),
        ...c.bookkeeping(),
      ],
      [index('ux_custom_fields_key', ['entity_key', 'field_key'], true)],
    );

    await createTable(
      queryRunner,
      'custom_field_values',
      [
        c.id(),
        c.int('field_id'),
        c.int('record_id'),
        c.string('value_text', 255, { nullable: true }),
        c.decimal('value_num', 24, 6, { nullable: true }),
        c.date('value_date', { nullable: true }),
        c.text('value_long', { nullable: true }),
      ],
      [
        index('ix_cfv_record', ['record_id', 'field_id']),
        index('ix_cfv_text', ['field_id', 'value_text', 'record_id']),
        index('ix_cfv_num', ['field_id', 'value_num', 'record_id']),
        index('ix_cfv_date', ['field_id', 'value_date', 'record_id']),
      ],
      [foreignKey('fk_cfv_field', 'field_id', 'custom_fields', 'CASCADE')],
    );

    await createTable(
      queryRunner,
      'field_rules',
      [
        c.id(),
        c.string('module_key', 40),
        c.string('field_key', 60),
        c.string('visible_roles', 500, { nullable: true }),
        c.string('editable_roles', 500, { nullable: true }),
        ...c.bookkeeping(),
      ],
      [index('ux_field_rules_field', ['module_key', 'field_key'], true)],
    );

    await queryRunner.addColumn('contacts', new TableColumn(c.string('contact_role', 40, { nullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('contacts', 'contact_role');
    for (const table of ['field_rules', 'custom_field_values', 'custom_fields', 'picklist_options', 'picklists']) {
      await queryRunner.dropTable(table, true, true, true);
    }
  }
}
