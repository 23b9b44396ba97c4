// ElTag comes through unplugin-auto-import, which also brings its stylesheet.
import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Customer } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatMoney } from '@/utils/decimal';
import { formatDate } from '@/utils/format';
import PicklistTag from '@/components/picklist-tag.vue';
import { CUSTOMER_PICKLISTS, type PicklistField } from './customer-picklists';

export interface CustomerColumnContext {
  locale: string;
  picklistLabel: (field: PicklistField, key: string | null | undefined) => string;
  statusLabel: (status: Customer['status']) => string;
  typeLabel: (type: Customer['customerType']) => string;
  /** The owner column of a customer waiting in the pool. */
  poolLabel: string;
  /** Names link to the record, except where the user may not open it yet (the pool). */
  linkToRecord?: boolean;
}

/** A field the user may not see is absent from the row: it reads as empty, never "undefined". */
const text = (value: string | null | undefined) => value ?? '';

/** The customer list's columns. name, code, createdAt and updatedAt are the API's sort keys. */
export function customerColumns(ctx: CustomerColumnContext): TableColumn<Customer>[] {
  return [
    {
      key: 'name',
      titleKey: 'customers.fields.name',
      width: 240,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) =>
        ctx.linkToRecord === false
          ? row.name
          : h(RouterLink, { to: { name: 'customer-detail', params: { id: row.id } }, 'data-test': 'customer-link' }, () => row.name),
    },
    { key: 'code', titleKey: 'customers.fields.code', width: 130, sortable: true, render: (row) => row.code },
    {
      key: 'customerLevel',
      titleKey: 'customers.fields.customerLevel',
      width: 130,
      render: (row) => h(PicklistTag, { picklist: CUSTOMER_PICKLISTS.customerLevel, value: row.customerLevel ?? null }),
    },
    { key: 'industry', titleKey: 'customers.fields.industry', width: 130, render: (row) => ctx.picklistLabel('industry', row.industry) },
    { key: 'region', titleKey: 'customers.fields.region', width: 120, render: (row) => ctx.picklistLabel('region', row.region) },
    { key: 'owner', titleKey: 'customers.fields.owner', width: 170, render: (row) => row.owner?.displayName ?? ctx.poolLabel },
    { key: 'phone', titleKey: 'customers.fields.phone', width: 160, render: (row) => text(row.phone) },
    { key: 'createdAt', titleKey: 'customers.fields.createdAt', width: 130, sortable: true, render: (row) => formatDate(row.createdAt, ctx.locale) },
    { key: 'source', titleKey: 'customers.fields.source', width: 120, defaultVisible: false, render: (row) => ctx.picklistLabel('source', row.source) },
    { key: 'customerType', titleKey: 'customers.fields.customerType', width: 110, defaultVisible: false, render: (row) => ctx.typeLabel(row.customerType) },
    { key: 'email', titleKey: 'customers.fields.email', width: 220, defaultVisible: false, render: (row) => text(row.email) },
    {
      key: 'creditLimit',
      titleKey: 'customers.fields.creditLimit',
      width: 150,
      align: 'right',
      defaultVisible: false,
      render: (row) => (row.creditLimit ? formatMoney(row.creditLimit) : ''),
    },
    { key: 'tags', titleKey: 'customers.fields.tags', width: 160, defaultVisible: false, render: (row) => (row.tags ?? []).join(', ') },
    {
      key: 'status',
      titleKey: 'customers.fields.status',
      width: 110,
      defaultVisible: false,
      render: (row) => h(ElTag, { type: row.status === 'active' ? 'success' : 'info', size: 'small' }, () => ctx.statusLabel(row.status)),
    },
    { key: 'updatedAt', titleKey: 'customers.fields.updatedAt', width: 130, sortable: true, defaultVisible: false, render: (row) => formatDate(row.updatedAt, ctx.locale) },
  ];
}
