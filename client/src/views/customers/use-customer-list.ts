import { computed } from 'vue';
import { customersApi } from '@/api/customers-api';
import type { Customer, CustomerStatusFilter, CustomField, CustomFieldQuery } from '@/api/types';
import { customFieldColumns, type CustomColumnContext } from '@/components/custom-fields/custom-field-columns';
import { visibleColumns } from '@/components/data-table/table-column';
import { useListQuery } from '@/composables/use-list-query';
import { usePreferencesStore } from '@/stores/preferences';
import { saveFile } from '@/utils/download';
import { hiddenFields } from '@/utils/field-visibility';
import { customerColumns, type CustomerColumnContext } from './customer-columns';
import { CUSTOMER_GOVERNED_FIELDS } from './customer-form-model';

/** The filters GET /customers offers, custom field filters (cf.<key>) included. Empty values are not sent. */
export type CustomerFilters = CustomFieldQuery & {
  q: string;
  industry: string;
  customerLevel: string;
  region: string;
  source: string;
  ownerId: number | undefined;
  status: CustomerStatusFilter;
  createdFrom: string;
  createdTo: string;
};

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

/**
 * The customer list: query state, the user's columns (custom fields among them) and the CSV
 * export of the same filters. Columns of fields the user's roles hide are left out.
 */
export function useCustomerList(
  columnContext: () => CustomerColumnContext & CustomColumnContext,
  customFields: () => readonly CustomField[],
) {
  const list = useListQuery<CustomerFilters, Customer>({
    fetchPage: (request) => customersApi.list(request),
    filters: EMPTY_CUSTOMER_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });

  /** Built-in fields the user may not see, as the rows show by leaving them out. */
  const hidden = computed(() => hiddenFields(list.rows.value[0], CUSTOMER_GOVERNED_FIELDS));

  const preferences = usePreferencesStore();
  const allColumns = computed(() => [
    ...customerColumns(columnContext()).filter((column) => !hidden.value.has(column.key as never)),
    ...customFieldColumns<Customer>(customFields(), columnContext()),
  ]);
  const columns = computed(() => visibleColumns(allColumns.value, preferences.columnsOf(COLUMN_PREFERENCE)));

  function chooseColumns(keys: string[]): void {
    preferences.setColumns(COLUMN_PREFERENCE, keys);
  }

  async function exportCsv(): Promise<void> {
    const { blob, fileName } = await customersApi.exportCsv(list.query.value);
    saveFile(blob, fileName);
  }

  return { list, hidden, allColumns, columns, chooseColumns, exportCsv };
}
