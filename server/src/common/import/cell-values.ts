import type { CustomFieldDefinition } from '../custom-fields/custom-field.entity.js';

/** A cell the import could not read as its column's type; the reason reads after the column name. */
export class CellProblem {
  constructor(readonly reason: string) {}
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '对']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '不']);
/** Separators people put between several picklist options or tags in one cell. */
const LIST_SEPARATORS = /[,;，；、|]+/;

/** "1,234.50" as spreadsheets format it -> "1234.50"; anything else is left to the validators. */
export function decimalCell(text: string): string {
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
}

/** A day as YYYY-MM-DD from the forms spreadsheets write it in (2026-03-01, 2026/3/1). */
export function dateCell(text: string): string {
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  return parts ? `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}` : text;
}

export function listCell(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A picklist cell: an option key or label (English or Chinese, any letter case). Text that names
 * no option is passed on as it is, so the usual "is not an option of" check reports it.
 */
export function picklistCell(text: string, keysByText: Map<string, string>): string {
  return keysByText.get(text.trim().toLowerCase()) ?? text;
}

/**
 * A custom field's cell as the value the API would take for it; type checks proper (length,
 * scale, known options) stay with the custom field validation every write goes through.
 */
export function customFieldCell(
  field: CustomFieldDefinition,
  text: string,
  keysByText: Map<string, string>,
  userIdOf: (username: string) => number | undefined,
): unknown {
  switch (field.fieldType) {
    case 'text':
    case 'longText':
      return text;
    case 'number':
      return /^-?\d+$/.test(decimalCell(text)) ? Number(decimalCell(text)) : new CellProblem('must be a whole number');
    case 'decimal':
      return decimalCell(text);
    case 'date':
      return dateCell(text);
    case 'boolean': {
      const word = text.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return new CellProblem('must be yes or no');
    }
    case 'picklist':
      return picklistCell(text, keysByText);
    case 'multiPicklist':
      return listCell(text).map((part) => picklistCell(part, keysByText));
    case 'user':
      return userIdOf(text.trim()) ?? new CellProblem(`"${text}" names no active user (or more than one)`);
  }
}
