import { describe, expect, it } from 'vitest';
import type { ContractDetail } from '@/api/types';
import { toContractFormModel, toCreateContractBody, toUpdateContractBody } from './contract-form-model';
import { paymentPlanPaths, toInstalmentInputs, toPaymentPlanModel } from './payment-plan-model';

const contract = {
  id: 7,
  title: 'Supply',
  customer: { id: 3, name: 'Acme' },
  amount: '1000.00',
  partyA: 'Us',
  partyB: 'Acme',
  startOn: '2027-01-01',
  endOn: null,
  terms: null,
  version: 2,
  instalments: [{ id: 1, seq: 1, dueOn: '2027-01-31', amount: '1000.00', paidAmount: '0.00', outstanding: '1000.00', daysOverdue: 0 }],
} as unknown as ContractDetail;

describe('contract form model', () => {
  it('creates from an order without a customer, leaving empty fields out', () => {
    const model = { ...toContractFormModel(null), title: ' Annual ', amount: '1,200.50' };
    expect(toCreateContractBody(model, { order: { id: 9, name: 'SO2026-000009' } })).toEqual({ title: 'Annual', orderId: 9, amount: '1200.50' });
  });

  it('creates on its own for the customer picked', () => {
    const model = { ...toContractFormModel(null), title: 'Own', customerId: 3, amount: '10', endOn: '2027-12-31' };
    expect(toCreateContractBody(model)).toEqual({ title: 'Own', customerId: 3, amount: '10', endOn: '2027-12-31' });
  });

  it('updates only what changed, clearing emptied dates', () => {
    const original = toContractFormModel(contract);
    const edited = { ...original, startOn: '', terms: 'Net 30' };
    expect(toUpdateContractBody(original, edited, 2)).toEqual({ version: 2, startOn: null, terms: 'Net 30' });
  });
});

describe('payment plan model', () => {
  it('edits the instalments as they are and sends them with normalised amounts', () => {
    const model = toPaymentPlanModel(contract);
    model.instalments.push({ dueOn: '2027-02-28', amount: '1 000.00' });
    expect(paymentPlanPaths(model)).toEqual(['instalments', 'instalments.0.dueOn', 'instalments.0.amount', 'instalments.1.dueOn', 'instalments.1.amount']);
    expect(toInstalmentInputs(model)).toEqual([
      { dueOn: '2027-01-31', amount: '1000.00' },
      { dueOn: '2027-02-28', amount: '1000.00' },
    ]);
  });
});
