import { CustomFieldDefinition, type CustomFieldType, CustomFieldValue } from './custom-field.entity.js';

/** A stored value row without its keys. */
export type StoredValue = Pick<CustomFieldValue, 'valueText' | 'valueNum' | 'valueDate' | 'valueLong'>;

const EMPTY: StoredValue = { valueText: null, valueNum: null, valueDate: null, valueLong: null };

export type Decoded = { ok: true; rows: StoredValue[] } | { ok: false; reason: string };

const fail = (reason: string): Decoded => ({ ok: false, reason });
const rows = (...values: Partial<StoredValue>[]): Decoded => ({ ok: true, rows: values.map((v) => ({ ...EMPTY, ...v })) });

/** The typed column a field's values live in; null where it cannot be filtered or sorted. */
export function valueColumnOf(type: CustomFieldType): 'valueText' | 'valueNum' | 'valueDate' | null {
  switch (type) {
    case 'text':
    case 'picklist':
    case 'multiPicklist':
      return 'valueText';
    case 'number':
    case 'decimal':
    case 'boolean':
    case 'user':
      return 'valueNum';
    case 'date':
      return 'valueDate';
    case 'longText':
      return null;
  }
}

/**
 * Checks an API value against the field's type and turns it into stored rows (none for null).
 * Picklist keys and user ids are checked against the database by the caller.
 */
export function encodeValue(field: CustomFieldDefinition, value: unknown): Decoded {
  if (value === null) return rows();
  switch (field.fieldType) {
    case 'text':
      if (typeof value !== 'string') return fail('must be text');
      if (value.length > 255) return fail('must be at most 255 characters');
      return value.trim() === '' ? rows() : rows({ valueText: value.trim() });
    case 'longText':
      if (typeof value !== 'string') return fail('must be text');
      if (value.length > 10_000) return fail('must be at most 10000 characters');
      return value === '' ? rows() : rows({ valueLong: value });
    case 'number':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return fail('must be a whole number');
      if (Math.abs(value) >= 1e18) return fail('is too large');
      return rows({ valueNum: String(value) });
    case 'decimal': {
      const scale = field.decimalScale ?? 2;
      const text = typeof value === 'number' ? String(value) : value;
      const pattern = new RegExp(`^-?\\d{1,18}(\\.\\d{1,${scale}})?$`);
      if (typeof text !== 'string' || !pattern.test(text)) {
        return fail(`must be a decimal with at most 18 digits before and ${scale} after the point`);
      }
      return rows({ valueNum: text });
    }
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
        return fail('must be a date YYYY-MM-DD');
      }
      return rows({ valueDate: value });
    case 'boolean':
      if (typeof value !== 'boolean') return fail('must be true or false');
      return rows({ valueNum: value ? '1' : '0' });
    case 'picklist':
      if (typeof value !== 'string' || value === '') return fail('must be an option key');
      return rows({ valueText: value });
    case 'multiPicklist': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
        return fail('must be a list of option keys');
      }
      return rows(...[...new Set(value as string[])].map((key) => ({ valueText: key })));
    }
    case 'user':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return fail('must be a user id');
      return rows({ valueNum: String(value) });
  }
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Stored rows back to the API value. */
export function decodeValue(field: CustomFieldDefinition, stored: StoredValue[]): unknown {
  if (field.fieldType === 'multiPicklist') return stored.map((row) => row.valueText).filter(Boolean).sort();
  const row = stored[0];
  if (!row) return null;
  switch (field.fieldType) {
    case 'text':
    case 'picklist':
      return row.valueText;
    case 'longText':
      return row.valueLong;
    case 'number':
    case 'user':
      return row.valueNum === null ? null : Number(trimDecimal(row.valueNum, 0));
    case 'decimal':
      return row.valueNum === null ? null : trimDecimal(row.valueNum, field.decimalScale ?? 2);
    case 'boolean':
      return row.valueNum === null ? null : Number(trimDecimal(row.valueNum, 0)) === 1;
    case 'date':
      return row.valueDate;
  }
}

/** "12.500000" at scale 2 is "12.50": digits are cut as text, never through a float. */
export function trimDecimal(stored: string, scale: number): string {
  const [whole, fraction = ''] = stored.split('.');
  if (scale === 0) return whole === '-0' ? '0' : whole;
  return `${whole}.${fraction.padEnd(scale, '0').slice(0, scale)}`;
}

/** A query-string filter value in the stored column's terms. */
export function filterOperand(field: CustomFieldDefinition, raw: string): Decoded {
  switch (field.fieldType) {
    case 'number':
    case 'user':
      return /^-?\d+$/.test(raw) ? rows({ valueNum: raw }) : fail('must be a whole number');
    case 'decimal':
      return /^-?\d+(\.\d+)?$/.test(raw) ? rows({ valueNum: raw }) : fail('must be a decimal');
    case 'boolean':
      return raw === 'true' || raw === 'false' ? rows({ valueNum: raw === 'true' ? '1' : '0' }) : fail('must be true or false');
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) && isCalendarDate(raw) ? rows({ valueDate: raw }) : fail('must be a date YYYY-MM-DD');
    default:
      return rows({ valueText: raw });
  }
}
