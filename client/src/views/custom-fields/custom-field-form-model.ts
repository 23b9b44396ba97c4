import type { CreateCustomFieldBody, CustomField, CustomFieldEntity, CustomFieldType, UpdateCustomFieldBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { toApiValue, toInput, type CustomInput } from '@/utils/custom-fields';

/** What the custom field form edits. Key, type, picklist and scale are fixed once created. */
export interface CustomFieldFormModel {
  fieldKey: string;
  labelEn: string;
  labelZh: string;
  fieldType: CustomFieldType;
  picklistKey: string;
  decimalScale: number;
  required: boolean;
  /** The default in the shape the field's own input edits. */
  defaultValue: CustomInput;
  helpEn: string;
  helpZh: string;
  visibleRoles: string[];
  editableRoles: string[];
  sortOrder: number;
}

export const CUSTOM_FIELD_FORM_FIELDS = [
  'fieldKey',
  'labelEn',
  'labelZh',
  'fieldType',
  'picklistKey',
  'decimalScale',
  'required',
  'defaultValue',
  'helpEn',
  'helpZh',
  'visibleRoles',
  'editableRoles',
  'sortOrder',
] as const satisfies ReadonlyArray<keyof CustomFieldFormModel>;

export const CUSTOM_FIELD_TYPES: CustomFieldType[] = [
  'text',
  'longText',
  'number',
  'decimal',
  'date',
  'boolean',
  'picklist',
  'multiPicklist',
  'user',
];

export const needsPicklist = (type: CustomFieldType) => type === 'picklist' || type === 'multiPicklist';

/** The definition the form describes, enough for the default value's input and conversion. */
export function draftField(model: CustomFieldFormModel, entity: CustomFieldEntity): CustomField {
  return {
    id: 0,
    entity,
    fieldKey: model.fieldKey,
    labelEn: model.labelEn,
    labelZh: model.labelZh,
    fieldType: model.fieldType,
    required: model.required,
    defaultValue: null,
    helpEn: null,
    helpZh: null,
    picklistKey: needsPicklist(model.fieldType) ? model.picklistKey : null,
    decimalScale: model.fieldType === 'decimal' ? model.decimalScale : null,
    visibleRoles: [],
    editableRoles: [],
    sortOrder: model.sortOrder,
    isActive: true,
    editable: true,
    filterable: model.fieldType !== 'longText',
    version: 0,
  };
}

export function toCustomFieldFormModel(field?: CustomField | null, nextSortOrder = 0): CustomFieldFormModel {
  return {
    fieldKey: field?.fieldKey ?? '',
    labelEn: field?.labelEn ?? '',
    labelZh: field?.labelZh ?? '',
    fieldType: field?.fieldType ?? 'text',
    picklistKey: field?.picklistKey ?? '',
    decimalScale: field?.decimalScale ?? 2,
    required: field?.required ?? false,
    defaultValue: field ? toInput(field, field.defaultValue) : '',
    helpEn: field?.helpEn ?? '',
    helpZh: field?.helpZh ?? '',
    visibleRoles: [...(field?.visibleRoles ?? [])],
    editableRoles: [...(field?.editableRoles ?? [])],
    sortOrder: field?.sortOrder ?? nextSortOrder,
  };
}

/** The settings both create and update send. */
function settings(model: CustomFieldFormModel, entity: CustomFieldEntity) {
  return {
    labelEn: model.labelEn.trim(),
    labelZh: model.labelZh.trim(),
    required: model.required,
    defaultValue: toApiValue(draftField(model, entity), model.defaultValue),
    helpEn: blankToNull(model.helpEn),
    helpZh: blankToNull(model.helpZh),
    visibleRoles: [...model.visibleRoles].sort(),
    editableRoles: [...model.editableRoles].sort(),
    sortOrder: model.sortOrder,
  };
}

export function toCreateCustomFieldBody(model: CustomFieldFormModel, entity: CustomFieldEntity): CreateCustomFieldBody {
  const { defaultValue, ...rest } = settings(model, entity);
  return {
    entity,
    fieldKey: model.fieldKey.trim(),
    fieldType: model.fieldType,
    ...(needsPicklist(model.fieldType) ? { picklistKey: model.picklistKey } : {}),
    ...(model.fieldType === 'decimal' ? { decimalScale: model.decimalScale } : {}),
    ...rest,
    ...(defaultValue !== null ? { defaultValue } : {}),
  };
}

export function toUpdateCustomFieldBody(
  original: CustomFieldFormModel,
  edited: CustomFieldFormModel,
  entity: CustomFieldEntity,
  version: number,
): UpdateCustomFieldBody {
  return { ...changedFields(settings(original, entity), settings(edited, entity)), version };
}
