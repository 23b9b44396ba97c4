import { ColumnMap, RepeatedKeys, unknownHeaders, validateRow } from '../../common/import/column-map.js';
import type { ImportProblem } from '../../common/import/import-report.js';
import type { Sheet } from '../../common/import/spreadsheet.js';
import { IntakeLeadDto } from './leads.dto.js';

/** Header names a spreadsheet may use, English or Chinese, for each lead field. */
const LEAD_COLUMNS = new ColumnMap<keyof IntakeLeadDto>({
  name: 'name', 姓名: 'name', 联系人: 'name',
  company: 'company', 公司: 'company', 公司名称: 'company',
  phone: 'phone', 电话: 'phone', 手机: 'phone',
  email: 'email', 邮箱: 'email', 电子邮件: 'email',
  source: 'source', 来源: 'source',
  campaign: 'campaign', 活动: 'campaign',
  industry: 'industry', 行业: 'industry',
  region: 'region', 区域: 'region', 地区: 'region',
  notes: 'notes', 备注: 'notes',
});

export const MAX_IMPORT_ROWS = 20_000;

/**
 * Maps and validates every row with the same rules as a single lead, and finds rows that repeat
 * an email or phone of an earlier row. The caller imports nothing when there is any problem.
 */
export function validateRows({ headers, rows }: Sheet): { leads: IntakeLeadDto[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  if (rows.length === 0) return { leads: [], problems: [{ row: 1, field: 'file', reason: 'has no data rows' }] };
  if (rows.length > MAX_IMPORT_ROWS) return { leads: [], problems: [{ row: 1, field: 'file', reason: `has more than ${MAX_IMPORT_ROWS} rows` }] };
  const [unknown] = unknownHeaders(headers, LEAD_COLUMNS);
  if (unknown) problems.push({ row: 1, field: unknown, reason: `is not a lead column (use ${LEAD_COLUMNS.fields().join(', ')})` });
  const leads: IntakeLeadDto[] = [];
  const repeats = new RepeatedKeys();
  for (const [index, row] of rows.entries()) {
    const plain: Record<string, string> = {};
    for (const [header, value] of Object.entries(row)) {
      const field = LEAD_COLUMNS.fieldOf(header);
      if (field && value !== '') plain[field] = value;
    }
    const { dto, problems: invalid } = validateRow(IntakeLeadDto, plain, index);
    problems.push(...invalid);
    for (const problem of [repeats.check('email', dto.email?.toLowerCase(), index), repeats.check('phone', dto.phone, index)]) {
      if (problem) problems.push(problem);
    }
    leads.push(dto);
  }
  return { leads, problems };
}
