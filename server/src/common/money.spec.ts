import { describe, expect, it } from '@jest/globals';
import { lineTotal, sum } from './money.js';

describe('money', () => {
  it('computes line totals exactly, rounding half up once per line', () => {
    expect(lineTotal('3', '33.33')).toBe('99.99');
    expect(lineTotal('3', '33.33', '15')).toBe('84.99');
    expect(lineTotal('0.1', '0.2')).toBe('0.02');
    expect(lineTotal('1', '0.125')).toBe('0.13');
    expect(lineTotal('2.5', '19.99', '12.5')).toBe('43.73');
    expect(lineTotal('1000000', '99999999.99')).toBe('99999999990000.00');
  });

  it('sums without floating-point drift', () => {
    expect(sum(['0.10', '0.20'])).toBe('0.30');
    expect(sum(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
  });
});
