import { computed } from 'vue';
import { productsApi } from '@/api/products-api';
import type { ActiveFilter, CustomField, CustomFieldQuery, Product } from '@/api/types';
import { customFieldColumns, type CustomColumnContext } from '@/components/custom-fields/custom-field-columns';
import { visibleColumns } from '@/components/data-table/table-column';
import { useListQuery } from '@/composables/use-list-query';
import { usePreferencesStore } from '@/stores/preferences';
import { hiddenFields } from '@/utils/field-visibility';
import { productColumns, type ProductColumnContext } from './product-columns';
import { PRODUCT_GOVERNED_FIELDS } from './product-form-model';

/** The filters GET /products offers, custom field filters (cf.<key>) included. Empty values are not sent. */
export type ProductFilters = CustomFieldQuery & {
  q: string;
  categoryId: number | undefined;
  status: ActiveFilter;
};

const EMPTY_PRODUCT_FILTERS: ProductFilters = { q: '', categoryId: undefined, status: 'active' };

const COLUMN_PREFERENCE = 'products';

/** The product catalogue: query state and the user's columns. */
export function useProductList(columnContext: () => ProductColumnContext & CustomColumnContext, customFields: () => readonly CustomField[]) {
  const list = useListQuery<ProductFilters, Product>({
    fetchPage: (request) => productsApi.list(request),
    filters: EMPTY_PRODUCT_FILTERS,
    sort: { key: 'name', order: 'asc' },
  });

  const hidden = computed(() => hiddenFields(list.rows.value[0], PRODUCT_GOVERNED_FIELDS));
  const preferences = usePreferencesStore();
  const allColumns = computed(() => [
    ...productColumns(columnContext()).filter((column) => !hidden.value.has(column.key as never)),
    ...customFieldColumns<Product>(customFields(), columnContext()),
  ]);
  const columns = computed(() => visibleColumns(allColumns.value, preferences.columnsOf(COLUMN_PREFERENCE)));

  function chooseColumns(keys: string[]): void {
    preferences.setColumns(COLUMN_PREFERENCE, keys);
  }

  return { list, hidden, allColumns, columns, chooseColumns };
}
