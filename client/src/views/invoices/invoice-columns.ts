import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Invoice } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatCalendarDate } from '@/utils/custom-fields';
import { formatAmount } from '@/utils/decimal';
import { formatDate } from '@/utils/format';
import InvoiceStatusTag from './invoice-status-tag.vue';

export interface InvoiceColumnContext {
  locale: string;
  showCustomerLink: boolean;
  /** What a draft, which has no number yet, is called. */
  draftLabel: string;
}

/** The invoice list's columns; createdAt and issuedOn are the API's sort keys. */
export function invoiceColumns(ctx: InvoiceColumnContext): TableColumn<Invoice>[] {
  return [
    {
      key: 'invoiceNumber',
      titleKey: 'invoices.fields.invoiceNumber',
      width: 170,
      pinned: true,
      required: true,
      render: (row) => h(RouterLink, { to: { name: 'invoice-detail', params: { id: row.id } }, 'data-test': 'invoice-link' }, () => row.invoiceNumber ?? ctx.draftLabel),
    },
    {
      key: 'customer',
      titleKey: 'invoices.fields.customer',
      width: 220,
      render: (row) =>
        ctx.showCustomerLink ? h(RouterLink, { to: { name: 'customer-detail', params: { id: row.customer.id } } }, () => row.customer.name) : row.customer.name,
    },
    { key: 'status', titleKey: 'invoices.fields.status', width: 110, render: (row) => h(InvoiceStatusTag, { status: row.status }) },
    { key: 'total', titleKey: 'invoices.fields.total', width: 150, align: 'right', render: (row) => formatAmount(row.currency, row.total) },
    { key: 'issuedOn', titleKey: 'invoices.fields.issuedOn', width: 130, sortable: true, render: (row) => (row.issuedOn ? formatCalendarDate(row.issuedOn, ctx.locale) : '') },
    { key: 'owner', titleKey: 'invoices.fields.owner', width: 140, render: (row) => row.owner?.name ?? '' },
    { key: 'createdAt', titleKey: 'invoices.fields.createdAt', width: 120, sortable: true, render: (row) => formatDate(row.createdAt, ctx.locale) },
  ];
}
