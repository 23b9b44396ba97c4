// ElTag comes through unplugin-auto-import, which also brings its stylesheet.
import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Opportunity, OpportunityStatus } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatCalendarDate } from '@/utils/custom-fields';
import { formatMoney } from '@/utils/decimal';
import { formatDate } from '@/utils/format';

export interface OpportunityColumnContext {
  locale: string;
  stageName: (id: number) => string;
  statusLabel: (status: OpportunityStatus) => string;
  showCustomerLink: boolean;
}

export const STATUS_TAG = { open: 'primary', won: 'success', lost: 'info' } as const;

/** The opportunity list's columns. name, createdAt, updatedAt and stageEnteredAt are the API's sort keys. */
export function opportunityColumns(ctx: OpportunityColumnContext): TableColumn<Opportunity>[] {
  return [
    {
      key: 'name',
      titleKey: 'opportunities.fields.name',
      width: 220,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) =>
        h(RouterLink, { to: { name: 'opportunity-detail', params: { id: row.id } }, 'data-test': 'opportunity-link' }, () => row.name),
    },
    {
      key: 'customer',
      titleKey: 'opportunities.fields.customer',
      width: 200,
      render: (row) =>
        ctx.showCustomerLink
          ? h(RouterLink, { to: { name: 'customer-detail', params: { id: row.customer.id } } }, () => row.customer.name)
          : row.customer.name,
    },
    { key: 'stageId', titleKey: 'opportunities.fields.stage', width: 140, render: (row) => ctx.stageName(row.stageId) },
    {
      key: 'status',
      titleKey: 'opportunities.fields.status',
      width: 100,
      render: (row) => h(ElTag, { size: 'small', type: STATUS_TAG[row.status] }, () => ctx.statusLabel(row.status)),
    },
    {
      key: 'amount',
      titleKey: 'opportunities.fields.amount',
      width: 160,
      align: 'right',
      render: (row) => `${row.currency} ${formatMoney(row.amount)}`,
    },
    { key: 'probability', titleKey: 'opportunities.fields.probability', width: 100, align: 'right', render: (row) => `${row.probability}%` },
    {
      key: 'expectedCloseDate',
      titleKey: 'opportunities.fields.expectedCloseDate',
      width: 140,
      render: (row) => (row.expectedCloseDate ? formatCalendarDate(row.expectedCloseDate, ctx.locale) : ''),
    },
    { key: 'owner', titleKey: 'opportunities.fields.owner', width: 170, render: (row) => row.owner?.displayName ?? '' },
    { key: 'createdAt', titleKey: 'opportunities.fields.createdAt', width: 130, sortable: true, render: (row) => formatDate(row.createdAt, ctx.locale) },
    { key: 'updatedAt', titleKey: 'opportunities.fields.updatedAt', width: 130, sortable: true, defaultVisible: false, render: (row) => formatDate(row.updatedAt, ctx.locale) },
    {
      key: 'stageEnteredAt',
      titleKey: 'opportunities.fields.stageEnteredAt',
      width: 150,
      sortable: true,
      defaultVisible: false,
      render: (row) => formatDate(row.stageEnteredAt, ctx.locale),
    },
    { key: 'competitors', titleKey: 'opportunities.fields.competitors', width: 180, defaultVisible: false, render: (row) => row.competitors ?? '' },
  ];
}
