import { describe, expect, it } from 'vitest';
import { toConvertLeadBody, toLeadConvertModel } from './lead-convert-model';

describe('lead conversion', () => {
  const model = toLeadConvertModel({ name: 'Li Wei', company: 'Acme' } as never);

  it('names the customer and the opportunity after the company', () => {
    expect(model.customerName).toBe('Acme');
    expect(model.opportunity.name).toBe('Acme');
  });

  it('sends the amount as exact text and leaves empty fields out', () => {
    const body = toConvertLeadBody({ ...model, opportunity: { ...model.opportunity, amount: '1,250.5', pipelineId: 2 } });
    expect(body).toEqual({ customerName: 'Acme', opportunity: { name: 'Acme', amount: '1250.5', pipelineId: 2 } });
  });

  it('attaches to the chosen existing customer, or creates despite duplicates', () => {
    const none = { ...model, withOpportunity: false };
    expect(toConvertLeadBody(none, { existingCustomerId: 9 })).toEqual({ existingCustomerId: 9 });
    expect(toConvertLeadBody(none, { ignoreDuplicates: true })).toEqual({ customerName: 'Acme', ignoreDuplicates: true });
  });
});
