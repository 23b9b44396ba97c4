import { AppError } from '../errors/app-error.js';

/** A problem with one cell (or, on row 1, with a header or the file). */
export interface ImportProblem {
  row: number;
  field: string;
  reason: string;
}

/** How many problems a rejection lists; the count in its message is the full one. */
const REPORTED_PROBLEMS = 500;

/** The file is refused whole: nothing was written, and the report says why, row by row. */
export function importRejected(problems: ImportProblem[]): AppError {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  return new AppError(400, 'IMPORT_REJECTED', `${problems.length} problem(s) in the file; nothing was imported`, sorted.slice(0, REPORTED_PROBLEMS));
}

/** Data row i (0-based) as the user sees it in their spreadsheet, below the header row. */
export const sheetRowNumber = (index: number) => index + 2;
