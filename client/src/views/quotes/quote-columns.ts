import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Quote } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatCalendarDate } from '@/utils/custom-fields';
import { formatMoney } from '@/utils/decimal';
import { formatDate } from '@/utils/format';
import QuoteStatusTag from './quote-status-tag.vue';

export interface QuoteColumnContext {
  locale: string;
  showCustomerLink: boolean;
}

/** A quote's total as the server worked it out, with its currency. */
export const quoteMoney = (quote: Pick<Quote, 'currency'>, value: string) => `${quote.currency} ${formatMoney(value)}`;

/** The quote lists' columns. quoteNumber, total, createdAt and updatedAt are the API's sort keys. */
export function quoteColumns(ctx: QuoteColumnContext): TableColumn<Quote>[] {
  return [
    {
      key: 'quoteNumber',
      titleKey: 'quotes.fields.quoteNumber',
      width: 150,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) => h(RouterLink, { to: { name: 'quote-detail', params: { id: row.id } }, 'data-test': 'quote-link' }, () => `${row.quoteNumber}`),
    },
    { key: 'revision', titleKey: 'quotes.fields.revision', width: 70, align: 'right', render: (row) => `${row.revision}` },
    { key: 'title', titleKey: 'quotes.fields.title', width: 220, render: (row) => row.title },
    {
      key: 'customer',
      titleKey: 'quotes.fields.customer',
      width: 200,
      render: (row) =>
        ctx.showCustomerLink ? h(RouterLink, { to: { name: 'customer-detail', params: { id: row.customer.id } } }, () => row.customer.name) : row.customer.name,
    },
    { key: 'status', titleKey: 'quotes.fields.status', width: 130, render: (row) => h(QuoteStatusTag, { status: row.status }) },
    { key: 'total', titleKey: 'quotes.fields.total', width: 150, align: 'right', sortable: true, render: (row) => quoteMoney(row, row.total) },
    { key: 'maxDiscountPercent', titleKey: 'quotes.fields.maxDiscount', width: 110, align: 'right', defaultVisible: false, render: (row) => `${row.maxDiscountPercent}%` },
    { key: 'validUntil', titleKey: 'quotes.fields.validUntil', width: 120, render: (row) => (row.validUntil ? formatCalendarDate(row.validUntil, ctx.locale) : '') },
    { key: 'owner', titleKey: 'quotes.fields.owner', width: 140, render: (row) => row.owner?.name ?? '' },
    { key: 'approver', titleKey: 'quotes.fields.approver', width: 140, defaultVisible: false, render: (row) => row.approver?.name ?? '' },
    { key: 'createdAt', titleKey: 'quotes.fields.createdAt', width: 120, sortable: true, render: (row) => formatDate(row.createdAt, ctx.locale) },
    { key: 'updatedAt', titleKey: 'quotes.fields.updatedAt', width: 120, sortable: true, defaultVisible: false, render: (row) => formatDate(row.updatedAt, ctx.locale) },
  ];
}
