import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { ScopedEntity } from './scoped-entity.js';

/** Decimal columns arrive as strings from every driver we use; they stay strings, never floats. */
export const decimalString = { to: (v: unknown) => v, from: (v: unknown) => (v == null ? null : String(v)) };

/** An amount of money: exact, two decimals. */
export const MoneyColumn = (options: { nullable?: boolean; default?: number } = {}) =>
  Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString, ...options });

/** A percentage such as a discount or a tax rate: exact, two decimals. */
export const PercentColumn = () => Column({ type: 'decimal', precision: 5, scale: 2, default: 0, transformer: decimalString });

/**
 * The priced part of a document line (quotes, orders, invoices): what was sold, at which price,
 * discount and tax, and the amounts `taxedLine` computed from them, each rounded to the cent.
 */
export abstract class PricedLineColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'decimal', precision: 18, scale: 4, transformer: decimalString })
  quantity: string;

  @MoneyColumn()
  unitPrice: string;

  @PercentColumn()
  discountPercent: string;

  @PercentColumn()
  taxRate: string;

  @MoneyColumn()
  grossAmount: string;

  @MoneyColumn()
  discountAmount: string;

  @MoneyColumn()
  taxAmount: string;

  @MoneyColumn()
  lineTotal: string;

  @Column({ default: 0 })
  sortOrder: number;
}

/** A priced document (quote, order, invoice): its currency and the sums of its lines' amounts. */
export abstract class PricedDocumentColumns extends ScopedEntity {
  @Column({ length: 3, default: 'CNY' })
  currency: string;

  @MoneyColumn({ default: 0 })
  subtotal: string;

  @MoneyColumn({ default: 0 })
  discountTotal: string;

  @MoneyColumn({ default: 0 })
  taxTotal: string;

  @MoneyColumn({ default: 0 })
  total: string;
}
