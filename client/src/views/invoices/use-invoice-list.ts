import { computed } from 'vue';
import { invoicesApi } from '@/api/invoices-api';
import type { Invoice, InvoiceStatus } from '@/api/types';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery } from '@/composables/use-list-query';
import { invoiceColumns, type InvoiceColumnContext } from './invoice-columns';

/** The filters GET /invoices offers. Empty values are not sent. */
export interface InvoiceFilters {
  q: string;
  status: InvoiceStatus | '';
  customerId: number | undefined;
}

const EMPTY_INVOICE_FILTERS: InvoiceFilters = { q: '', status: '', customerId: undefined };

/** The invoice list: query state and the user's columns. */
export function useInvoiceList(columnContext: () => InvoiceColumnContext) {
  const list = useListQuery<InvoiceFilters, Invoice>({
    fetchPage: ({ status, ...request }) => invoicesApi.list({ ...request, ...(status ? { status } : {}) }),
    filters: EMPTY_INVOICE_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });
  const allColumns = computed(() => invoiceColumns(columnContext()));
  return { list, allColumns, ...useChosenColumns('invoices', allColumns) };
}
