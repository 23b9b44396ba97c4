import type { CustomField, CustomFieldValue, CustomFieldValues } from '@/api/types';
import { blankToNull } from './changed-fields';
import { normaliseDecimalInput } from './decimal';

/**
 * Custom fields as forms, lists and filters handle them. A form edits each value in the shape its
 * input needs (numbers and decimals as text, so they are checked before they are sent, and
 * decimals never pass through a float); the API receives the value's real type.
 */
export type CustomInput = string | boolean | number | string[] | null | undefined;
export type CustomInputs = Record<string, CustomInput>;

/** What the API leaves absent for a field without a value is the same as null. */
const valueOf = (values: CustomFieldValues | undefined, key: string): CustomFieldValue => values?.[key] ?? null;

export function customFieldLabel(field: Pick<CustomField, 'labelEn' | 'labelZh'>, locale: string): string {
  return locale === 'zh-CN' ? field.labelZh || field.labelEn : field.labelEn || field.labelZh;
}

export function customFieldHelp(field: Pick<CustomField, 'helpEn' | 'helpZh'>, locale: string): string {
  return (locale === 'zh-CN' ? field.helpZh || field.helpEn : field.helpEn || field.helpZh) ?? '';
}

/** A stored value in the shape the field's input edits. */
export function toInput(field: CustomField, value: CustomFieldValue): CustomInput {
  switch (field.fieldType) {
    case 'text':
    case 'longText':
    case 'decimal':
    case 'date':
    case 'picklist':
    case 'number':
      return value === null || value === undefined ? '' : String(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'multiPicklist':
      return Array.isArray(value) ? [...value] : [];
    case 'user':
      return typeof value === 'number' ? value : undefined;
  }
}

const WHOLE_NUMBER = /^-?\d{1,15}$/;

export function decimalPattern(scale: number | null): RegExp {
  return new RegExp(`^-?\\d{1,18}(\\.\\d{1,${scale ?? 2}})?$`);
}

/**
 * An input's value as the API takes it: empty means null. Text the user typed into a number or
 * decimal field that is not one goes out as it is, for the server to name the problem.
 */
export function toApiValue(field: CustomField, input: CustomInput): CustomFieldValue {
  switch (field.fieldType) {
    case 'text':
    case 'date':
    case 'picklist':
      return blankToNull(typeof input === 'string' ? input : null);
    case 'longText':
      return typeof input === 'string' && input.trim() !== '' ? input : null;
    case 'number': {
      const text = blankToNull(typeof input === 'string' ? normaliseDecimalInput(input) : null);
      return text !== null && WHOLE_NUMBER.test(text) ? Number(text) : text;
    }
    case 'decimal':
      return blankToNull(typeof input === 'string' ? normaliseDecimalInput(input) : null);
    case 'boolean':
      return typeof input === 'boolean' ? input : null;
    case 'multiPicklist':
      return Array.isArray(input) && input.length ? [...input] : null;
    case 'user':
      return typeof input === 'number' ? input : null;
  }
}

/** The form's inputs for a record's values (or, for a new record, the fields' defaults). */
export function toInputs(fields: readonly CustomField[], values?: CustomFieldValues): CustomInputs {
  return Object.fromEntries(
    fields.map((field) => [field.fieldKey, toInput(field, values ? valueOf(values, field.fieldKey) : field.defaultValue)]),
  );
}

/** Values to create a record with: the editable fields that have one. */
export function customValuesForCreate(fields: readonly CustomField[], inputs: CustomInputs): CustomFieldValues {
  const values: CustomFieldValues = {};
  for (const field of fields) {
    const value = toApiValue(field, inputs[field.fieldKey]);
    if (field.editable && value !== null) values[field.fieldKey] = value;
  }
  return values;
}

/** The editable fields whose value the user changed; null clears one. */
export function changedCustomValues(fields: readonly CustomField[], original: CustomInputs, edited: CustomInputs): CustomFieldValues {
  const values: CustomFieldValues = {};
  for (const field of fields) {
    if (!field.editable) continue;
    const before = toApiValue(field, original[field.fieldKey]);
    const after = toApiValue(field, edited[field.fieldKey]);
    if (JSON.stringify(before) !== JSON.stringify(after)) values[field.fieldKey] = after;
  }
  return values;
}

export interface CustomValueLabels {
  locale: string;
  picklistLabel: (picklistKey: string, key: string) => string;
  userName: (id: number) => string;
  yes: string;
  no: string;
}

/** A stored value as text for lists and record pages; no value reads as empty. */
export function formatCustomValue(field: CustomField, value: CustomFieldValue | undefined, labels: CustomValueLabels): string {
  if (value === null || value === undefined || value === '') return '';
  switch (field.fieldType) {
    case 'boolean':
      return value ? labels.yes : labels.no;
    case 'picklist':
      return labels.picklistLabel(field.picklistKey ?? '', String(value));
    case 'multiPicklist':
      return (Array.isArray(value) ? value : [String(value as string)])
        .map((key) => labels.picklistLabel(field.picklistKey ?? '', key))
        .join(labels.locale === 'zh-CN' ? '、' : ', ');
    case 'user':
      return labels.userName(Number(value));
    case 'date':
      return typeof value === 'string' ? formatCalendarDate(value, labels.locale) : '';
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(labels.locale).format(value) : String(value);
    case 'decimal':
      return groupDecimal(String(value));
    case 'text':
    case 'longText':
      return String(value);
  }
}

/** A calendar date (YYYY-MM-DD) in the UI language, without passing through a time zone. */
export function formatCalendarDate(date: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))),
  );
}

/** 1234567.125 -> "1,234,567.125": groups the whole digits of exact decimal text. */
export function groupDecimal(value: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!match) return value;
  const [, sign = '', whole = '', fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}

/** How a list filters on a field: by one value, or by a range (numbers and dates). */
export type CustomFilterKind = 'value' | 'range' | 'none';

export function filterKind(field: CustomField): CustomFilterKind {
  if (!field.filterable || field.fieldType === 'longText') return 'none';
  return field.fieldType === 'number' || field.fieldType === 'decimal' || field.fieldType === 'date' ? 'range' : 'value';
}

/** The query parameters a field's filter uses: cf.<key>, or cf.<key>.gte and cf.<key>.lte. */
export function filterParams(field: CustomField): string[] {
  const base = `cf.${field.fieldKey}`;
  switch (filterKind(field)) {
    case 'value':
      return [base];
    case 'range':
      return [`${base}.gte`, `${base}.lte`];
    case 'none':
      return [];
  }
}

/** The list's sort key for a field. */
export const customSortKey = (field: CustomField) => `cf.${field.fieldKey}`;

/** Whether a typed filter bound is one the server takes for the field. */
export function isValidBound(field: CustomField, text: string): boolean {
  if (field.fieldType === 'number') return WHOLE_NUMBER.test(text);
  if (field.fieldType === 'decimal') return decimalPattern(field.decimalScale).test(text);
  return true;
}

/** How many of the fields' filters hold a value. */
export function activeCustomFilterCount(fields: readonly CustomField[], filters: Record<string, unknown>): number {
  return fields.filter((field) =>
    filterParams(field).some((param) => {
      const value = filters[param];
      return value !== undefined && value !== null && value !== '';
    }),
  ).length;
}
