import { http, unwrap } from './http';
import type { AuditEntry, ContactListQuery, CreateContactBody, UpdateContactBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

export const contactsApi = {
  list: (query: ContactListQuery) => unwrap(http.GET('/contacts', { params: { query } })),
  get: (id: number) => unwrap(http.GET('/contacts/{id}', byId(id))),
  /** The document types `changes` loosely; AuditEntry states its shape. */
  history: (id: number, beforeId?: number): Promise<AuditEntry[]> =>
    unwrap(http.GET('/contacts/{id}/history', { params: { path: { id }, query: { beforeId } } })),
  create: (body: CreateContactBody) => unwrap(http.POST('/contacts', { body })),
  update: (id: number, body: UpdateContactBody) => unwrap(http.PATCH('/contacts/{id}', { ...byId(id), body })),
  remove: (id: number) => unwrap(http.DELETE('/contacts/{id}', byId(id))),
};
