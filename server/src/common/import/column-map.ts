import type { ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { ImportProblem } from './import-report.js';
import { sheetRowNumber } from './import-report.js';

/**
 * Which field each header names. Headers match case-insensitively, so one dictionary serves the
 * English and Chinese spellings a user's spreadsheet may carry (and the CRM's own export headers).
 */
export class ColumnMap<F extends string> {
  private readonly byHeader: Map<string, F>;
  private readonly ignored: Set<string>;

  constructor(
    headers: Record<string, F>,
    /** Headers that are known but not imported (an export's status or creation date, say). */
    ignored: readonly string[] = [],
  ) {
    this.byHeader = new Map(Object.entries(headers).map(([header, field]) => [header.toLowerCase(), field]));
    this.ignored = new Set(ignored.map((header) => header.toLowerCase()));
  }

  fieldOf(header: string): F | undefined {
    return this.byHeader.get(header.trim().toLowerCase());
  }

  isIgnored(header: string): boolean {
    return this.ignored.has(header.trim().toLowerCase());
  }

  /** The fields the dictionary knows, for an "unknown column" message. */
  fields(): F[] {
    return [...new Set(this.byHeader.values())];
  }
}

/**
 * Validates one mapped row with the same DTO (and so the same rules and messages) as a single
 * record created through the API; problems carry the row number. The row holds only fields the
 * column map knows, as trimmed text, so the DTO's whitelist and transforms (trimming, numbers to
 * decimal strings) have nothing to do; skipping them makes a 100,000-row file several times faster.
 */
export function validateRow<T extends object>(dtoClass: ClassConstructor<T>, plain: object, index: number): { dto: T; problems: ImportProblem[] } {
  const dto = Object.assign(new dtoClass(), plain);
  const problems = validateSync(dto, { stopAtFirstError: true }).map((error) => ({
    row: sheetRowNumber(index),
    field: error.property,
    reason: Object.values(error.constraints ?? {})[0]?.replace(`${error.property} `, '') ?? 'is invalid',
  }));
  return { dto, problems };
}

/** Finds rows that repeat a key (an email, a phone) of an earlier row of the same file. */
export class RepeatedKeys {
  private readonly firstRow = new Map<string, number>();

  /** The sheet row number of the earlier row with this key, or null (and the key is noted). */
  earlierRow(field: string, key: string | null | undefined, index: number): number | null {
    if (!key) return null;
    const seen = this.firstRow.get(`${field}\u0000${key}`);
    if (seen !== undefined) return seen;
    this.firstRow.set(`${field}\u0000${key}`, sheetRowNumber(index));
    return null;
  }

  /** The same, as a problem of the row. */
  check(field: string, key: string | null | undefined, index: number): ImportProblem | null {
    const earlier = this.earlierRow(field, key, index);
    return earlier === null ? null : { row: sheetRowNumber(index), field, reason: `repeats row ${earlier}` };
  }
}

/** Headers of the file that the map neither imports nor knowingly ignores. */
export function unknownHeaders(headers: string[], map: ColumnMap<string>, isExtra: (header: string) => boolean = () => false): string[] {
  return headers.filter((header) => !map.fieldOf(header) && !map.isIgnored(header) && !isExtra(header));
}
