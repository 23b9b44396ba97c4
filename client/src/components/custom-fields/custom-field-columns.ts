import type { CustomField, CustomFieldValue, CustomFieldValues } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { customSortKey } from '@/utils/custom-fields';

export interface CustomColumnContext {
  label: (field: CustomField) => string;
  format: (field: CustomField, value: CustomFieldValue | undefined) => string;
}

/** Optional list columns for an entity's custom fields; sortable where the server can sort them. */
export function customFieldColumns<T extends { customFields: CustomFieldValues }>(
  fields: readonly CustomField[],
  ctx: CustomColumnContext,
): TableColumn<T>[] {
  return fields.map((field) => ({
    key: customSortKey(field),
    title: ctx.label(field),
    width: field.fieldType === 'longText' ? 240 : 150,
    sortable: field.filterable && field.fieldType !== 'multiPicklist',
    align: field.fieldType === 'number' || field.fieldType === 'decimal' ? 'right' : 'left',
    defaultVisible: false,
    render: (row) => ctx.format(field, row.customFields[field.fieldKey]),
  }));
}
