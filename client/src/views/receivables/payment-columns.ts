import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Payment, PaymentMethod } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatCalendarDate } from '@/utils/custom-fields';
import { formatMoney } from '@/utils/decimal';
import { formatDateTime } from '@/utils/format';

export interface PaymentColumnContext {
  locale: string;
  methodLabel: (method: PaymentMethod) => string;
  /** Which instalments the payment settled, as text. */
  allocations: (payment: Payment) => string;
}

/** The payment list's columns; createdAt and paidOn are the API's sort keys. */
export function paymentColumns(ctx: PaymentColumnContext): TableColumn<Payment>[] {
  return [
    {
      key: 'contract',
      titleKey: 'payments.fields.contract',
      width: 150,
      pinned: true,
      required: true,
      render: (row) => h(RouterLink, { to: { name: 'contract-detail', params: { id: row.contract.id } } }, () => row.contract.name),
    },
    { key: 'customer', titleKey: 'payments.fields.customer', width: 200, render: (row) => row.customer.name },
    { key: 'amount', titleKey: 'payments.fields.amount', width: 130, align: 'right', render: (row) => formatMoney(row.amount) },
    { key: 'paidOn', titleKey: 'payments.fields.paidOn', width: 120, sortable: true, render: (row) => formatCalendarDate(row.paidOn, ctx.locale) },
    { key: 'method', titleKey: 'payments.fields.method', width: 120, render: (row) => ctx.methodLabel(row.method) },
    { key: 'reference', titleKey: 'payments.fields.reference', width: 140, render: (row) => row.reference ?? '' },
    {
      key: 'allocations',
      titleKey: 'payments.fields.allocations',
      width: 280,
      render: (row) => ctx.allocations(row),
    },
    { key: 'notes', titleKey: 'payments.fields.notes', width: 200, defaultVisible: false, render: (row) => row.notes ?? '' },
    { key: 'createdAt', titleKey: 'payments.fields.createdAt', width: 170, sortable: true, render: (row) => formatDateTime(row.createdAt, ctx.locale) },
  ];
}
