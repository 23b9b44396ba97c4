import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from '../errors/app-error.js';

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One data row of an imported file: header -> cell text, trimmed. */
export type SheetRow = Record<string, string>;

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

/**
 * Rows of a CSV or Excel file (its first sheet), keyed by the header row. Row numbers in reports
 * count the header as row 1, so data row i is row i + 2. An unreadable file is a 400 on `file`.
 */
export async function readSheet(format: ImportFormat, file: Buffer): Promise<Sheet> {
  try {
    return format === 'csv' ? readCsv(file) : await readXlsx(file);
  } catch {
    throw invalid([{ field: 'file', reason: `is not a readable ${format.toUpperCase()} file` }]);
  }
}

function readCsv(file: Buffer): Sheet {
  let headers: string[] = [];
  const rows = parse(file, {
    columns: (first: string[]) => (headers = first.map((header) => header.trim())),
    bom: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  }) as SheetRow[];
  return { headers, rows };
}

async function readXlsx(file: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (headers[column] = String(cell.text ?? '').trim()));
  const rows: SheetRow[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    const record: SheetRow = {};
    row.eachCell((cell, column) => {
      if (headers[column]) record[headers[column]] = String(cell.text ?? '').trim();
    });
    if (Object.values(record).some(Boolean)) rows.push(record);
  });
  return { headers: headers.filter(Boolean), rows };
}
