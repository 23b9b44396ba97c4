import { http, unwrap } from './http';
import type { AuditEntry, Contact, ContactListQuery, CreateContactBody, Page, UpdateContactBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });
/** Hidden fields are left out and custom values are loose in the document; Contact states both. */
const asContact = async (pending: Promise<unknown>): Promise<Contact> => (await pending) as Contact;

export const contactsApi = {
  /** Custom field filters (cf.<key>) go out as they are: the document cannot name them. */
  list: async (query: ContactListQuery): Promise<Page<Contact>> =>
    (await unwrap(http.GET('/contacts', { params: { query } }))) as Page<Contact>,
  get: (id: number) => asContact(unwrap(http.GET('/contacts/{id}', byId(id)))),
  /** The document types `changes` loosely; AuditEntry states its shape. */
  history: (id: number, beforeId?: number): Promise<AuditEntry[]> =>
    unwrap(http.GET('/contacts/{id}/history', { params: { path: { id }, query: { beforeId } } })),
  create: (body: CreateContactBody) => asContact(unwrap(http.POST('/contacts', { body }))),
  update: (id: number, body: UpdateContactBody) => asContact(unwrap(http.PATCH('/contacts/{id}', { ...byId(id), body }))),
  remove: (id: number) => unwrap(http.DELETE('/contacts/{id}', byId(id))),
};
