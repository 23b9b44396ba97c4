import type { CreatePriceListBody, PriceList, UpdatePriceListBody } from '@/api/types';
import { blankToNull } from '@/utils/changed-fields';

/** A price list's header: who it applies to, when, and how it ranks against others. */
export interface PriceListFormModel {
  name: string;
  /** A customer_level key; empty: every customer. */
  customerLevel: string;
  validFrom: string;
  validTo: string;
  priority: number;
  isActive: boolean;
}

export const PRICE_LIST_FORM_FIELDS = [
  'name',
  'customerLevel',
  'validFrom',
  'validTo',
  'priority',
  'isActive',
] as const satisfies ReadonlyArray<keyof PriceListFormModel>;

export function toPriceListFormModel(list?: PriceList | null, today = ''): PriceListFormModel {
  return {
    name: list?.name ?? '',
    customerLevel: list?.customerLevel ?? '',
    validFrom: list?.validFrom ?? today,
    validTo: list?.validTo ?? '',
    priority: list?.priority ?? 0,
    isActive: list?.isActive ?? true,
  };
}

/** The API replaces the header as a whole (name and validity are required), with the version read. */
export function toPriceListBody(model: PriceListFormModel): CreatePriceListBody {
  return {
    name: model.name.trim(),
    customerLevel: blankToNull(model.customerLevel),
    validFrom: model.validFrom,
    validTo: blankToNull(model.validTo),
    priority: model.priority,
    isActive: model.isActive,
  };
}

export function toUpdatePriceListBody(model: PriceListFormModel, version: number): UpdatePriceListBody {
  return { ...toPriceListBody(model), version };
}

/** Whether the validity ends before it starts (dates as YYYY-MM-DD compare as text). */
export function endsBeforeStart(model: Pick<PriceListFormModel, 'validFrom' | 'validTo'>): boolean {
  return !!model.validFrom && !!model.validTo && model.validTo < model.validFrom;
}
