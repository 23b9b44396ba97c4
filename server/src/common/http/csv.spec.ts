import { describe, expect, it } from '@jest/globals';
import { csvCell, csvLine } from './csv.js';

describe('csv', () => {
  it('quotes separators and quotes, keeps Chinese, neutralises formulas', () => {
    expect(csvLine(['华星科技', 'a,b', 'say "hi"', null, 12.5])).toBe('华星科技,"a,b","say ""hi""",,12.5\r\n');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+86 21 5000')).toBe("'+86 21 5000");
  });
});
