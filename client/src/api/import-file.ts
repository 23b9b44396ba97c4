import { isApiError } from './api-error';
import type { ImportFormat, ImportProblem } from './types';

/** The content type the import endpoints read each format as. */
const IMPORT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The format a file's name says it is in, if it is one the import endpoints read. */
export function importFormatOf(fileName: string): ImportFormat | null {
  const extension = /\.(csv|xlsx)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'xlsx' ? extension : null;
}

/**
 * The request options that send a file as the body, byte for byte: openapi-fetch would otherwise
 * serialise the body as JSON.
 */
export function fileBody(file: Blob, format: ImportFormat) {
  return { body: '', bodySerializer: () => file, headers: { 'content-type': IMPORT_TYPES[format] } };
}

/** Sends the chosen file in its format and answers what the import reported. */
export type ImportRequest<R> = (file: File, format: ImportFormat) => Promise<R>;

/**
 * The rows and cells a refused import names, or null when the failure is not about the file's
 * content (a lost connection, missing permission). A refused query or unreadable file carries
 * field problems without rows; they are shown as row 0.
 */
export function importProblemsOf(error: unknown): ImportProblem[] | null {
  if (!isApiError(error) || !error.fieldProblems.length) return null;
  if (error.code === 'IMPORT_REJECTED') return error.fieldProblems as ImportProblem[];
  return error.fieldProblems.map(({ field, reason }) => ({ row: 0, field, reason }));
}
