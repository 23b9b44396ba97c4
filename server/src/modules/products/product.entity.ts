import { Column, Entity } from 'typeorm';
import { decimalString } from '../../common/database/money-columns.js';
import { BookkeepingEntity } from '../../common/database/bookkeeping-entity.js';
import { PicklistField } from '../../common/picklists/picklist-field.decorator.js';

@Entity('product_categories')
export class ProductCategory extends BookkeepingEntity {
  @Column({ length: 100 })
  name: string;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @Column({ default: 0 })
  sortOrder: number;
}

@Entity('products')
export class Product extends BookkeepingEntity {
  @Column({ length: 40 })
  code: string;

  @Column({ length: 200 })
  name: string;

  @Column({ type: 'int', nullable: true })
  categoryId: number | null;

  @PicklistField('unit')
  @Column({ length: 40 })
  unit: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  specification: string | null;

  /** Exact decimals, carried as strings end to end. */
  @Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString })
  listPrice: string;

  @Column({ type: 'decimal', precision: 18, scale: 2, nullable: true, transformer: decimalString })
  cost: string | null;

  /** Percent, e.g. "13.00". */
  @Column({ type: 'decimal', precision: 5, scale: 2, default: 0, transformer: decimalString })
  taxRate: string;

  @Column({ default: true })
  isActive: boolean;

  @Column({ type: 'varchar', nullable: true })
  notes: string | null;
}

@Entity('price_lists')
export class PriceList extends BookkeepingEntity {
  @Column({ length: 100 })
  name: string;

  @Column({ length: 3, default: 'CNY' })
  currency: string;

  /** The customer level the list applies to; null: every customer. */
  @PicklistField('customer_level')
  @Column({ type: 'varchar', length: 10, nullable: true })
  customerLevel: string | null;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** Among lists that apply, the highest priority wins. */
  @Column({ default: 0 })
  priority: number;

  @Column({ default: true })
  isActive: boolean;
}

@Entity('price_list_items')
export class PriceListItem {
  @Column({ primary: true, generated: 'increment' })
  id: number;

  @Column()
  priceListId: number;

  @Column()
  productId: number;

  @Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString })
  unitPrice: string;
}
