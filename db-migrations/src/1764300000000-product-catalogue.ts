import type { MigrationInterface, QueryRunner } from 'typeorm';
import { columnsFor, createTable, foreignKey, index } from './portable-columns.js';

/** The product catalogue and price lists: company-wide data, not owned by a salesperson. */
export class ProductCatalogue1764300000000 implements MigrationInterface {
  name = 'ProductCatalogue1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);

    await createTable(
      queryRunner,
      'product_categories',
      [c.id(), c.string('name', 100), c.int('parent_id', { nullable: true }), c.int('sort_order', { default: 0 }), ...c.bookkeeping()],
      [index('ix_product_categories_parent', ['parent_id'])],
      [foreignKey('fk_product_categories_parent', 'parent_id', 'product_categories')],
    );

    await createTable(
      queryRunner,
      'products',
      [
        c.id(),
        c.string('code', 40, { unique: true }),
        c.string('name', 200),
        c.int('category_id', { nullable: true }),
        c.string('unit', 40),
        c.string('specification', 500, { nullable: true }),
        c.decimal('list_price', 18, 2),
        c.decimal('cost', 18, 2, { nullable: true }),
        c.decimal('tax_rate', 5, 2, { default: 0 }),
        c.bool('is_active', { default: true }),
        c.text('notes', { nullable: true }),
        ...c.bookkeeping(),
      ],
      [index('ix_products_name', ['name', 'id']), index('ix_products_category', ['category_id', 'name'])],
      [foreignKey('fk_products_category', 'category_id', 'product_categories')],
    );

    await createTable(
      queryRunner,
      'price_lists',
      [
        c.id(),
        c.string('name', 100),
        c.string('currency', 3, { default: "'CNY'" }),
        c.string('customer_level', 10, { nullable: true }),
        c.date('valid_from'),
        c.date('valid_to', { nullable: true }),
        c.int('priority', { default: 0 }),
        c.bool('is_active', { default: true }),
        ...c.bookkeeping(),
      ],
      [index('ix_price_lists_validity', ['is_active', 'valid_from'])],
    );

    await createTable(
      queryRunner,
      'price_list_items',
      [c.id(), c.int('price_list_id'), c.int('product_id'), c.decimal('unit_price', 18, 2)],
      [index('ux_price_list_items_product', ['price_list_id', 'product_id'], true), index('ix_price_list_items_product', ['product_id'])],
      [
        foreignKey('fk_price_list_items_list', 'price_list_id', 'price_lists', 'CASCADE'),
        foreignKey('fk_price_list_items_product', 'product_id', 'products', 'CASCADE'),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['price_list_items', 'price_lists', 'products', 'product_categories']) {
      await queryRunner.dropTable(table, true, true, true);
    }
  }
}
