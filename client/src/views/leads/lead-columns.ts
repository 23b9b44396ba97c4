// ElTag and ElButton come through unplugin-auto-import, which also brings their stylesheets.
import { h, type VNodeChild } from 'vue';
import { RouterLink } from 'vue-router';
import type { Lead, LeadStatus } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatDate } from '@/utils/format';
import { LEAD_STATUS_TAG } from './lead-form-model';

export interface LeadColumnContext {
  locale: string;
  statusLabel: (status: LeadStatus) => string;
  sourceLabel: (key: string | null) => string;
  ownerName: (id: number | null) => string;
  /** Row actions (claim in the pool); none in the user's own list. */
  actions?: (lead: Lead) => VNodeChild;
}

/** The lead list's columns. name and createdAt are the API's sort keys. The pool's claim comes right after the name. */
export function leadColumns(ctx: LeadColumnContext): TableColumn<Lead>[] {
  const actions = ctx.actions;
  const columns: TableColumn<Lead>[] = [
    {
      key: 'name',
      titleKey: 'leads.fields.name',
      width: 180,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) => h(RouterLink, { to: { name: 'lead-detail', params: { id: row.id } }, 'data-test': 'lead-link' }, () => row.name),
    },
    ...(actions ? [{ key: 'actions', titleKey: 'common.actions', width: 100, required: true, render: (row: Lead) => actions(row) } as const] : []),
    { key: 'company', titleKey: 'leads.fields.company', width: 200, render: (row) => row.company ?? '' },
    {
      key: 'status',
      titleKey: 'leads.fields.status',
      width: 120,
      render: (row) => h(ElTag, { size: 'small', type: LEAD_STATUS_TAG[row.status] }, () => ctx.statusLabel(row.status)),
    },
    { key: 'source', titleKey: 'leads.fields.source', width: 130, render: (row) => ctx.sourceLabel(row.source) },
    { key: 'campaign', titleKey: 'leads.fields.campaign', width: 150, defaultVisible: false, render: (row) => row.campaign ?? '' },
    { key: 'phone', titleKey: 'leads.fields.phone', width: 140, render: (row) => row.phone ?? '' },
    { key: 'email', titleKey: 'leads.fields.email', width: 200, render: (row) => row.email ?? '' },
    ...(actions ? [] : [{ key: 'owner', titleKey: 'leads.fields.owner', width: 140, render: (row: Lead) => ctx.ownerName(row.ownerId) } as const]),
    { key: 'createdAt', titleKey: 'leads.fields.createdAt', width: 130, sortable: true, render: (row) => formatDate(row.createdAt, ctx.locale) },
  ];
  return columns;
}
