import type { CreateCustomerBody, Customer, UpdateCustomerBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { normaliseDecimalInput } from '@/utils/decimal';

/** What the customer form edits: text stays text, money included, until it is sent. */
export interface CustomerFormModel {
  name: string;
  code: string;
  customerType: Customer['customerType'];
  industry: string;
  customerLevel: string;
  source: string;
  region: string;
  phone: string;
  email: string;
  website: string;
  address: string;
  tags: string[];
  creditLimit: string;
  notes: string;
  ownerId: number | undefined;
}

export const CUSTOMER_FORM_FIELDS = [
  'name',
  'code',
  'customerType',
  'industry',
  'customerLevel',
  'source',
  'region',
  'phone',
  'email',
  'website',
  'address',
  'tags',
  'creditLimit',
  'notes',
  'ownerId',
] as const satisfies ReadonlyArray<keyof CustomerFormModel>;

export function toFormModel(customer?: Customer | null): CustomerFormModel {
  return {
    name: customer?.name ?? '',
    code: customer?.code ?? '',
    customerType: customer?.customerType ?? 'company',
    industry: customer?.industry ?? '',
    customerLevel: customer?.customerLevel ?? '',
    source: customer?.source ?? '',
    region: customer?.region ?? '',
    phone: customer?.phone ?? '',
    email: customer?.email ?? '',
    website: customer?.website ?? '',
    address: customer?.address ?? '',
    tags: [...(customer?.tags ?? [])],
    creditLimit: customer?.creditLimit ?? '',
    notes: customer?.notes ?? '',
    ownerId: customer?.owner?.id,
  };
}

/** The fields both create and update send, in the API's types: empty text becomes null. */
function editableFields(model: CustomerFormModel) {
  return {
    name: model.name.trim(),
    customerType: model.customerType,
    industry: blankToNull(model.industry),
    customerLevel: blankToNull(model.customerLevel),
    source: blankToNull(model.source),
    region: blankToNull(model.region),
    phone: blankToNull(model.phone),
    email: blankToNull(model.email),
    website: blankToNull(model.website),
    address: blankToNull(model.address),
    tags: model.tags.map((tag) => tag.trim()).filter(Boolean),
    creditLimit: blankToNull(normaliseDecimalInput(model.creditLimit)),
    notes: blankToNull(model.notes),
  };
}

export function toCreateBody(model: CustomerFormModel): CreateCustomerBody {
  const code = model.code.trim();
  return {
    ...editableFields(model),
    ...(code ? { code } : {}),
    ...(model.ownerId !== undefined ? { ownerId: model.ownerId } : {}),
  };
}

/** Only what changed, with the version that was read; the owner changes through a transfer. */
export function toUpdateBody(original: CustomerFormModel, edited: CustomerFormModel, version: number): UpdateCustomerBody {
  const changes = changedFields(editableFields(original), editableFields(edited));
  const code = edited.code.trim();
  return { ...changes, ...(code && code !== original.code ? { code } : {}), version };
}
