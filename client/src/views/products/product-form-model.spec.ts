import { describe, expect, it } from 'vitest';
import type { Product } from '@/api/types';
import { toCreateProductBody, toProductFormModel, toUpdateProductBody } from './product-form-model';

const PRODUCT: Product = {
  id: 3,
  code: 'HW-NET-01',
  name: 'Core switch',
  categoryId: 1,
  unit: 'pcs',
  specification: null,
  listPrice: '12800.00',
  cost: '9100.00',
  taxRate: '13.00',
  isActive: true,
  notes: null,
  customFields: {},
  version: 4,
};

describe('product form model', () => {
  it('creates with money as exact text and without empty fields', () => {
    const model = { ...toProductFormModel(), code: ' P-1 ', name: 'Cable', unit: 'm', listPrice: '1,299.90' };
    expect(toCreateProductBody(model)).toEqual({ code: 'P-1', name: 'Cable', unit: 'm', listPrice: '1299.90', isActive: true });
  });

  it('updates only what changed', () => {
    const original = toProductFormModel(PRODUCT);
    expect(toUpdateProductBody(original, { ...original, listPrice: '12,500', isActive: false }, 4)).toEqual({
      listPrice: '12500',
      isActive: false,
      version: 4,
    });
  });

  it('copes with fields the user may not see', () => {
    const hidden: Product = { ...PRODUCT };
    delete hidden.cost;
    delete hidden.listPrice;
    const original = toProductFormModel(hidden);
    expect(original.cost).toBe('');
    expect(toUpdateProductBody(original, { ...original, name: 'Switch' }, 4)).toEqual({ name: 'Switch', version: 4 });
  });
});
