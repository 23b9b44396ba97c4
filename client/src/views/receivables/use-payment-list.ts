import { computed } from 'vue';
import { receivablesApi } from '@/api/receivables-api';
import type { Payment } from '@/api/types';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery } from '@/composables/use-list-query';
import { paymentColumns, type PaymentColumnContext } from './payment-columns';

/** The filters GET /payments offers. */
export interface PaymentFilters {
  customerId: number | undefined;
  contractId: number | undefined;
}

/** The payment list: query state and the user's columns. */
export function usePaymentList(columnContext: () => PaymentColumnContext) {
  const list = useListQuery<PaymentFilters, Payment>({
    fetchPage: (request) => receivablesApi.payments(request),
    filters: { customerId: undefined, contractId: undefined },
    sort: { key: 'createdAt', order: 'desc' },
  });
  const allColumns = computed(() => paymentColumns(columnContext()));
  return { list, allColumns, ...useChosenColumns('payments', allColumns) };
}
