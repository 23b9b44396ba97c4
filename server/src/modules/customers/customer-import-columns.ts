import { CellProblem, customFieldCell, decimalCell, listCell, picklistCell } from '../../common/import/cell-values.js';
import { ColumnMap } from '../../common/import/column-map.js';
import type { CustomFieldDefinition } from '../../common/custom-fields/custom-field.entity.js';
import type { FieldProblem } from '../../common/errors/app-error.js';
import type { SheetRow } from '../../common/import/spreadsheet.js';

export type ImportedColumn =
  | 'code'
  | 'name'
  | 'customerType'
  | 'industry'
  | 'customerLevel'
  | 'source'
  | 'region'
  | 'phone'
  | 'email'
  | 'website'
  | 'address'
  | 'tags'
  | 'creditLimit'
  | 'notes'
  | 'owner';

/**
 * Headers a customer spreadsheet may use, in English or Chinese. The CRM's own export headers are
 * among them, so an exported file imports again; its status and creation date are not imported.
 */
export const CUSTOMER_COLUMNS = new ColumnMap<ImportedColumn>(
  {
    code: 'code', 编号: 'code', 客户编号: 'code', 客户代码: 'code',
    name: 'name', 名称: 'name', 客户名称: 'name', 客户: 'name', 公司名称: 'name',
    type: 'customerType', 'customer type': 'customerType', customertype: 'customerType', 类型: 'customerType', 客户类型: 'customerType',
    industry: 'industry', 行业: 'industry',
    level: 'customerLevel', 'customer level': 'customerLevel', customerlevel: 'customerLevel', 级别: 'customerLevel', 客户级别: 'customerLevel', 客户等级: 'customerLevel',
    source: 'source', 来源: 'source', 客户来源: 'source',
    region: 'region', 区域: 'region', 地区: 'region',
    phone: 'phone', 电话: 'phone', 联系电话: 'phone',
    email: 'email', 邮箱: 'email', 电子邮件: 'email',
    website: 'website', 网站: 'website', 网址: 'website',
    address: 'address', 地址: 'address',
    tags: 'tags', 标签: 'tags',
    credit_limit: 'creditLimit', 'credit limit': 'creditLimit', creditlimit: 'creditLimit', 信用额度: 'creditLimit',
    notes: 'notes', 备注: 'notes',
    owner: 'owner', 负责人: 'owner', 所有者: 'owner',
  },
  ['status', 'created_at', '状态', '创建时间'],
);

/** Which picklist each picklist column draws from (the entity's bindings say the same). */
const PICKLIST_COLUMNS: Partial<Record<ImportedColumn, string>> = {
  industry: 'industry',
  customerLevel: 'customer_level',
  source: 'source',
  region: 'region',
};

const CUSTOMER_TYPES: Record<string, 'company' | 'person'> = {
  company: 'company', 公司: 'company', 企业: 'company', 单位: 'company',
  person: 'person', individual: 'person', 个人: 'person',
};

/** Everything the mapping needs to know beyond the row, looked up once per file. */
export interface ImportVocabulary {
  /** picklist key -> (typed text -> option key) */
  picklists: Map<string, Map<string, string>>;
  /** Custom fields the importing user may fill in, by the header that names them. */
  customFieldsByHeader: Map<string, CustomFieldDefinition>;
  userIdOf: (username: string) => number | undefined;
}

/** Headers naming a custom field: its key (as exports write it), `cf.<key>`, or its English or Chinese label. */
export function customFieldHeaders(fields: CustomFieldDefinition[]): Map<string, CustomFieldDefinition> {
  const byHeader = new Map<string, CustomFieldDefinition>();
  for (const field of fields) {
    for (const header of [field.fieldKey, `cf.${field.fieldKey}`, field.labelEn, field.labelZh]) if (header) byHeader.set(header.trim().toLowerCase(), field);
  }
  return byHeader;
}

export interface MappedRow {
  /** The body a single create through the API would have sent. */
  body: Record<string, unknown>;
  owner: string | null;
  problems: FieldProblem[];
}

/** One spreadsheet row as a create body: labels to keys, lists split, numbers unformatted. */
export function mapCustomerRow(row: SheetRow, vocabulary: ImportVocabulary): MappedRow {
  const body: Record<string, unknown> = {};
  const customFields: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  let owner: string | null = null;
  for (const [header, text] of Object.entries(row)) {
    if (text === '') continue;
    const column = CUSTOMER_COLUMNS.fieldOf(header);
    if (!column) {
      const field = vocabulary.customFieldsByHeader.get(header.trim().toLowerCase());
      if (!field) continue;
      const value = customFieldCell(field, text, vocabulary.picklists.get(field.picklistKey ?? '') ?? new Map(), vocabulary.userIdOf);
      if (value instanceof CellProblem) problems.push({ field: `customFields.${field.fieldKey}`, reason: value.reason });
      else customFields[field.fieldKey] = value;
      continue;
    }
    if (column === 'owner') owner = text;
    else if (column === 'customerType') body.customerType = CUSTOMER_TYPES[text.toLowerCase()] ?? text;
    else if (column === 'tags') body.tags = listCell(text.replace(/\s+/g, ','));
    else if (column === 'creditLimit') body.creditLimit = decimalCell(text);
    else if (PICKLIST_COLUMNS[column]) body[column] = picklistCell(text, vocabulary.picklists.get(PICKLIST_COLUMNS[column]!) ?? new Map());
    else body[column] = text;
  }
  if (Object.keys(customFields).length) body.customFields = customFields;
  return { body, owner, problems };
}

/** The picklists whose labels a customer file may use: the built-in columns' and the custom fields'. */
export function picklistsOfColumns(fields: CustomFieldDefinition[]): string[] {
  return [...new Set([...Object.values(PICKLIST_COLUMNS), ...fields.map((field) => field.picklistKey).filter((key): key is string => Boolean(key))])];
}
