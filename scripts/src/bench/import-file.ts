import ExcelJS from 'exceljs';
import { Random } from '../company/random.js';
import { BRAND_FIRST, BRAND_SECOND, CITIES, CN_COMPANY_SUFFIXES, INDUSTRY_WORDS, LATIN_FIRST, LATIN_SECOND, LATIN_SUFFIXES, SEGMENT_PICKLIST } from '../company/vocabulary.js';

/** Headers as a Chinese office's spreadsheet writes them: labels, not keys, as in the CRM's own forms. */
export const IMPORT_HEADERS = ['客户名称', '类型', '行业', '客户级别', '地区', '电话', '邮箱', '标签', '信用额度', '备注', SEGMENT_PICKLIST.zh];
const INDUSTRIES = ['制造业', '零售', '信息技术', 'Finance', '医疗健康', 'Education', '能源', '物流'];
const LEVELS = ['A', 'B', 'C'];
const REGIONS = ['华东', '华南', '华北', 'West'];
/** Every hundredth row repeats an existing customer's name: the import's duplicate check has work to do. */
const DUPLICATE_EVERY = 100;

export interface ImportFile {
  rows: string[][];
  duplicates: number;
}

/**
 * Rows of a customer file as a company moving from another system would bring them: Chinese and
 * Latin company names made unique by the run's tag, picklists as labels, amounts with thousands
 * separators, and a share of names that already exist.
 */
export function importRows(count: number, runTag: string, existingNames: string[], seed: number): ImportFile {
  const random = new Random(seed);
  // Phone numbers unique to the run: four digits from its tag, then the row.
  const runDigits = String([...runTag].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) % 9_000, 0) + 1_000);
  const rows: string[][] = [];
  let duplicates = 0;
  for (let i = 0; i < count; i++) {
    const repeat = existingNames.length > 0 && i % DUPLICATE_EVERY === DUPLICATE_EVERY - 1;
    if (repeat) duplicates++;
    const name = repeat
      ? existingNames[(i / DUPLICATE_EVERY) % existingNames.length | 0]
      : i % 3 === 2
        ? `${random.pick(LATIN_FIRST)} ${random.pick(LATIN_SECOND)} ${runTag}-${i} ${random.pick(LATIN_SUFFIXES)}`
        : `${random.pick(CITIES)}${random.pick(BRAND_FIRST)}${random.pick(BRAND_SECOND)}${random.pick(INDUSTRY_WORDS)}${runTag}${i}${random.pick(CN_COMPANY_SUFFIXES)}`;
    const credit = random.int(0, 4) === 0 ? '' : `${random.int(1, 999)},${String(random.int(0, 999)).padStart(3, '0')}.${String(random.int(0, 99)).padStart(2, '0')}`;
    rows.push([
      name,
      '公司',
      random.pick(INDUSTRIES),
      random.pick(LEVELS),
      random.pick(REGIONS),
      `+86 ${random.int(10, 99)} ${runDigits}${String(i).padStart(7, '0')}`,
      `buyer.${runTag}.${i}@import.example`,
      random.int(0, 2) === 0 ? '重点 老客户' : '',
      credit,
      '由旧系统导入',
      random.pick(SEGMENT_PICKLIST.options)[2],
    ]);
  }
  return { rows, duplicates };
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(file: ImportFile): Buffer {
  const lines = [IMPORT_HEADERS, ...file.rows].map((row) => row.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\n')}\n`, 'utf8');
}

export async function toXlsx(file: ImportFile): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(IMPORT_HEADERS);
  for (const row of file.rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
