import { describe, expect, it } from 'vitest';
import type { OpportunityDetail } from '@/api/types';
import {
  linePaths,
  newLineRow,
  shownLineTotal,
  toCreateOpportunityBody,
  toOpportunityFormModel,
  toUpdateOpportunityBody,
} from './opportunity-form-model';

const DEAL: OpportunityDetail = {
  id: 1,
  name: 'Switch deal',
  customer: { id: 209, name: 'Dongfeng' },
  pipelineId: 1,
  stageId: 1,
  status: 'open',
  amount: '36982.14',
  currency: 'CNY',
  expectedCloseDate: null,
  probability: 10,
  competitors: null,
  lostReason: null,
  closeNote: null,
  closedAt: null,
  stageEnteredAt: '2026-11-23T14:32:42.454Z',
  notes: null,
  owner: { id: 4, displayName: 'Sam' },
  customFields: {},
  createdAt: '2026-11-23T14:32:42.455Z',
  updatedAt: '2026-11-23T14:32:42.455Z',
  version: 3,
  lines: [
    { productId: 3, productCode: 'HW', productName: 'Switch', quantity: '2.0000', unitPrice: '12416.00', discountPercent: '0.00', lineTotal: '24832.00' },
    { productId: 10, productCode: 'SV', productName: 'Care', quantity: '1.5000', unitPrice: '9000.10', discountPercent: '10.00', lineTotal: '12150.14' },
  ],
  contactIds: [7],
  stageHistory: [],
};

describe('opportunity form model', () => {
  it('creates with product lines as exact text, the server pricing what is left out', () => {
    const model = toOpportunityFormModel();
    Object.assign(model, { name: ' Deal ', customerId: 209, pipelineId: 1, stageId: 2 });
    model.lines.push({ ...newLineRow(), productId: 3, quantity: '2', unitPrice: '12,416.00', discountPercent: '' });
    model.lines.push(newLineRow());
    expect(toCreateOpportunityBody(model)).toEqual({
      name: 'Deal',
      customerId: 209,
      pipelineId: 1,
      stageId: 2,
      lines: [{ productId: 3, quantity: '2', unitPrice: '12416.00' }],
    });
    const withoutLines = { ...toOpportunityFormModel(), name: 'Service', customerId: 5, amount: '1,000' };
    expect(toCreateOpportunityBody(withoutLines)).toEqual({ name: 'Service', customerId: 5, amount: '1000' });
  });

  it('shows the server’s line total only while the line is as it was saved', () => {
    const model = toOpportunityFormModel(DEAL);
    expect(model.lines.map(shownLineTotal)).toEqual(['24832.00', '12150.14']);
    expect(model.lines[0]?.quantity).toBe('2');
    model.lines[0]!.quantity = '3';
    expect(shownLineTotal(model.lines[0]!)).toBeNull();
    model.lines[0]!.quantity = '2.0';
    expect(shownLineTotal(model.lines[0]!)).toBeNull();
  });

  it('sends lines whole when one changed, and nothing of them otherwise', () => {
    const original = toOpportunityFormModel(DEAL);
    const renamed = { ...toOpportunityFormModel(DEAL), name: 'Bigger deal' };
    expect(toUpdateOpportunityBody(original, renamed, 3)).toEqual({ name: 'Bigger deal', version: 3 });
    const edited = toOpportunityFormModel(DEAL);
    edited.lines[1]!.discountPercent = '15';
    expect(toUpdateOpportunityBody(original, edited, 3)).toEqual({
      lines: [
        { productId: 3, quantity: '2', unitPrice: '12416.00', discountPercent: '0' },
        { productId: 10, quantity: '1.5', unitPrice: '9000.10', discountPercent: '15' },
      ],
      version: 3,
    });
  });

  it('names the form paths of each line', () => {
    expect(linePaths(1)).toEqual(['lines.0.productId', 'lines.0.quantity', 'lines.0.unitPrice', 'lines.0.discountPercent']);
  });
});
