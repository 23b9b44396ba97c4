import type { CreateInvoiceBody, InvoiceLineInput } from '@/api/types';
import { normaliseDecimalInput } from '@/utils/decimal';

/** What an invoice is of: an order (all its lines) or a contract (the lines given here). */
export type InvoiceOrigin = { kind: 'order' | 'contract'; id: number; number: string };

/** A line as typed: decimals as text; an empty discount is none. */
export type InvoiceLineRow = Required<Omit<InvoiceLineInput, 'productId'>>;

export interface InvoiceFormModel {
  lines: InvoiceLineRow[];
  notes: string;
}

export const newInvoiceLine = (): InvoiceLineRow => ({ description: '', quantity: '1', unitPrice: '', discountPercent: '', taxRate: '' });

export function newInvoiceModel(origin: InvoiceOrigin): InvoiceFormModel {
  return { lines: origin.kind === 'contract' ? [newInvoiceLine()] : [], notes: '' };
}

/** Where the server's problems land: the lines as a whole, each cell, the notes. */
export function invoiceFormPaths(model: InvoiceFormModel): string[] {
  const cells = ['description', 'quantity', 'unitPrice', 'discountPercent', 'taxRate'];
  return ['orderId', 'contractId', 'notes', 'lines', ...model.lines.flatMap((_, i) => cells.map((cell) => `lines.${i}.${cell}`))];
}

/** An order's draft takes all its lines (none sent); a contract's the lines given. */
export function toCreateInvoiceBody(origin: InvoiceOrigin, model: InvoiceFormModel): CreateInvoiceBody {
  const notes = model.notes.trim();
  const body: CreateInvoiceBody = origin.kind === 'order' ? { orderId: origin.id } : { contractId: origin.id };
  if (notes) body.notes = notes;
  if (origin.kind === 'contract') {
    body.lines = model.lines.map((line) => {
      const discount = normaliseDecimalInput(line.discountPercent);
      return {
        description: line.description.trim(),
        quantity: normaliseDecimalInput(line.quantity),
        unitPrice: normaliseDecimalInput(line.unitPrice),
        taxRate: normaliseDecimalInput(line.taxRate),
        ...(discount ? { discountPercent: discount } : {}),
      };
    });
  }
  return body;
}

/** The server's INVOICED_BEYOND_TOTAL details: what is invoiced already and the ceiling. */
export function beyondTotalOf(details: unknown): { invoiced: string; ceiling: string } | null {
  if (typeof details !== 'object' || details === null) return null;
  const { invoiced, ceiling } = details as Record<string, unknown>;
  return typeof invoiced === 'string' && typeof ceiling === 'string' ? { invoiced, ceiling } : null;
}
