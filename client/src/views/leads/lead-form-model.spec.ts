import { describe, expect, it } from 'vitest';
import type { Lead } from '@/api/types';
import { toCreateLeadBody, toLeadFormModel, toUpdateLeadBody } from './lead-form-model';

const lead: Lead = {
  id: 7,
  name: 'Li Wei',
  company: 'Acme',
  phone: null,
  email: 'li@acme.test',
  source: 'website',
  campaign: null,
  industry: null,
  region: null,
  status: 'contacted',
  disqualifyReason: null,
  notes: null,
  ownerId: 3,
  convertedCustomerId: null,
  convertedContactId: null,
  convertedOpportunityId: null,
  convertedAt: null,
  customFields: {},
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
  version: 4,
};

describe('lead form model', () => {
  it('creates with the filled fields and the chosen assignment only', () => {
    const model = { ...toLeadFormModel(), name: ' Zhang ', phone: '13800000000', assign: 'pool' as const };
    expect(toCreateLeadBody(model)).toEqual({ name: 'Zhang', phone: '13800000000', assign: 'pool' });
  });

  it('sends only what changed, with the version read', () => {
    const original = toLeadFormModel(lead);
    const edited = { ...original, status: 'qualified' as const, company: '' };
    expect(toUpdateLeadBody(original, edited, lead.version)).toEqual({ company: null, status: 'qualified', version: 4 });
  });

  it('sends the reason with a disqualification', () => {
    const original = toLeadFormModel(lead);
    const edited = { ...original, status: 'disqualified' as const, disqualifyReason: ' No budget ' };
    expect(toUpdateLeadBody(original, edited, 4)).toEqual({ status: 'disqualified', disqualifyReason: 'No budget', version: 4 });
  });
});
