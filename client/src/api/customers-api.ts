import { http, unwrap } from './http';
import type { AuditEntry, CreateCustomerBody, CustomerListQuery, DuplicateQuery, UpdateCustomerBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

export const customersApi = {
  list: (query: CustomerListQuery) => unwrap(http.GET('/customers', { params: { query } })),
  get: (id: number) => unwrap(http.GET('/customers/{id}', byId(id))),
  /** The document types `changes` loosely; AuditEntry states its shape. */
  history: (id: number, beforeId?: number): Promise<AuditEntry[]> =>
    unwrap(http.GET('/customers/{id}/history', { params: { path: { id }, query: { beforeId } } })),
  duplicates: (query: DuplicateQuery) => unwrap(http.GET('/customers/duplicates', { params: { query } })),
  create: (body: CreateCustomerBody) => unwrap(http.POST('/customers', { body })),
  update: (id: number, body: UpdateCustomerBody) => unwrap(http.PATCH('/customers/{id}', { ...byId(id), body })),
  archive: (id: number, version: number) =>
    unwrap(http.POST('/customers/{id}/archive', { ...byId(id), body: { version } })),
  restore: (id: number, version: number) =>
    unwrap(http.POST('/customers/{id}/restore', { ...byId(id), body: { version } })),
  transfer: (id: number, ownerId: number, version: number) =>
    unwrap(http.POST('/customers/{id}/transfer', { ...byId(id), body: { ownerId, version } })),
  remove: (id: number) => unwrap(http.DELETE('/customers/{id}', byId(id))),

  /** The filtered list as a CSV file, with the name the server gave it. */
  async exportCsv(query: CustomerListQuery): Promise<{ blob: Blob; fileName: string }> {
    const { data, response } = await http.GET('/customers/export', { params: { query }, parseAs: 'blob' });
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'customers.csv';
    return { blob: data as Blob, fileName };
  },
};
