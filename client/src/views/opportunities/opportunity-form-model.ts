import type {
  CreateOpportunityBody,
  CustomField,
  LineInput,
  OpportunityDetail,
  OpportunityLine,
  UpdateOpportunityBody,
} from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { changedCustomValues, customValuesForCreate, toInputs, type CustomInputs } from '@/utils/custom-fields';
import { normaliseDecimalInput, trimZeros } from '@/utils/decimal';

/**
 * One product line as the form edits it. Quantity, price and discount stay text; the line total
 * is the server's, kept from the last save and shown only while the line is as it was then.
 */
export interface LineRow {
  productId: number | undefined;
  productCode: string;
  productName: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  /** The server's total for the line as last saved; null for a new line. */
  savedTotal: string | null;
  /** The line's inputs when it was saved, to tell whether savedTotal still holds. */
  savedInputs: string | null;
}

export interface OpportunityFormModel {
  name: string;
  customerId: number | undefined;
  pipelineId: number | undefined;
  stageId: number | undefined;
  /** Used only without lines: with lines the amount is their sum, worked out by the server. */
  amount: string;
  expectedCloseDate: string;
  probability: number | undefined;
  competitors: string;
  notes: string;
  contactIds: number[];
  lines: LineRow[];
  customFields: CustomInputs;
}

export const OPPORTUNITY_FORM_FIELDS = [
  'name',
  'customerId',
  'pipelineId',
  'stageId',
  'amount',
  'expectedCloseDate',
  'probability',
  'competitors',
  'notes',
  'contactIds',
  'lines',
] as const satisfies ReadonlyArray<keyof OpportunityFormModel>;

/** The form paths a line's server problems land on: lines.<i>.quantity and so on. */
export function linePaths(count: number): Array<`lines.${string}`> {
  return Array.from({ length: count }, (_, i) =>
    (['productId', 'quantity', 'unitPrice', 'discountPercent'] as const).map((field) => `lines.${i}.${field}` as const),
  ).flat();
}

export function toLineInput(row: LineRow): LineInput | null {
  if (row.productId === undefined) return null;
  const discount = blankToNull(normaliseDecimalInput(row.discountPercent));
  const unitPrice = blankToNull(normaliseDecimalInput(row.unitPrice));
  return {
    productId: row.productId,
    quantity: normaliseDecimalInput(row.quantity),
    ...(unitPrice !== null ? { unitPrice } : {}),
    ...(discount !== null ? { discountPercent: discount } : {}),
  };
}

export function toLineRow(line: OpportunityLine): LineRow {
  const row: LineRow = {
    productId: line.productId,
    productCode: line.productCode,
    productName: line.productName,
    quantity: trimZeros(line.quantity),
    unitPrice: line.unitPrice,
    discountPercent: trimZeros(line.discountPercent),
    savedTotal: line.lineTotal,
    savedInputs: null,
  };
  row.savedInputs = JSON.stringify(toLineInput(row));
  return row;
}

export function newLineRow(): LineRow {
  return {
    productId: undefined,
    productCode: '',
    productName: '',
    quantity: '1',
    unitPrice: '',
    discountPercent: '',
    savedTotal: null,
    savedInputs: null,
  };
}

/** The server's line total while the line is as saved; null once the user changed it. */
export function shownLineTotal(row: LineRow): string | null {
  return row.savedInputs !== null && row.savedInputs === JSON.stringify(toLineInput(row)) ? row.savedTotal : null;
}

export function toOpportunityFormModel(opportunity?: OpportunityDetail | null, customFields: readonly CustomField[] = []): OpportunityFormModel {
  return {
    name: opportunity?.name ?? '',
    customerId: opportunity?.customer.id,
    pipelineId: opportunity?.pipelineId,
    stageId: opportunity?.stageId,
    amount: opportunity && !opportunity.lines.length ? opportunity.amount : '',
    expectedCloseDate: opportunity?.expectedCloseDate ?? '',
    probability: opportunity?.probability,
    competitors: opportunity?.competitors ?? '',
    notes: opportunity?.notes ?? '',
    contactIds: [...(opportunity?.contactIds ?? [])],
    lines: (opportunity?.lines ?? []).map(toLineRow),
    customFields: toInputs(customFields, opportunity?.customFields),
  };
}

function lineInputs(model: OpportunityFormModel): LineInput[] {
  return model.lines.map(toLineInput).filter((line): line is LineInput => line !== null);
}

function editable(model: OpportunityFormModel) {
  return {
    name: model.name.trim(),
    expectedCloseDate: blankToNull(model.expectedCloseDate),
    probability: model.probability,
    competitors: blankToNull(model.competitors),
    notes: blankToNull(model.notes),
    contactIds: [...model.contactIds].sort((a, b) => a - b),
  };
}

export function toCreateOpportunityBody(model: OpportunityFormModel, customFields: readonly CustomField[] = []): CreateOpportunityBody {
  const lines = lineInputs(model);
  const amount = blankToNull(normaliseDecimalInput(model.amount));
  const custom = customValuesForCreate(customFields, model.customFields);
  const { probability, ...rest } = editable(model);
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null && !(Array.isArray(value) && !value.length))),
    name: model.name.trim(),
    customerId: model.customerId ?? 0,
    ...(model.pipelineId !== undefined ? { pipelineId: model.pipelineId } : {}),
    ...(model.stageId !== undefined ? { stageId: model.stageId } : {}),
    ...(probability !== undefined ? { probability } : {}),
    ...(lines.length ? { lines } : amount !== null ? { amount } : {}),
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
  };
}

/** What changed, with the version read. Lines are sent whole when any of them changed. */
export function toUpdateOpportunityBody(
  original: OpportunityFormModel,
  edited: OpportunityFormModel,
  version: number,
  customFields: readonly CustomField[] = [],
): UpdateOpportunityBody {
  const changes = changedFields(editable(original), editable(edited));
  const before = lineInputs(original);
  const after = lineInputs(edited);
  const linesChanged = JSON.stringify(before) !== JSON.stringify(after);
  const amount = blankToNull(normaliseDecimalInput(edited.amount));
  const amountChanged = !after.length && amount !== blankToNull(normaliseDecimalInput(original.amount));
  const custom = changedCustomValues(customFields, original.customFields, edited.customFields);
  return {
    ...changes,
    ...(linesChanged ? { lines: after } : {}),
    ...(amountChanged ? { amount: amount ?? '0' } : {}),
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
    version,
  };
}
