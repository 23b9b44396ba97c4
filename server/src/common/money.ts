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
