import { describe, expect, it } from 'vitest';
import type { Customer } from '@/api/types';
import { toCreateBody, toFormModel, toUpdateBody } from './customer-form-model';

const CUSTOMER: Customer = {
  id: 5,
  code: 'CUS0000005',
  name: 'Acme Ltd.',
  customerType: 'company',
  industry: 'retail',
  customerLevel: 'B',
  source: null,
  region: 'east',
  address: null,
  phone: '+86 21 5000',
  email: null,
  website: null,
  tags: ['key-account'],
  creditLimit: '10000.00',
  status: 'active',
  notes: null,
  owner: { id: 7, displayName: 'Sam' },
  customFields: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  createdBy: 7,
  version: 3,
};

describe('customer form model', () => {
  it('sends only the changed fields and the version that was read', () => {
    const original = toFormModel(CUSTOMER);
    const edited = { ...toFormModel(CUSTOMER), phone: '', creditLimit: '12,500.5', notes: 'Met at the fair' };
    expect(toUpdateBody(original, edited, CUSTOMER.version)).toEqual({
      phone: null,
      creditLimit: '12500.5',
      notes: 'Met at the fair',
      version: 3,
    });
  });

  it('sends a changed code, and nothing but the version when nothing changed', () => {
    const original = toFormModel(CUSTOMER);
    expect(toUpdateBody(original, { ...original, code: ' CUS-9 ' }, 3)).toEqual({ code: 'CUS-9', version: 3 });
    expect(toUpdateBody(original, toFormModel(CUSTOMER), 3)).toEqual({ version: 3 });
  });

  it('creates with nulls for empty fields, without a code the server should generate', () => {
    const model = { ...toFormModel(), name: ' New Co ', industry: 'it', tags: [' a ', ''], ownerId: 7 };
    const body = toCreateBody(model);
    expect(body).toMatchObject({ name: 'New Co', industry: 'it', phone: null, creditLimit: null, tags: ['a'], ownerId: 7 });
    expect(body).not.toHaveProperty('code');
  });
});
