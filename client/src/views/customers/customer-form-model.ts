import type { CreateCustomerBody, Customer, CustomerGovernedField, CustomField, UpdateCustomerBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { changedCustomValues, customValuesForCreate, toInputs, type CustomInputs } from '@/utils/custom-fields';
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
  /** Custom field inputs by field key. */
  customFields: CustomInputs;
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

/** The built-in fields a field rule can hide or make read-only (GET /field-rules, governed). */
export const CUSTOMER_GOVERNED_FIELDS = [
  'creditLimit',
  'phone',
  'email',
  'address',
  'website',
  'tags',
  'notes',
  'industry',
  'customerLevel',
  'source',
  'region',
] as const satisfies readonly CustomerGovernedField[];

export function toFormModel(customer?: Customer | null, customFields: readonly CustomField[] = []): CustomerFormModel {
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
    customFields: toInputs(customFields, customer?.customFields),
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

/**
 * A new customer: only the fields that have a value. An empty field is left out rather than sent
 * as null, because a field rule may make a field read-only for the user, and the server refuses
 * any value for it, null included.
 */
export function toCreateBody(model: CustomerFormModel, customFields: readonly CustomField[] = []): CreateCustomerBody {
  const filled = Object.fromEntries(
    Object.entries(editableFields(model)).filter(([, value]) => value !== null && !(Array.isArray(value) && !value.length)),
  ) as Partial<ReturnType<typeof editableFields>>;
  const code = model.code.trim();
  const custom = customValuesForCreate(customFields, model.customFields);
  return {
    ...filled,
    name: model.name.trim(),
    ...(code ? { code } : {}),
    ...(model.ownerId !== undefined ? { ownerId: model.ownerId } : {}),
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
  };
}

/** Only what changed, with the version that was read; the owner changes through a transfer. */
export function toUpdateBody(
  original: CustomerFormModel,
  edited: CustomerFormModel,
  version: number,
  customFields: readonly CustomField[] = [],
): UpdateCustomerBody {
  const changes = changedFields(editableFields(original), editableFields(edited));
  const code = edited.code.trim();
  const custom = changedCustomValues(customFields, original.customFields, edited.customFields);
  return {
    ...changes,
    ...(code && code !== original.code ? { code } : {}),
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
    version,
  };
}
