import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IntakeLeadDto } from './leads.dto.js';

export interface ImportProblem {
  row: number;
  field: string;
  reason: string;
}

/** Header names a spreadsheet may use, English or Chinese, for each lead field. */
const HEADERS: Record<string, keyof IntakeLeadDto> = {
  name: 'name', 姓名: 'name', 联系人: 'name',
  company: 'company', 公司: 'company', 公司名称: 'company',
  phone: 'phone', 电话: 'phone', 手机: 'phone',
  email: 'email', 邮箱: 'email', 电子邮件: 'email',
  source: 'source', 来源: 'source',
  campaign: 'campaign', 活动: 'campaign',
  industry: 'industry', 行业: 'industry',
  region: 'region', 区域: 'region', 地区: 'region',
  notes: 'notes', 备注: 'notes',
};

export const MAX_IMPORT_ROWS = 20_000;

export type ImportFormat = 'csv' | 'xlsx';

/** Rows of the file as header -> cell text. Row numbers in problems count the header as row 1. */
export async function readRows(format: ImportFormat, file: Buffer): Promise<Array<Record<string, string>>> {
  if (format === 'csv') {
    return parse(file, { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Array<Record<string, string>>;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (headers[column] = String(cell.text ?? '').trim()));
  const rows: Array<Record<string, string>> = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    const record: Record<string, string> = {};
    row.eachCell((cell, column) => {
      if (headers[column]) record[headers[column]] = String(cell.text ?? '').trim();
    });
    if (Object.values(record).some(Boolean)) rows.push(record);
  });
  return rows;
}

/**
 * Maps and validates every row with the same rules as a single lead, and finds rows that repeat
 * an email or phone of an earlier row. The caller imports nothing when there is any problem.
 */
export async function validateRows(rows: Array<Record<string, string>>): Promise<{ leads: IntakeLeadDto[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  if (rows.length === 0) return { leads: [], problems: [{ row: 1, field: 'file', reason: 'has no data rows' }] };
  if (rows.length > MAX_IMPORT_ROWS) return { leads: [], problems: [{ row: 1, field: 'file', reason: `has more than ${MAX_IMPORT_ROWS} rows` }] };
  const unknown = Object.keys(rows[0]).filter((header) => !HEADERS[header.toLowerCase()] && !HEADERS[header]);
  if (unknown.length) problems.push({ row: 1, field: unknown[0], reason: `is not a lead column (use ${[...new Set(Object.values(HEADERS))].join(', ')})` });
  const leads: IntakeLeadDto[] = [];
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const rowNumber = i + 2;
    const plain: Record<string, string> = {};
    for (const [header, value] of Object.entries(row)) {
      const field = HEADERS[header.toLowerCase()] ?? HEADERS[header];
      if (field && value !== '') plain[field] = value;
    }
    const dto = plainToInstance(IntakeLeadDto, plain);
    for (const error of await validate(dto, { whitelist: true, stopAtFirstError: true })) {
      problems.push({ row: rowNumber, field: error.property, reason: Object.values(error.constraints ?? {})[0]?.replace(`${error.property} `, '') ?? 'is invalid' });
    }
    for (const key of [dto.email?.toLowerCase(), dto.phone].filter(Boolean) as string[]) {
      const first = seen.get(key);
      if (first) problems.push({ row: rowNumber, field: key.includes('@') ? 'email' : 'phone', reason: `repeats row ${first}` });
      else seen.set(key, rowNumber);
    }
    leads.push(dto);
  }
  return { leads, problems };
}
