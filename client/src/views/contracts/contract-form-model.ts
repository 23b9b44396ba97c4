import type { ContractDetail, CreateContractBody, UpdateContractBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { normaliseDecimalInput } from '@/utils/decimal';

/** What a new contract comes from: an order or an accepted quote (customer and total), or nothing. */
export interface ContractOrigin {
  order?: { id: number; name: string };
  quote?: { id: number; name: string };
}

export interface ContractFormModel {
  title: string;
  customerId: number | undefined;
  amount: string;
  partyA: string;
  partyB: string;
  startOn: string;
  endOn: string;
  terms: string;
}

export const CONTRACT_FORM_FIELDS = ['title', 'customerId', 'amount', 'partyA', 'partyB', 'startOn', 'endOn', 'terms'] as const satisfies ReadonlyArray<
  keyof ContractFormModel
>;

export function toContractFormModel(contract: ContractDetail | null | undefined): ContractFormModel {
  return {
    title: contract?.title ?? '',
    customerId: contract?.customer.id,
    amount: contract?.amount ?? '',
    partyA: contract?.partyA ?? '',
    partyB: contract?.partyB ?? '',
    startOn: contract?.startOn ?? '',
    endOn: contract?.endOn ?? '',
    terms: contract?.terms ?? '',
  };
}

/** A new draft: from its origin (which fixes the customer), or for the customer picked. Empty fields are left out. */
export function toCreateContractBody(model: ContractFormModel, origin: ContractOrigin = {}): CreateContractBody {
  const body: CreateContractBody = { title: model.title.trim() };
  if (origin.order) body.orderId = origin.order.id;
  else if (origin.quote) body.quoteId = origin.quote.id;
  else if (model.customerId !== undefined) body.customerId = model.customerId;
  const amount = normaliseDecimalInput(model.amount);
  if (amount) body.amount = amount;
  for (const field of ['partyA', 'partyB', 'startOn', 'endOn', 'terms'] as const) {
    const value = blankToNull(model[field]);
    if (value !== null) body[field] = value;
  }
  return body;
}

/** Only what changed, with the version read; emptied dates and terms are cleared (null). */
export function toUpdateContractBody(original: ContractFormModel, edited: ContractFormModel, version: number): UpdateContractBody {
  // The customer is fixed once the contract exists.
  const changes = changedFields({ ...original, customerId: undefined }, { ...edited, customerId: undefined });
  const body: UpdateContractBody = { version };
  if (changes.title !== undefined) body.title = changes.title.trim();
  if (changes.amount !== undefined) body.amount = normaliseDecimalInput(changes.amount);
  if (changes.partyA !== undefined) body.partyA = changes.partyA.trim();
  if (changes.partyB !== undefined) body.partyB = changes.partyB.trim();
  for (const field of ['startOn', 'endOn', 'terms'] as const) {
    if (changes[field] !== undefined) body[field] = blankToNull(changes[field]);
  }
  return body;
}
