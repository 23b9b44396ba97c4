import { computed } from 'vue';
import { customersApi } from '@/api/customers-api';
import type { Customer, CustomerStatusFilter } from '@/api/types';
import { visibleColumns } from '@/components/data-table/table-column';
import { useListQuery } from '@/composables/use-list-query';
import { usePreferencesStore } from '@/stores/preferences';
import { saveFile } from '@/utils/download';
import { customerColumns, type CustomerColumnContext } from './customer-columns';

/** The filters GET /customers offers. Empty values are not sent. */
export interface CustomerFilters {
  q: string;
  industry: string;
  customerLevel: string;
  region: string;
  source: string;
  ownerId: number | undefined;
  status: CustomerStatusFilter;
  createdFrom: string;
  createdTo: string;
}

const EMPTY_CUSTOMER_FILTERS: CustomerFilters = {
  q: '',
  industry: '',
  customerLevel: '',
  region: '',
  source: '',
  ownerId: undefined,
  status: 'active',
  createdFrom: '',
  createdTo: '',
};

const COLUMN_PREFERENCE = 'customers';

/** The customer list: query state, the user's columns and the CSV export of the same filters. */
export function useCustomerList(columnContext: () => CustomerColumnContext) {
  const list = useListQuery<CustomerFilters, Customer>({
    fetchPage: (request) => customersApi.list(request),
    filters: EMPTY_CUSTOMER_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });

  const preferences = usePreferencesStore();
  const allColumns = computed(() => customerColumns(columnContext()));
  const columns = computed(() => visibleColumns(allColumns.value, preferences.columnsOf(COLUMN_PREFERENCE)));

  function chooseColumns(keys: string[]): void {
    preferences.setColumns(COLUMN_PREFERENCE, keys);
  }

  async function exportCsv(): Promise<void> {
    const { blob, fileName } = await customersApi.exportCsv(list.query.value);
    saveFile(blob, fileName);
  }

  return { list, allColumns, columns, chooseColumns, exportCsv };
}
