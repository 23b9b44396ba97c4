import { computed } from 'vue';
import { quotesApi } from '@/api/quotes-api';
import type { CustomField, CustomFieldQuery, Quote, QuoteStatus } from '@/api/types';
import { customFieldColumns, type CustomColumnContext } from '@/components/custom-fields/custom-field-columns';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery } from '@/composables/use-list-query';
import { quoteColumns, type QuoteColumnContext } from './quote-columns';

/** The filters GET /quotes offers, custom field filters included. Empty values are not sent. */
export type QuoteFilters = CustomFieldQuery & {
  q: string;
  status: QuoteStatus | '';
  customerId: number | undefined;
  ownerId: number | undefined;
};

const EMPTY_QUOTE_FILTERS: QuoteFilters = { q: '', status: '', customerId: undefined, ownerId: undefined };

/** The quote list: query state and the user's columns. */
export function useQuoteList(columnContext: () => QuoteColumnContext & CustomColumnContext, customFields: () => readonly CustomField[]) {
  const list = useListQuery<QuoteFilters, Quote>({
    fetchPage: ({ status, ...request }) => quotesApi.list({ ...request, ...(status ? { status } : {}) }),
    filters: EMPTY_QUOTE_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });
  const allColumns = computed(() => [...quoteColumns(columnContext()), ...customFieldColumns<Quote>(customFields(), columnContext())]);
  return { list, allColumns, ...useChosenColumns('quotes', allColumns) };
}
