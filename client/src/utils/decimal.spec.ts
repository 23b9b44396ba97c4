import { describe, expect, it } from 'vitest';
import { formatMoney, isMoney, normaliseDecimalInput } from './decimal';

describe('money as text', () => {
  it('accepts what the server accepts', () => {
    for (const value of ['0', '12', '12.5', '12.50', '-3.10', '9999999999999999.99']) expect(isMoney(value)).toBe(true);
    for (const value of ['', '1.234', '12,000', '1e5', '.5', '10000000000000000', 'abc', '1.']) expect(isMoney(value)).toBe(false);
  });

  it('removes spaces and thousands separators a user types', () => {
    expect(normaliseDecimalInput(' 1,234,567.80 ')).toBe('1234567.80');
  });

  it('formats without floating-point rounding', () => {
    expect(formatMoney('9999999999999999.99')).toBe('9,999,999,999,999,999.99');
    expect(formatMoney('1234567.5')).toBe('1,234,567.50');
    expect(formatMoney('-0012')).toBe('-12.00');
    expect(formatMoney('0.1')).toBe('0.10');
    expect(formatMoney('not money')).toBe('not money');
  });
});
