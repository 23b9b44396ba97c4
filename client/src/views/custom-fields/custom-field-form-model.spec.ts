import { describe, expect, it } from 'vitest';
import type { CustomField } from '@/api/types';
import { toCreateCustomFieldBody, toCustomFieldFormModel, toUpdateCustomFieldBody } from './custom-field-form-model';

const FIELD: CustomField = {
  id: 3,
  entity: 'customers',
  fieldKey: 'employees',
  labelEn: 'Employees',
  labelZh: '员工数',
  fieldType: 'number',
  required: false,
  defaultValue: 10,
  helpEn: null,
  helpZh: null,
  picklistKey: null,
  decimalScale: null,
  visibleRoles: [],
  editableRoles: ['admin'],
  sortOrder: 20,
  isActive: true,
  editable: true,
  filterable: true,
  version: 5,
};

describe('custom field form model', () => {
  it('creates with the settings its type takes and a typed default', () => {
    const model = { ...toCustomFieldFormModel(null, 30), fieldKey: 'tier', labelEn: 'Tier', labelZh: '层级', fieldType: 'picklist' as const };
    model.picklistKey = 'customer_level';
    model.defaultValue = 'A';
    expect(toCreateCustomFieldBody(model, 'customers')).toEqual({
      entity: 'customers',
      fieldKey: 'tier',
      fieldType: 'picklist',
      picklistKey: 'customer_level',
      labelEn: 'Tier',
      labelZh: '层级',
      required: false,
      defaultValue: 'A',
      helpEn: null,
      helpZh: null,
      visibleRoles: [],
      editableRoles: [],
      sortOrder: 30,
    });
    const decimal = { ...model, fieldType: 'decimal' as const, defaultValue: '1,000.5', decimalScale: 3 };
    expect(toCreateCustomFieldBody(decimal, 'customers')).toMatchObject({ decimalScale: 3, defaultValue: '1000.5' });
    expect(toCreateCustomFieldBody(decimal, 'customers')).not.toHaveProperty('picklistKey');
  });

  it('updates what changed, the default in the field’s type', () => {
    const original = toCustomFieldFormModel(FIELD);
    expect(original.defaultValue).toBe('10');
    const edited = { ...original, required: true, defaultValue: '', editableRoles: ['admin', 'manager'] };
    expect(toUpdateCustomFieldBody(original, edited, 'customers', 5)).toEqual({
      required: true,
      defaultValue: null,
      editableRoles: ['admin', 'manager'],
      version: 5,
    });
  });
});
