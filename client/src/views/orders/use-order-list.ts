import { computed } from 'vue';
import { ordersApi } from '@/api/orders-api';
import type { Order, OrderStatus } from '@/api/types';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery } from '@/composables/use-list-query';
import { orderColumns, type OrderColumnContext } from './order-columns';

/** The filters GET /orders offers. Empty values are not sent; the two flags only when switched on. */
export interface OrderFilters {
  q: string;
  status: OrderStatus | '';
  customerId: number | undefined;
  ownerId: number | undefined;
  late: boolean;
  paymentOverdue: boolean;
}

const EMPTY_ORDER_FILTERS: OrderFilters = { q: '', status: '', customerId: undefined, ownerId: undefined, late: false, paymentOverdue: false };

/** The order list: query state and the user's columns. */
export function useOrderList(columnContext: () => OrderColumnContext) {
  const list = useListQuery<OrderFilters, Order>({
    fetchPage: ({ status, late, paymentOverdue, ...request }) =>
      ordersApi.list({ ...request, ...(status ? { status } : {}), ...(late ? { late } : {}), ...(paymentOverdue ? { paymentOverdue } : {}) }),
    filters: EMPTY_ORDER_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });
  const allColumns = computed(() => orderColumns(columnContext()));
  return { list, allColumns, ...useChosenColumns('orders', allColumns) };
}
