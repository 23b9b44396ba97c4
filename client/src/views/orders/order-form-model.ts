import type { CreateOrderBody, OrderDetail, UpdateOrderBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';

/** What the order form edits: the delivery arrangements; lines and totals are the quote's. */
export interface OrderFormModel {
  promisedOn: string;
  deliveryAddress: string;
  notes: string;
}

export const ORDER_FORM_FIELDS = ['promisedOn', 'deliveryAddress', 'notes'] as const satisfies ReadonlyArray<keyof OrderFormModel>;

export function toOrderFormModel(order: OrderDetail | null | undefined): OrderFormModel {
  return { promisedOn: order?.promisedOn ?? '', deliveryAddress: order?.deliveryAddress ?? '', notes: order?.notes ?? '' };
}

/** A new order of the quote: empty fields are left out. */
export function toCreateOrderBody(quoteId: number, model: OrderFormModel): CreateOrderBody {
  const body: CreateOrderBody = { quoteId };
  for (const field of ORDER_FORM_FIELDS) {
    const value = blankToNull(model[field]);
    if (value !== null) body[field] = value;
  }
  return body;
}

/** Only what changed, with the version read; an emptied field is cleared (null). */
export function toUpdateOrderBody(original: OrderFormModel, model: OrderFormModel, version: number): UpdateOrderBody {
  const changes = changedFields(original, model);
  return { version, ...Object.fromEntries(Object.entries(changes).map(([field, value]) => [field, blankToNull(value)])) };
}
