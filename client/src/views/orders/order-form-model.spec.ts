import { describe, expect, it } from 'vitest';
import { toCreateOrderBody, toUpdateOrderBody } from './order-form-model';

describe('order form model', () => {
  it('leaves empty fields out of a new order', () => {
    expect(toCreateOrderBody(7, { promisedOn: '2030-01-15', deliveryAddress: '  ', notes: '' })).toEqual({ quoteId: 7, promisedOn: '2030-01-15' });
  });

  it('sends only what changed, clearing emptied fields', () => {
    const original = { promisedOn: '2030-01-15', deliveryAddress: 'Dock 4', notes: 'Ring first' };
    expect(toUpdateOrderBody(original, { ...original, promisedOn: '', notes: ' Ring twice ' }, 3)).toEqual({ version: 3, promisedOn: null, notes: 'Ring twice' });
  });
});
