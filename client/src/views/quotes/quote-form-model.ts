import type {
  CreateQuoteBody,
  CustomField,
  OpportunityDetail,
  QuoteDetail,
  QuoteLine,
  QuoteLineInput,
  UpdateQuoteBody,
} from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { changedCustomValues, customValuesForCreate, toInputs, type CustomInputs } from '@/utils/custom-fields';
import { normaliseDecimalInput, trimZeros } from '@/utils/decimal';

/**
 * One quote line as the form edits it. Everything stays text; an empty description, unit price or
 * tax rate is left to the server (the product's specification, the customer's price on the day,
 * the product's tax rate). Amounts are the server's and shown once the quote is saved.
 */
export interface QuoteLineRow {
  productId: number | undefined;
  productCode: string;
  productName: string;
  description: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  /** The product's own tax rate, shown as the tax input's placeholder; '' when unknown. */
  productTaxRate: string;
}

export interface QuoteFormModel {
  title: string;
  customerId: number | undefined;
  contactId: number | undefined;
  validUntil: string;
  terms: string;
  notes: string;
  lines: QuoteLineRow[];
  customFields: CustomInputs;
}

/** Where a new quote comes from: a customer, or an opportunity (its customer and its lines). */
export interface QuoteOrigin {
  customer?: { id: number; name: string };
  opportunity?: OpportunityDetail;
}

export const QUOTE_FORM_FIELDS = ['title', 'customerId', 'contactId', 'validUntil', 'terms', 'notes', 'lines'] as const satisfies ReadonlyArray<
  keyof QuoteFormModel
>;

const LINE_FIELDS = ['productId', 'description', 'quantity', 'unitPrice', 'discountPercent', 'taxRate'] as const;

/** The form paths a line's server problems land on: lines.<i>.quantity and so on. */
export function quoteLinePaths(count: number): Array<`lines.${number}.${(typeof LINE_FIELDS)[number]}`> {
  return Array.from({ length: count }, (_, i) => LINE_FIELDS.map((field) => `lines.${i}.${field}` as const)).flat();
}

export function newQuoteLineRow(): QuoteLineRow {
  return { productId: undefined, productCode: '', productName: '', description: '', quantity: '1', unitPrice: '', discountPercent: '', taxRate: '', productTaxRate: '' };
}

export function toQuoteLineRow(line: QuoteLine): QuoteLineRow {
  return {
    productId: line.productId,
    productCode: line.productCode,
    productName: line.productName,
    description: line.description ?? '',
    quantity: trimZeros(line.quantity),
    unitPrice: line.unitPrice,
    discountPercent: trimZeros(line.discountPercent),
    taxRate: trimZeros(line.taxRate),
    productTaxRate: '',
  };
}

/** An opportunity's line as a quote line: the same product, quantity, price and discount. */
function fromOpportunityLine(line: OpportunityDetail['lines'][number]): QuoteLineRow {
  return {
    ...newQuoteLineRow(),
    productId: line.productId,
    productCode: line.productCode,
    productName: line.productName,
    quantity: trimZeros(line.quantity),
    unitPrice: line.unitPrice,
    discountPercent: trimZeros(line.discountPercent),
  };
}

export function toQuoteLineInput(row: QuoteLineRow): QuoteLineInput | null {
  if (row.productId === undefined) return null;
  const optional = {
    description: blankToNull(row.description),
    unitPrice: blankToNull(normaliseDecimalInput(row.unitPrice)),
    discountPercent: blankToNull(normaliseDecimalInput(row.discountPercent)),
    taxRate: blankToNull(normaliseDecimalInput(row.taxRate)),
  };
  return {
    productId: row.productId,
    quantity: normaliseDecimalInput(row.quantity),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== null)),
  };
}

export function toQuoteFormModel(quote?: QuoteDetail | null, origin: QuoteOrigin = {}, customFields: readonly CustomField[] = []): QuoteFormModel {
  const opportunity = origin.opportunity;
  return {
    title: quote?.title ?? opportunity?.name ?? '',
    customerId: quote?.customer.id ?? opportunity?.customer.id ?? origin.customer?.id,
    contactId: quote?.contactId ?? undefined,
    validUntil: quote?.validUntil ?? '',
    terms: quote?.terms ?? '',
    notes: quote?.notes ?? '',
    lines: quote ? quote.lines.map(toQuoteLineRow) : (opportunity?.lines ?? []).map(fromOpportunityLine),
    customFields: toInputs(customFields, quote?.customFields),
  };
}

function lineInputs(model: QuoteFormModel): QuoteLineInput[] {
  return model.lines.map(toQuoteLineInput).filter((line): line is QuoteLineInput => line !== null);
}

function editable(model: QuoteFormModel) {
  return {
    title: model.title.trim(),
    contactId: model.contactId ?? null,
    validUntil: blankToNull(model.validUntil),
    terms: blankToNull(model.terms),
    notes: blankToNull(model.notes),
  };
}

/** A new quote: empty fields left out; for an opportunity its id, which also fixes the customer. */
export function toCreateQuoteBody(model: QuoteFormModel, origin: QuoteOrigin = {}, customFields: readonly CustomField[] = []): CreateQuoteBody {
  const lines = lineInputs(model);
  const custom = customValuesForCreate(customFields, model.customFields);
  const { title, ...rest } = editable(model);
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null)),
    title,
    ...(origin.opportunity ? { opportunityId: origin.opportunity.id } : { customerId: model.customerId ?? 0 }),
    lines,
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
  };
}

/** What changed, with the version read. Lines are sent whole when any of them changed. */
export function toUpdateQuoteBody(original: QuoteFormModel, edited: QuoteFormModel, version: number, customFields: readonly CustomField[] = []): UpdateQuoteBody {
  const before = lineInputs(original);
  const after = lineInputs(edited);
  const custom = changedCustomValues(customFields, original.customFields, edited.customFields);
  return {
    ...changedFields(editable(original), editable(edited)),
    ...(JSON.stringify(before) !== JSON.stringify(after) ? { lines: after } : {}),
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
    version,
  };
}
