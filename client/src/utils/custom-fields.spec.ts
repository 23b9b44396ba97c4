import { describe, expect, it } from 'vitest';
import type { CustomField, CustomFieldType } from '@/api/types';
import {
  activeCustomFilterCount,
  changedCustomValues,
  customFieldLabel,
  customValuesForCreate,
  filterParams,
  formatCustomValue,
  isValidBound,
  toApiValue,
  toInputs,
} from './custom-fields';

function field(fieldKey: string, fieldType: CustomFieldType, extra: Partial<CustomField> = {}): CustomField {
  return {
    id: 1,
    entity: 'customers',
    fieldKey,
    labelEn: `${fieldKey} en`,
    labelZh: `${fieldKey} 中`,
    fieldType,
    required: false,
    defaultValue: null,
    helpEn: null,
    helpZh: null,
    picklistKey: fieldType === 'picklist' || fieldType === 'multiPicklist' ? 'region' : null,
    decimalScale: fieldType === 'decimal' ? 2 : null,
    visibleRoles: [],
    editableRoles: [],
    sortOrder: 0,
    isActive: true,
    editable: true,
    filterable: fieldType !== 'longText',
    version: 1,
    ...extra,
  };
}

const FIELDS = [
  field('note', 'text'),
  field('story', 'longText'),
  field('size', 'number'),
  field('revenue', 'decimal'),
  field('founded', 'date'),
  field('listed', 'boolean'),
  field('region', 'picklist'),
  field('regions', 'multiPicklist'),
  field('manager', 'user'),
];

describe('custom field values', () => {
  it('edits each type in its input’s shape and sends the API’s types', () => {
    const inputs = toInputs(FIELDS, {
      note: 'hi',
      size: 12,
      revenue: '1234.50',
      founded: '2020-02-03',
      listed: false,
      region: 'east',
      regions: ['east', 'west'],
      manager: 4,
    });
    expect(inputs).toEqual({
      note: 'hi',
      story: '',
      size: '12',
      revenue: '1234.50',
      founded: '2020-02-03',
      listed: false,
      region: 'east',
      regions: ['east', 'west'],
      manager: 4,
    });
    const sent = customValuesForCreate(FIELDS, { ...inputs, size: ' 1,200 ', revenue: '9,999,999,999,999,999.99' });
    expect(sent).toEqual({
      note: 'hi',
      size: 1200,
      revenue: '9999999999999999.99',
      founded: '2020-02-03',
      listed: false,
      region: 'east',
      regions: ['east', 'west'],
      manager: 4,
    });
  });

  it('starts a new record with the fields’ defaults', () => {
    const withDefaults = [field('size', 'number', { defaultValue: 5 }), field('listed', 'boolean', { defaultValue: true }), field('note', 'text')];
    expect(toInputs(withDefaults)).toEqual({ size: '5', listed: true, note: '' });
  });

  it('sends only changed, editable values, with null for a cleared one', () => {
    const fields = [...FIELDS, field('locked', 'text', { editable: false })];
    const original = toInputs(fields, { note: 'a', regions: ['east'], locked: 'x', size: 3 });
    const edited = { ...original, note: '', regions: ['east'], locked: 'y', size: '4', listed: true };
    expect(changedCustomValues(fields, original, edited)).toEqual({ note: null, size: 4, listed: true });
    expect(changedCustomValues(fields, original, { ...original, regions: [] })).toEqual({ regions: null });
  });

  it('leaves a number that is not one as text, for the server to refuse', () => {
    expect(toApiValue(field('size', 'number'), '1.5')).toBe('1.5');
    expect(toApiValue(field('size', 'number'), '  ')).toBeNull();
  });

  it('reads values in the UI language', () => {
    const labels = {
      locale: 'en',
      picklistLabel: (list: string, key: string) => `${list}:${key}`,
      userName: (id: number) => `user ${id}`,
      yes: 'Yes',
      no: 'No',
    };
    const [note, , size, revenue, founded, listed, region, regions, manager] = FIELDS as [CustomField, ...CustomField[]];
    expect(formatCustomValue(note, null, labels)).toBe('');
    expect(formatCustomValue(note, undefined, labels)).toBe('');
    expect(formatCustomValue(size!, 1234567, labels)).toBe('1,234,567');
    expect(formatCustomValue(revenue!, '9999999999999999.99', labels)).toBe('9,999,999,999,999,999.99');
    expect(formatCustomValue(founded!, '2020-02-03', labels)).toBe('Feb 3, 2020');
    expect(formatCustomValue(listed!, false, labels)).toBe('No');
    expect(formatCustomValue(region!, 'east', labels)).toBe('region:east');
    expect(formatCustomValue(regions!, ['east', 'west'], labels)).toBe('region:east, region:west');
    expect(formatCustomValue(manager!, 4, labels)).toBe('user 4');
    expect(formatCustomValue(regions!, ['east', 'west'], { ...labels, locale: 'zh-CN' })).toBe('region:east、region:west');
    expect(customFieldLabel(note, 'zh-CN')).toBe('note 中');
    expect(customFieldLabel({ labelEn: 'Only English', labelZh: '' }, 'zh-CN')).toBe('Only English');
  });
});

describe('custom field filters', () => {
  it('filter numbers and dates by range, others by value, long text not at all', () => {
    expect(FIELDS.map(filterParams)).toEqual([
      ['cf.note'],
      [],
      ['cf.size.gte', 'cf.size.lte'],
      ['cf.revenue.gte', 'cf.revenue.lte'],
      ['cf.founded.gte', 'cf.founded.lte'],
      ['cf.listed'],
      ['cf.region'],
      ['cf.regions'],
      ['cf.manager'],
    ]);
    expect(filterParams(field('hidden', 'text', { filterable: false }))).toEqual([]);
  });

  it('counts fields with a filter set and checks typed bounds', () => {
    expect(activeCustomFilterCount(FIELDS, { 'cf.size.lte': 3, 'cf.note': '', 'cf.listed': false, q: 'x' })).toBe(2);
    expect(isValidBound(field('size', 'number'), '12')).toBe(true);
    expect(isValidBound(field('size', 'number'), '1.2')).toBe(false);
    expect(isValidBound(field('revenue', 'decimal'), '1.25')).toBe(true);
    expect(isValidBound(field('revenue', 'decimal'), '1.255')).toBe(false);
  });
});
