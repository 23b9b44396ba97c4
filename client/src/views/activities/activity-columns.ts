// ElTag comes through unplugin-auto-import, which also brings its stylesheet.
import { h, type VNodeChild } from 'vue';
import { RouterLink } from 'vue-router';
import type { Activity } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatCalendarDate } from '@/utils/custom-fields';
import { formatDate, formatDateTime, todayIso } from '@/utils/format';

export interface ActivityColumnContext {
  locale: string;
  typeLabel: (key: string) => string;
  ownerName: (id: number | null) => string;
  /** Link texts for the records an activity belongs to. */
  relatedLabels: { customer: string; contact: string; opportunity: string; lead: string };
  actions: (activity: Activity) => VNodeChild;
}

/** The records an activity was logged against, as links. */
function related(row: Activity, labels: ActivityColumnContext['relatedLabels']): VNodeChild {
  const links = [
    row.customerId ? h(RouterLink, { to: { name: 'customer-detail', params: { id: row.customerId } } }, () => labels.customer) : null,
    row.contactId ? h(RouterLink, { to: { name: 'contact-detail', params: { id: row.contactId } } }, () => labels.contact) : null,
    row.opportunityId ? h(RouterLink, { to: { name: 'opportunity-detail', params: { id: row.opportunityId } } }, () => labels.opportunity) : null,
    row.leadId ? h(RouterLink, { to: { name: 'lead-detail', params: { id: row.leadId } } }, () => labels.lead) : null,
  ];
  return h('span', { class: 'activity-related' }, links.filter(Boolean));
}

/** The activity list's columns; occurredAt and createdAt are the API's sort keys. */
export function activityColumns(ctx: ActivityColumnContext): TableColumn<Activity>[] {
  const today = todayIso();
  return [
    { key: 'subject', titleKey: 'activities.fields.subject', width: 220, pinned: true, required: true, render: (row) => row.subject },
    { key: 'activityType', titleKey: 'activities.fields.activityType', width: 100, render: (row) => ctx.typeLabel(row.activityType) },
    { key: 'occurredAt', titleKey: 'activities.fields.occurredAt', width: 160, sortable: true, render: (row) => formatDateTime(row.occurredAt, ctx.locale) },
    { key: 'related', titleKey: 'activities.fields.related', width: 200, render: (row) => related(row, ctx.relatedLabels) },
    { key: 'outcome', titleKey: 'activities.fields.outcome', width: 200, render: (row) => row.outcome ?? '' },
    {
      key: 'nextFollowUpOn',
      titleKey: 'activities.fields.nextFollowUpOn',
      width: 140,
      render: (row) =>
        row.nextFollowUpOn
          ? h(ElTag, { size: 'small', type: row.nextFollowUpOn <= today ? 'danger' : 'info' }, () => formatCalendarDate(row.nextFollowUpOn ?? '', ctx.locale))
          : '',
    },
    { key: 'owner', titleKey: 'activities.fields.owner', width: 130, render: (row) => ctx.ownerName(row.ownerId) },
    { key: 'createdAt', titleKey: 'activities.fields.createdAt', width: 130, sortable: true, defaultVisible: false, render: (row) => formatDate(row.createdAt, ctx.locale) },
    { key: 'actions', titleKey: 'common.actions', width: 140, required: true, render: (row) => ctx.actions(row) },
  ];
}
