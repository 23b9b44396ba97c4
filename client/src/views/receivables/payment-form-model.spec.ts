import { describe, expect, it } from 'vitest';
import { describeAllocations, newPaymentModel, toRecordPaymentBody } from './payment-form-model';

describe('payment form model', () => {
  it('records the payment, leaving empty reference, notes and instalment out', () => {
    const model = { ...newPaymentModel(8, '2026-05-01'), amount: '1,400.00' };
    expect(toRecordPaymentBody(model)).toEqual({ contractId: 8, amount: '1400.00', paidOn: '2026-05-01', method: 'bank_transfer' });
    expect(toRecordPaymentBody({ ...model, reference: ' HSBC-1 ', instalmentId: 3 })).toMatchObject({ reference: 'HSBC-1', instalmentId: 3 });
  });

  it('describes the allocation in the server’s order', () => {
    const payment = { allocations: [{ instalmentId: 1, seq: 1, amount: '1333.33' }, { instalmentId: 2, seq: 2, amount: '66.67' }] };
    expect(describeAllocations(payment, (seq, amount) => `#${seq} ${amount}`)).toBe('#1 1,333.33; #2 66.67');
  });
});
