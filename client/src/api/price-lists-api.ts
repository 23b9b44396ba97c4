import { http, unwrap } from './http';
import type { CreatePriceListBody, PriceListItemInput, UpdatePriceListBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

export const priceListsApi = {
  /** Highest priority first. */
  list: () => unwrap(http.GET('/price-lists')),
  get: (id: number) => unwrap(http.GET('/price-lists/{id}', byId(id))),
  create: (body: CreatePriceListBody) => unwrap(http.POST('/price-lists', { body })),
  update: (id: number, body: UpdatePriceListBody) => unwrap(http.PATCH('/price-lists/{id}', { ...byId(id), body })),
  /** Replaces every price of the list at once. */
  replaceItems: (id: number, items: PriceListItemInput[]) =>
    unwrap(http.PUT('/price-lists/{id}/items', { ...byId(id), body: { items } })),
};
