import { describe, expect, it } from 'vitest';
import type { Customer, CustomField } from '@/api/types';
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
  customFields: { size: 40, tier: null },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  createdBy: 7,
  version: 3,
};

const field = (fieldKey: string, fieldType: CustomField['fieldType'], editable = true) =>
  ({ id: 1, fieldKey, fieldType, editable, defaultValue: null, decimalScale: null }) as CustomField;
const CUSTOM = [field('size', 'number'), field('tier', 'text'), field('audit', 'text', false)];

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

  it('creates with the filled fields only, without a code the server should generate', () => {
    const model = { ...toFormModel(), name: ' New Co ', industry: 'it', tags: [' a ', ''], ownerId: 7 };
    const body = toCreateBody(model);
    expect(body).toEqual({ name: 'New Co', customerType: 'company', industry: 'it', tags: ['a'], ownerId: 7 });
    // A field the user's roles may not change must not be sent at all, not even as null.
    expect(toCreateBody({ ...toFormModel(), name: 'X' })).toEqual({ name: 'X', customerType: 'company' });
  });

  it('sends changed custom field values only, and never one the user may not change', () => {
    const original = toFormModel(CUSTOMER, CUSTOM);
    expect(original.customFields).toEqual({ size: '40', tier: '', audit: '' });
    const edited = { ...original, customFields: { size: '41', tier: '', audit: 'changed' } };
    expect(toUpdateBody(original, edited, 3, CUSTOM)).toEqual({ customFields: { size: 41 }, version: 3 });
    expect(toCreateBody({ ...toFormModel(null, CUSTOM), name: 'Y', customFields: { size: '', tier: 'gold', audit: 'x' } }, CUSTOM)).toEqual({
      name: 'Y',
      customerType: 'company',
      customFields: { tier: 'gold' },
    });
  });

  it('leaves a field the user cannot see (absent from the record) empty and unsent', () => {
    const withoutCreditLimit: Customer = { ...CUSTOMER };
    delete withoutCreditLimit.creditLimit;
    const original = toFormModel(withoutCreditLimit);
    expect(original.creditLimit).toBe('');
    expect(toUpdateBody(original, { ...original, name: 'Renamed' }, 3)).toEqual({ name: 'Renamed', version: 3 });
  });
});
