import type { Contact, CreateContactBody, UpdateContactBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';

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

export function toContactFormModel(contact?: Contact | null): ContactFormModel {
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

export function toCreateContactBody(model: ContactFormModel, customerId: number): CreateContactBody {
  return { ...editableFields(model), customerId };
}

export function toUpdateContactBody(original: ContactFormModel, edited: ContactFormModel, version: number): UpdateContactBody {
  return { ...changedFields(editableFields(original), editableFields(edited)), version };
}
