import { describe, expect, it } from 'vitest';
import { endsBeforeStart, toPriceListBody, toPriceListFormModel } from './price-list-form-model';
import { itemProblems, toItemInputs, toItemRows } from './price-list-items';

describe('price list items', () => {
  it('sends exact prices and names the rows that cannot be saved', () => {
    const rows = toItemRows([{ productId: 3, productCode: 'A', productName: 'Switch', unitPrice: '12416.00' }]);
    rows.push({ productId: 3, productCode: 'A', productName: 'Switch', unitPrice: '1,000.5' });
    rows.push({ productId: undefined, productCode: '', productName: '', unitPrice: '1.234' });
    expect(itemProblems(rows)).toEqual([
      { row: 1, problem: 'duplicate' },
      { row: 2, problem: 'product' },
      { row: 2, problem: 'price' },
    ]);
    expect(toItemInputs(rows.slice(0, 2))).toEqual([
      { productId: 3, unitPrice: '12416.00' },
      { productId: 3, unitPrice: '1000.5' },
    ]);
  });
});

describe('price list header', () => {
  it('sends an empty level and end date as null', () => {
    const model = { ...toPriceListFormModel(null, '2026-01-01'), name: ' Spring ' };
    expect(toPriceListBody(model)).toEqual({
      name: 'Spring',
      customerLevel: null,
      validFrom: '2026-01-01',
      validTo: null,
      priority: 0,
      isActive: true,
    });
    expect(endsBeforeStart({ validFrom: '2026-03-01', validTo: '2026-02-28' })).toBe(true);
    expect(endsBeforeStart({ validFrom: '2026-03-01', validTo: '' })).toBe(false);
  });
});
