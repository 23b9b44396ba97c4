import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Order } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatCalendarDate } from '@/utils/custom-fields';
import { formatAmount } from '@/utils/decimal';
import { formatDate } from '@/utils/format';
import OrderStatusTag from './order-status-tag.vue';

export interface OrderColumnContext {
  locale: string;
  showCustomerLink: boolean;
}

/** The order list's columns. orderNumber, total, createdAt and updatedAt are the API's sort keys. */
export function orderColumns(ctx: OrderColumnContext): TableColumn<Order>[] {
  return [
    {
      key: 'orderNumber',
      titleKey: 'orders.fields.orderNumber',
      width: 160,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) => h(RouterLink, { to: { name: 'order-detail', params: { id: row.id } }, 'data-test': 'order-link' }, () => row.orderNumber),
    },
    {
      key: 'customer',
      titleKey: 'orders.fields.customer',
      width: 220,
      render: (row) =>
        ctx.showCustomerLink ? h(RouterLink, { to: { name: 'customer-detail', params: { id: row.customer.id } } }, () => row.customer.name) : row.customer.name,
    },
    { key: 'status', titleKey: 'orders.fields.status', width: 160, render: (row) => h(OrderStatusTag, { status: row.status, late: row.late, paymentOverdue: row.paymentOverdue }) },
    { key: 'total', titleKey: 'orders.fields.total', width: 150, align: 'right', sortable: true, render: (row) => formatAmount(row.currency, row.total) },
    { key: 'promisedOn', titleKey: 'orders.fields.promisedOn', width: 130, render: (row) => (row.promisedOn ? formatCalendarDate(row.promisedOn, ctx.locale) : '') },
    { key: 'deliveredOn', titleKey: 'orders.fields.deliveredOn', width: 130, render: (row) => (row.deliveredOn ? formatCalendarDate(row.deliveredOn, ctx.locale) : '') },
    {
      key: 'quote',
      titleKey: 'orders.fields.quote',
      width: 150,
      render: (row) => (row.quote ? h(RouterLink, { to: { name: 'quote-detail', params: { id: row.quote.id } } }, () => row.quote?.name ?? '') : ''),
    },
    { key: 'owner', titleKey: 'orders.fields.owner', width: 140, render: (row) => row.owner?.name ?? '' },
    { key: 'createdAt', titleKey: 'orders.fields.createdAt', width: 120, sortable: true, render: (row) => formatDate(row.createdAt, ctx.locale) },
    { key: 'updatedAt', titleKey: 'orders.fields.updatedAt', width: 120, sortable: true, defaultVisible: false, render: (row) => formatDate(row.updatedAt, ctx.locale) },
  ];
}
