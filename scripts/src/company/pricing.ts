/**
 * Money in integer cents, priced the way the server prices a taxed line (`taxedLine` in the server's
 * common/money.ts): gross = quantity x unit price, discount = gross x discount%, tax = (gross -
 * discount) x tax%, each rounded to the cent half away from zero, total = gross - discount + tax.
 * Integers instead of decimals because millions of lines are priced per run; the unit tests check
 * the results against the server's own functions.
 */

/** Quantities carry four decimals, percentages two: both are held as integers at that scale. */
export const QUANTITY_SCALE = 10_000;
export const PERCENT_SCALE = 100;

export interface PricedLine {
  /** Ten-thousandths of a unit. */
  quantity: number;
  unitPriceCents: number;
  /** Hundredths of a percent: 1250 is 12.50%. */
  discountBasis: number;
  taxBasis: number;
  grossCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
}

/** value / divisor rounded half away from zero, for value >= 0 (exact: every operand stays below 2^53). */
function divideRounded(value: number, divisor: number): number {
  return Math.floor((value + divisor / 2) / divisor);
}

export function priceLine(quantity: number, unitPriceCents: number, discountBasis: number, taxBasis: number): PricedLine {
  const grossCents = divideRounded(quantity * unitPriceCents, QUANTITY_SCALE);
  const discountCents = divideRounded(grossCents * discountBasis, 100 * PERCENT_SCALE);
  const taxCents = divideRounded((grossCents - discountCents) * taxBasis, 100 * PERCENT_SCALE);
  return { quantity, unitPriceCents, discountBasis, taxBasis, grossCents, discountCents, taxCents, totalCents: grossCents - discountCents + taxCents };
}

export interface DocumentCents {
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
}

/** A document's totals: the sums of its lines' rounded amounts, as the server adds them. */
export function documentCents(lines: PricedLine[]): DocumentCents {
  const totals = { subtotal: 0, discountTotal: 0, taxTotal: 0, total: 0 };
  for (const line of lines) {
    totals.subtotal += line.grossCents;
    totals.discountTotal += line.discountCents;
    totals.taxTotal += line.taxCents;
    totals.total += line.totalCents;
  }
  return totals;
}

/** An integer at `scale` as the decimal string a DECIMAL column takes: 123456 at 100 is "1234.56". */
export function decimal(value: number, scale: number): string {
  const digits = String(scale).length - 1;
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  return `${sign}${Math.floor(magnitude / scale)}.${String(magnitude % scale).padStart(digits, '0')}`;
}

export const cents = (value: number): string => decimal(value, 100);
