import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { customersApi } from '@/api/customers-api';
import type { Customer, CustomerStatusFilter, CustomField, CustomFieldQuery, Page } from '@/api/types';
import { customFieldColumns, type CustomColumnContext } from '@/components/custom-fields/custom-field-columns';
import type { TableColumn } from '@/components/data-table/table-column';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery, type PageRequest } from '@/composables/use-list-query';
import { saveFile } from '@/utils/download';
import { hiddenFields } from '@/utils/field-visibility';
import { customerColumns, type CustomerColumnContext } from './customer-columns';
import { CUSTOMER_GOVERNED_FIELDS } from './customer-form-model';
import { useCustomerPicklists } from './customer-picklists';

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

/** What the customer columns need, in the UI language; `extra` adjusts it for one list. */
export function useCustomerColumnContext(custom: Pick<CustomColumnContext, 'label' | 'format'>) {
  const { t, locale } = useI18n();
  const { label } = useCustomerPicklists();
  return (extra: Partial<CustomerColumnContext> = {}): CustomerColumnContext & CustomColumnContext => ({
    locale: locale.value,
    picklistLabel: label,
    statusLabel: (status) => t(`customers.status.${status}`),
    typeLabel: (type) => t(`customers.types.${type}`),
    poolLabel: t('customers.inPool'),
    label: custom.label,
    format: custom.format,
    ...extra,
  });
}

/** Where the rows come from: the user's customers, or (the pool page) the pools they may claim from. */
export interface CustomerListSource {
  fetchPage: (request: PageRequest & Partial<CustomerFilters>) => Promise<Page<Customer>>;
  columnPreference: string;
  /** Columns after the standard ones, e.g. the pool's claim button. */
  extraColumns?: () => TableColumn<Customer>[];
}

const MY_CUSTOMERS: CustomerListSource = { fetchPage: (request) => customersApi.list(request), columnPreference: 'customers' };

/**
 * The customer list: query state, the user's columns (custom fields among them) and the CSV
 * export of the same filters. Columns of fields the user's roles hide are left out.
 */
export function useCustomerList(
  columnContext: () => CustomerColumnContext & CustomColumnContext,
  customFields: () => readonly CustomField[],
  source: CustomerListSource = MY_CUSTOMERS,
) {
  const list = useListQuery<CustomerFilters, Customer>({
    fetchPage: source.fetchPage,
    filters: EMPTY_CUSTOMER_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });

  /** Built-in fields the user may not see, as the rows show by leaving them out. */
  const hidden = computed(() => hiddenFields(list.rows.value[0], CUSTOMER_GOVERNED_FIELDS));

  const allColumns = computed(() => [
    ...customerColumns(columnContext()).filter((column) => !hidden.value.has(column.key as never)),
    ...customFieldColumns<Customer>(customFields(), columnContext()),
    ...(source.extraColumns?.() ?? []),
  ]);
  const chosen = useChosenColumns(source.columnPreference, allColumns);

  async function exportCsv(): Promise<void> {
    const { blob, fileName } = await customersApi.exportCsv(list.query.value);
    saveFile(blob, fileName);
  }

  return { list, hidden, allColumns, ...chosen, exportCsv };
}
