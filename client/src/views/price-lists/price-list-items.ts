import type { PriceListItem, PriceListItemInput } from '@/api/types';
import { isMoney, normaliseDecimalInput } from '@/utils/decimal';

/** One price being edited: the product, and its price as the user typed it. */
export interface ItemRow {
  productId: number | undefined;
  productCode: string;
  productName: string;
  unitPrice: string;
}

export function toItemRows(items: readonly PriceListItem[]): ItemRow[] {
  return items.map((item) => ({ ...item }));
}

export type ItemProblem = { row: number; problem: 'product' | 'duplicate' | 'price' };

/** What stops the prices from being saved, row by row. */
export function itemProblems(rows: readonly ItemRow[]): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const seen = new Set<number>();
  rows.forEach((row, index) => {
    if (row.productId === undefined) problems.push({ row: index, problem: 'product' });
    else if (seen.has(row.productId)) problems.push({ row: index, problem: 'duplicate' });
    else seen.add(row.productId);
    if (!isMoney(normaliseDecimalInput(row.unitPrice))) problems.push({ row: index, problem: 'price' });
  });
  return problems;
}

/** The prices as the API replaces them: exact decimal text, never a float. */
export function toItemInputs(rows: readonly ItemRow[]): PriceListItemInput[] {
  return rows
    .filter((row): row is ItemRow & { productId: number } => row.productId !== undefined)
    .map((row) => ({ productId: row.productId, unitPrice: normaliseDecimalInput(row.unitPrice) }));
}
