import type { CustomField, ImportDuplicate } from '@/api/types';

/** The English headers of the columns a customer file may have, in the order the template lists them. */
export const CUSTOMER_IMPORT_HEADERS = [
  'code',
  'name',
  'type',
  'industry',
  'level',
  'source',
  'region',
  'phone',
  'email',
  'website',
  'address',
  'tags',
  'credit_limit',
  'notes',
  'owner',
] as const;

export const TEMPLATE_FILE_NAME = 'customer-import-template.csv';

/**
 * The header row of an empty customer file: the built-in columns, then the custom fields the
 * user may fill in, as cf.<key> so that a key equal to a built-in column's name stays apart.
 * Excel reads a CSV file as UTF-8 only when it starts with a byte order mark, so it gets one.
 */
export function customerImportTemplate(customFields: Array<Pick<CustomField, 'fieldKey' | 'editable'>>): string {
  const headers = [...CUSTOMER_IMPORT_HEADERS, ...customFields.filter((field) => field.editable).map((field) => `cf.${field.fieldKey}`)];
  return `\uFEFF${headers.join(',')}\r\n`;
}

export function customerImportTemplateBlob(customFields: Array<Pick<CustomField, 'fieldKey' | 'editable'>>): Blob {
  return new Blob([customerImportTemplate(customFields)], { type: 'text/csv;charset=utf-8' });
}

/** A duplicate as its table row shows it. */
export interface DuplicateRow {
  row: number;
  matchedOn: string;
  /** The customer it duplicates, when the user may open it. */
  customer: { id: number; text: string } | null;
  /** What it duplicates otherwise: an earlier row, or a customer the user may not see. */
  note: string | null;
}

export interface DuplicateTexts {
  fieldLabel: (field: string) => string;
  earlierRow: (row: number) => string;
  outsideScope: string;
}

export function toDuplicateRows(duplicates: ImportDuplicate[], texts: DuplicateTexts): DuplicateRow[] {
  return duplicates.map((duplicate) => {
    const matchedOn = duplicate.matchedOn.map(texts.fieldLabel).join(', ');
    if (duplicate.earlierRow) return { row: duplicate.row, matchedOn, customer: null, note: texts.earlierRow(duplicate.earlierRow) };
    if (duplicate.existing) {
      const { id, code, name } = duplicate.existing;
      return { row: duplicate.row, matchedOn, customer: { id, text: `${code} ${name}` }, note: null };
    }
    return { row: duplicate.row, matchedOn, customer: null, note: texts.outsideScope };
  });
}
