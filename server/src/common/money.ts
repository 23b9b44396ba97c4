import { Decimal } from 'decimal.js';

/**
 * Exact decimal arithmetic for money. Amounts travel as strings; here they become Decimals, never
 * floats. Rounding rule: half away from zero, to the cent, once per line (see docs/architecture.md).
 */
const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export type Amount = InstanceType<typeof Money>;

export function amount(value: string | number | Amount): Amount {
  return new Money(value);
}

/** A line's total: quantity x unit price, less a percentage discount, rounded to the cent. */
export function lineTotal(quantity: string, unitPrice: string, discountPercent = '0'): string {
  const gross = amount(quantity).times(unitPrice);
  const net = gross.times(amount(100).minus(discountPercent)).dividedBy(100);
  return toCents(net);
}

export function sum(values: string[]): string {
  return toCents(values.reduce((total, value) => total.plus(value), amount(0)));
}

export function toCents(value: Amount): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export interface LineAmounts {
  grossAmount: string;
  discountAmount: string;
  taxAmount: string;
  lineTotal: string;
}

/**
 * A taxed line (quotes, orders, invoices). Each step is rounded to the cent, half away from zero:
 * gross = quantity x unit price; discount = gross x discount%; tax = (gross - discount) x tax%;
 * total = gross - discount + tax. A document's totals are the sums of its lines' rounded amounts,
 * so the lines printed always add up to the total printed.
 */
export function taxedLine(quantity: string, unitPrice: string, discountPercent: string, taxRate: string): LineAmounts {
  const gross = amount(amount(quantity).times(unitPrice).toDecimalPlaces(2));
  const discount = amount(gross.times(discountPercent).dividedBy(100).toDecimalPlaces(2));
  const net = gross.minus(discount);
  const tax = amount(net.times(taxRate).dividedBy(100).toDecimalPlaces(2));
  return { grossAmount: gross.toFixed(2), discountAmount: discount.toFixed(2), taxAmount: tax.toFixed(2), lineTotal: net.plus(tax).toFixed(2) };
}

/** The totals of a document: each the sum of its lines' rounded amounts. */
export function documentTotals(lines: LineAmounts[]) {
  return {
    subtotal: sum(lines.map((line) => line.grossAmount)),
    discountTotal: sum(lines.map((line) => line.discountAmount)),
    taxTotal: sum(lines.map((line) => line.taxAmount)),
    total: sum(lines.map((line) => line.lineTotal)),
  };
}
