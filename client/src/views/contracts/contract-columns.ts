import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Contract } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatCalendarDate } from '@/utils/custom-fields';
import { formatAmount } from '@/utils/decimal';
import { formatDate } from '@/utils/format';
import ContractStatusTag from './contract-status-tag.vue';

export interface ContractColumnContext {
  locale: string;
  showCustomerLink: boolean;
}

/** The contract list's columns. contractNumber, endOn, createdAt and updatedAt are the API's sort keys. */
export function contractColumns(ctx: ContractColumnContext): TableColumn<Contract>[] {
  const day = (value: string | null) => (value ? formatCalendarDate(value, ctx.locale) : '');
  return [
    {
      key: 'contractNumber',
      titleKey: 'contracts.fields.contractNumber',
      width: 150,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) => h(RouterLink, { to: { name: 'contract-detail', params: { id: row.id } }, 'data-test': 'contract-link' }, () => row.contractNumber),
    },
    { key: 'title', titleKey: 'contracts.fields.title', width: 220, render: (row) => row.title },
    {
      key: 'customer',
      titleKey: 'contracts.fields.customer',
      width: 200,
      render: (row) =>
        ctx.showCustomerLink ? h(RouterLink, { to: { name: 'customer-detail', params: { id: row.customer.id } } }, () => row.customer.name) : row.customer.name,
    },
    { key: 'status', titleKey: 'contracts.fields.status', width: 120, render: (row) => h(ContractStatusTag, { status: row.status }) },
    { key: 'amount', titleKey: 'contracts.fields.amount', width: 150, align: 'right', render: (row) => formatAmount(row.currency, row.amount) },
    { key: 'startOn', titleKey: 'contracts.fields.startOn', width: 120, render: (row) => day(row.startOn) },
    { key: 'endOn', titleKey: 'contracts.fields.endOn', width: 120, sortable: true, render: (row) => day(row.endOn) },
    { key: 'signedOn', titleKey: 'contracts.fields.signedOn', width: 120, defaultVisible: false, render: (row) => day(row.signedOn) },
    { key: 'owner', titleKey: 'contracts.fields.owner', width: 140, render: (row) => row.owner?.name ?? '' },
    { key: 'createdAt', titleKey: 'contracts.fields.createdAt', width: 120, sortable: true, render: (row) => formatDate(row.createdAt, ctx.locale) },
    { key: 'updatedAt', titleKey: 'contracts.fields.updatedAt', width: 120, sortable: true, defaultVisible: false, render: (row) => formatDate(row.updatedAt, ctx.locale) },
  ];
}
