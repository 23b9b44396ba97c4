import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Receivable } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatCalendarDate } from '@/utils/custom-fields';
import { formatMoney, isZeroAmount } from '@/utils/decimal';

export interface ReceivableColumnContext {
  locale: string;
  showCustomerLink: boolean;
  instalmentLabel: (seq: number) => string;
}

/** The instalment list's columns; dueOn is the API's sort key. Outstanding and lateness stand out. */
export function receivableColumns(ctx: ReceivableColumnContext): TableColumn<Receivable>[] {
  return [
    {
      key: 'contract',
      titleKey: 'receivables.fields.contract',
      width: 150,
      pinned: true,
      required: true,
      render: (row) => h(RouterLink, { to: { name: 'contract-detail', params: { id: row.contract.id } }, 'data-test': 'receivable-contract' }, () => row.contract.name),
    },
    { key: 'seq', titleKey: 'receivables.fields.seq', width: 100, render: (row) => ctx.instalmentLabel(row.seq) },
    {
      key: 'customer',
      titleKey: 'receivables.fields.customer',
      width: 200,
      render: (row) =>
        ctx.showCustomerLink ? h(RouterLink, { to: { name: 'customer-detail', params: { id: row.customer.id } } }, () => row.customer.name) : row.customer.name,
    },
    { key: 'dueOn', titleKey: 'receivables.fields.dueOn', width: 140, sortable: true, render: (row) => formatCalendarDate(row.dueOn, ctx.locale) },
    { key: 'amount', titleKey: 'receivables.fields.amount', width: 120, align: 'right', render: (row) => formatMoney(row.amount) },
    { key: 'paid', titleKey: 'receivables.fields.paid', width: 120, align: 'right', render: (row) => formatMoney(row.paidAmount) },
    {
      key: 'outstanding',
      titleKey: 'receivables.fields.outstanding',
      width: 130,
      align: 'right',
      render: (row) =>
        h('strong', { class: isZeroAmount(row.outstanding) ? 'receivable--settled' : '', 'data-test': 'receivable-outstanding' }, formatMoney(row.outstanding)),
    },
    {
      key: 'daysOverdue',
      titleKey: 'receivables.fields.daysOverdue',
      width: 120,
      align: 'right',
      render: (row) =>
        row.daysOverdue > 0 ? h('span', { class: 'receivable--overdue', 'data-test': 'receivable-days-overdue' }, String(row.daysOverdue)) : '',
    },
    { key: 'owner', titleKey: 'receivables.fields.owner', width: 140, render: (row) => row.owner?.name ?? '' },
  ];
}
