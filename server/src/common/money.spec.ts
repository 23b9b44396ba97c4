import { describe, expect, it } from '@jest/globals';
import { documentTotals, lineTotal, sum, taxedLine } from './money.js';

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

  it('prices a taxed line step by step, each step rounded to the cent', () => {
    // 3 x 33.33 = 99.99; 15% of it is 14.9985 -> 15.00; 13% tax on 84.99 is 11.0487 -> 11.05.
    expect(taxedLine('3', '33.33', '15', '13')).toEqual({ grossAmount: '99.99', discountAmount: '15.00', taxAmount: '11.05', lineTotal: '96.04' });
    expect(taxedLine('0.5', '0.01', '0', '13')).toEqual({ grossAmount: '0.01', discountAmount: '0.00', taxAmount: '0.00', lineTotal: '0.01' });
    expect(taxedLine('7', '14.285', '33.33', '6')).toEqual({ grossAmount: '100.00', discountAmount: '33.33', taxAmount: '4.00', lineTotal: '70.67' });
  });

  it('totals a document as the sums of its printed line amounts', () => {
    const lines = [taxedLine('3', '33.33', '15', '13'), taxedLine('1', '0.05', '10', '13'), taxedLine('2', '1999.995', '0', '9')];
    expect(documentTotals(lines)).toEqual({ subtotal: '4100.03', discountTotal: '15.01', taxTotal: '371.06', total: '4456.08' });
  });
});
