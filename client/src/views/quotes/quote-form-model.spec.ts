import { describe, expect, it } from 'vitest';
import type { OpportunityDetail, QuoteDetail } from '@/api/types';
import { newQuoteLineRow, quoteLinePaths, toCreateQuoteBody, toQuoteFormModel, toUpdateQuoteBody } from './quote-form-model';

const QUOTE: QuoteDetail = {
  id: 7,
  quoteNumber: 'Q2026-000007',
  revision: 1,
  title: 'Widgets',
  customer: { id: 3, name: 'Dongfeng' },
  opportunity: null,
  contactId: null,
  status: 'rejected',
  currency: 'CNY',
  validUntil: '2026-12-31',
  subtotal: '99.99',
  discountTotal: '15.00',
  taxTotal: '11.05',
  total: '96.04',
  maxDiscountPercent: '15.00',
  approver: null,
  terms: null,
  notes: null,
  sentAt: null,
  decidedAt: null,
  supersededById: null,
  owner: { id: 4, name: 'Sam' },
  customFields: {},
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  version: 3,
  lines: [
    {
      productId: 11,
      productCode: 'QW-1',
      productName: 'Widget',
      unit: 'pcs',
      description: null,
      quantity: '3.0000',
      unitPrice: '33.33',
      discountPercent: '15.00',
      taxRate: '13.00',
      grossAmount: '99.99',
      discountAmount: '15.00',
      taxAmount: '11.05',
      lineTotal: '96.04',
    },
  ],
  approvals: [],
  revisions: [],
  discountLimit: '10.00',
  needsApproval: true,
};

describe('quote form model', () => {
  it('leaves empty prices, rates and descriptions to the server when creating for a customer', () => {
    const model = toQuoteFormModel(null, { customer: { id: 3, name: 'Dongfeng' } });
    model.title = ' New widgets ';
    model.lines.push({ ...newQuoteLineRow(), productId: 11, quantity: '1,000', discountPercent: '5' });
    expect(toCreateQuoteBody(model)).toEqual({ title: 'New widgets', customerId: 3, lines: [{ productId: 11, quantity: '1000', discountPercent: '5' }] });
  });

  it('starts from an opportunity’s lines and names the opportunity instead of the customer', () => {
    const opportunity = {
      id: 5,
      name: 'Big deal',
      customer: { id: 3, name: 'Dongfeng' },
      lines: [{ productId: 11, productCode: 'QW-1', productName: 'Widget', quantity: '10.0000', unitPrice: '33.33', discountPercent: '5.00', lineTotal: '316.64' }],
    } as unknown as OpportunityDetail;
    const model = toQuoteFormModel(null, { opportunity });
    expect(model).toMatchObject({ title: 'Big deal', customerId: 3 });
    expect(toCreateQuoteBody(model, { opportunity })).toEqual({
      title: 'Big deal',
      opportunityId: 5,
      lines: [{ productId: 11, quantity: '10', unitPrice: '33.33', discountPercent: '5' }],
    });
  });

  it('sends only what changed, the lines whole when one of them changed', () => {
    const original = toQuoteFormModel(QUOTE);
    expect(toUpdateQuoteBody(original, toQuoteFormModel(QUOTE), 3)).toEqual({ version: 3 });
    const edited = toQuoteFormModel(QUOTE);
    edited.lines[0]!.discountPercent = '12';
    edited.notes = 'Call first';
    expect(toUpdateQuoteBody(original, edited, 3)).toEqual({
      notes: 'Call first',
      lines: [{ productId: 11, quantity: '3', unitPrice: '33.33', discountPercent: '12', taxRate: '13' }],
      version: 3,
    });
  });

  it('names every line cell a server problem can land on', () => {
    expect(quoteLinePaths(2)).toContain('lines.1.quantity');
    expect(quoteLinePaths(2)).toHaveLength(12);
  });
});
