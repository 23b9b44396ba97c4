import { http, unwrap } from './http';
import type { Customer, CustomerListQuery, Page, PoolSettings } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

export const customerPoolApi = {
  /** Customers waiting in the pools of the user's team and the teams above it. */
  list: async (query: CustomerListQuery): Promise<Page<Customer>> =>
    (await unwrap(http.GET('/customer-pool', { params: { query } }))) as Page<Customer>,
  stats: () => unwrap(http.GET('/customer-pool/stats')),
  settings: () => unwrap(http.GET('/customer-pool/settings')),
  saveSettings: (body: PoolSettings) => unwrap(http.PUT('/customer-pool/settings', { body })),
  sweep: () => unwrap(http.POST('/customer-pool/sweep')),
  claim: async (id: number): Promise<Customer> => (await unwrap(http.POST('/customers/{id}/claim', byId(id)))) as Customer,
  release: (id: number) => unwrap(http.POST('/customers/{id}/release', byId(id))),
};
