import type { Contact, ContactGovernedField, CreateContactBody, CustomField, UpdateContactBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { changedCustomValues, customValuesForCreate, toInputs, type CustomInputs } from '@/utils/custom-fields';

/** The picklist of a contact's role at its customer. */
export const CONTACT_ROLE_PICKLIST = 'contact_role';

export interface ContactFormModel {
  name: string;
  title: string;
  /** A contact_role picklist key, or empty. */
  contactRole: string;
  mobile: string;
  phone: string;
  email: string;
  /** YYYY-MM-DD, or empty. */
  birthday: string;
  isPrimary: boolean;
  notes: string;
  /** Custom field inputs by field key. */
  customFields: CustomInputs;
}

export const CONTACT_FORM_FIELDS = [
  'name',
  'title',
  'contactRole',
  'mobile',
  'phone',
  'email',
  'birthday',
  'isPrimary',
  'notes',
] as const satisfies ReadonlyArray<keyof ContactFormModel>;

/** The built-in fields a field rule can hide or make read-only (GET /field-rules, governed). */
export const CONTACT_GOVERNED_FIELDS = [
  'mobile',
  'phone',
  'email',
  'birthday',
  'notes',
  'contactRole',
] as const satisfies readonly ContactGovernedField[];

export function toContactFormModel(contact?: Contact | null, customFields: readonly CustomField[] = []): ContactFormModel {
  return {
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    contactRole: contact?.contactRole ?? '',
    mobile: contact?.mobile ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    birthday: contact?.birthday ?? '',
    isPrimary: contact?.isPrimary ?? false,
    notes: contact?.notes ?? '',
    customFields: toInputs(customFields, contact?.customFields),
  };
}

function editableFields(model: ContactFormModel) {
  return {
    name: model.name.trim(),
    title: blankToNull(model.title),
    contactRole: blankToNull(model.contactRole),
    mobile: blankToNull(model.mobile),
    phone: blankToNull(model.phone),
    email: blankToNull(model.email),
    birthday: blankToNull(model.birthday),
    isPrimary: model.isPrimary,
    notes: blankToNull(model.notes),
  };
}

/**
 * A new contact: only the fields that have a value. An empty field is left out rather than sent as
 * null, because a field rule may make it read-only for the user and the server refuses any value.
 */
export function toCreateContactBody(model: ContactFormModel, customerId: number, customFields: readonly CustomField[] = []): CreateContactBody {
  const filled = Object.fromEntries(Object.entries(editableFields(model)).filter(([, value]) => value !== null));
  const custom = customValuesForCreate(customFields, model.customFields);
  return {
    ...filled,
    name: model.name.trim(),
    customerId,
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
  };
}

export function toUpdateContactBody(
  original: ContactFormModel,
  edited: ContactFormModel,
  version: number,
  customFields: readonly CustomField[] = [],
): UpdateContactBody {
  const custom = changedCustomValues(customFields, original.customFields, edited.customFields);
  return {
    ...changedFields(editableFields(original), editableFields(edited)),
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
    version,
  };
}
