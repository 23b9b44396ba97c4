import { computed } from 'vue';
import { leadsApi } from '@/api/leads-api';
import type { Lead, LeadStatus } from '@/api/types';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery } from '@/composables/use-list-query';
import { leadColumns, type LeadColumnContext } from './lead-columns';

/** The filters GET /leads offers. Empty values are not sent. */
export interface LeadFilters {
  q: string;
  status: LeadStatus | '';
  source: string;
  ownerId: number | undefined;
}

const EMPTY_LEAD_FILTERS: LeadFilters = { q: '', status: '', source: '', ownerId: undefined };

/** The user's leads, or (pool) the ownerless ones they may claim: query state and columns. */
export function useLeadList(pool: boolean, columnContext: () => LeadColumnContext) {
  const list = useListQuery<LeadFilters, Lead>({
    fetchPage: ({ status, ...request }) => leadsApi.list({ ...request, ...(status ? { status } : {}), ...(pool ? { pool } : {}) }),
    filters: EMPTY_LEAD_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });
  const allColumns = computed(() => leadColumns(columnContext()));
  const chosen = useChosenColumns(pool ? 'lead-pool' : 'leads', allColumns);
  return { list, allColumns, ...chosen };
}
