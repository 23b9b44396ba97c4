import { describe, expect, it } from 'vitest';
import { beyondTotalOf, invoiceFormPaths, newInvoiceModel, toCreateInvoiceBody } from './invoice-form-model';

describe('invoice form model', () => {
  it('invoices every line of an order: no lines sent', () => {
    const model = { ...newInvoiceModel({ kind: 'order', id: 4, number: 'SO1' }), notes: ' March ' };
    expect(model.lines).toEqual([]);
    expect(toCreateInvoiceBody({ kind: 'order', id: 4, number: 'SO1' }, model)).toEqual({ orderId: 4, notes: 'March' });
  });

  it('sends a contract invoice’s lines, without an empty discount', () => {
    const origin = { kind: 'contract' as const, id: 5, number: 'CT1' };
    const model = newInvoiceModel(origin);
    Object.assign(model.lines[0]!, { description: ' First instalment ', quantity: '1', unitPrice: '1,088.50', taxRate: '13' });
    expect(invoiceFormPaths(model)).toContain('lines.0.unitPrice');
    expect(toCreateInvoiceBody(origin, model)).toEqual({
      contractId: 5,
      lines: [{ description: 'First instalment', quantity: '1', unitPrice: '1088.50', taxRate: '13' }],
    });
  });

  it('reads the invoiced amount and the ceiling from INVOICED_BEYOND_TOTAL', () => {
    expect(beyondTotalOf({ invoiced: '100.01', ceiling: '300.00' })).toEqual({ invoiced: '100.01', ceiling: '300.00' });
    expect(beyondTotalOf(undefined)).toBeNull();
  });
});
