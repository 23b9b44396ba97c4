import { http, unwrap } from './http';
import type { CreateOrderBody, Order, OrderDetail, OrderListQuery, OrderStatusBody, Page, UpdateOrderBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

export const ordersApi = {
  list: (query: OrderListQuery): Promise<Page<Order>> => unwrap(http.GET('/orders', { params: { query } })),
  get: (id: number): Promise<OrderDetail> => unwrap(http.GET('/orders/{id}', byId(id))),
  /** The order of an accepted quote. */
  create: (body: CreateOrderBody): Promise<OrderDetail> => unwrap(http.POST('/orders', { body })),
  update: (id: number, body: UpdateOrderBody): Promise<OrderDetail> => unwrap(http.PATCH('/orders/{id}', { ...byId(id), body })),
  /** One step along the flow, with the version read. */
  changeStatus: (id: number, body: OrderStatusBody): Promise<OrderDetail> => unwrap(http.POST('/orders/{id}/status', { ...byId(id), body })),
};
