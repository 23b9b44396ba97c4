import { computed } from 'vue';
import { receivablesApi } from '@/api/receivables-api';
import type { Receivable } from '@/api/types';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery } from '@/composables/use-list-query';
import { receivableColumns, type ReceivableColumnContext } from './receivable-columns';

/** The filters GET /receivables offers; the switches are sent only when on. */
export interface ReceivableFilters {
  customerId: number | undefined;
  ownerId: number | undefined;
  open: boolean;
  overdue: boolean;
}

const EMPTY_RECEIVABLE_FILTERS: ReceivableFilters = { customerId: undefined, ownerId: undefined, open: true, overdue: false };

/** The instalment list (open ones by default, oldest due first): query state and the user's columns. */
export function useReceivableList(columnContext: () => ReceivableColumnContext) {
  const list = useListQuery<ReceivableFilters, Receivable>({
    fetchPage: ({ open, overdue, ...request }) => receivablesApi.list({ ...request, ...(open ? { open } : {}), ...(overdue ? { overdue } : {}) }),
    filters: EMPTY_RECEIVABLE_FILTERS,
    sort: { key: 'dueOn', order: 'asc' },
  });
  const allColumns = computed(() => receivableColumns(columnContext()));
  return { list, allColumns, ...useChosenColumns('receivables', allColumns) };
}
