import { computed } from 'vue';
import { activitiesApi } from '@/api/activities-api';
import type { Activity, CustomFieldQuery } from '@/api/types';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery } from '@/composables/use-list-query';
import { activityColumns, type ActivityColumnContext } from './activity-columns';

/** The filters GET /activities offers. Empty values are not sent. */
export type ActivityFilters = CustomFieldQuery & {
  activityType: string;
  ownerId: number | undefined;
  from: string;
  to: string;
  /** A day: activities whose next follow-up falls on or before it. */
  followUpDueBy: string;
};

const EMPTY_ACTIVITY_FILTERS: ActivityFilters = { activityType: '', ownerId: undefined, from: '', to: '', followUpDueBy: '' };

/** The follow-up list: query state and the user's columns. */
export function useActivityList(columnContext: () => ActivityColumnContext, initial: Partial<ActivityFilters> = {}) {
  const list = useListQuery<ActivityFilters, Activity>({
    fetchPage: (request) => activitiesApi.list(request),
    filters: { ...EMPTY_ACTIVITY_FILTERS, ...initial },
    sort: { key: 'occurredAt', order: 'desc' },
  });
  const allColumns = computed(() => activityColumns(columnContext()));
  return { list, allColumns, ...useChosenColumns('activities', allColumns) };
}
