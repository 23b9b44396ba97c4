import { computed } from 'vue';
import { opportunitiesApi } from '@/api/opportunities-api';
import type { CustomField, CustomFieldQuery, Opportunity, OpportunityStatus } from '@/api/types';
import { customFieldColumns, type CustomColumnContext } from '@/components/custom-fields/custom-field-columns';
import { visibleColumns } from '@/components/data-table/table-column';
import { useListQuery } from '@/composables/use-list-query';
import { usePreferencesStore } from '@/stores/preferences';
import { opportunityColumns, type OpportunityColumnContext } from './opportunity-columns';

/** The filters GET /opportunities offers, custom field filters included. Empty values are not sent. */
export type OpportunityFilters = CustomFieldQuery & {
  q: string;
  customerId: number | undefined;
  pipelineId: number | undefined;
  stageId: number | undefined;
  status: OpportunityStatus | '';
  ownerId: number | undefined;
  closeFrom: string;
  closeTo: string;
};

const EMPTY_OPPORTUNITY_FILTERS: OpportunityFilters = {
  q: '',
  customerId: undefined,
  pipelineId: undefined,
  stageId: undefined,
  status: '',
  ownerId: undefined,
  closeFrom: '',
  closeTo: '',
};

const COLUMN_PREFERENCE = 'opportunities';

/** The opportunity list: query state and the user's columns. */
export function useOpportunityList(
  columnContext: () => OpportunityColumnContext & CustomColumnContext,
  customFields: () => readonly CustomField[],
) {
  const list = useListQuery<OpportunityFilters, Opportunity>({
    fetchPage: ({ status, ...request }) => opportunitiesApi.list({ ...request, ...(status ? { status } : {}) }),
    filters: EMPTY_OPPORTUNITY_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });

  const preferences = usePreferencesStore();
  const allColumns = computed(() => [
    ...opportunityColumns(columnContext()),
    ...customFieldColumns<Opportunity>(customFields(), columnContext()),
  ]);
  const columns = computed(() => visibleColumns(allColumns.value, preferences.columnsOf(COLUMN_PREFERENCE)));

  function chooseColumns(keys: string[]): void {
    preferences.setColumns(COLUMN_PREFERENCE, keys);
  }

  return { list, allColumns, columns, chooseColumns };
}
