import { http, unwrap } from './http';
import { fileBody } from './import-file';
import type {
  AuditEntry,
  CreateCustomerBody,
  CreatedCustomer,
  Customer,
  CustomerDetail,
  CustomerImportResult,
  CustomerListQuery,
  DuplicateQuery,
  ImportDuplicateHandling,
  ImportFormat,
  Page,
  UpdateCustomerBody,
} from './types';

const byId = (id: number) => ({ params: { path: { id } } });
/** Hidden fields are left out and custom values are loose in the document; Customer states both. */
const asCustomer = async (pending: Promise<unknown>): Promise<Customer> => (await pending) as Customer;

export const customersApi = {
  /** Custom field filters (cf.<key>) go out as they are: the document cannot name them. */
  list: async (query: CustomerListQuery): Promise<Page<Customer>> =>
    (await unwrap(http.GET('/customers', { params: { query } }))) as Page<Customer>,
  get: async (id: number): Promise<CustomerDetail> => (await unwrap(http.GET('/customers/{id}', byId(id)))) as CustomerDetail,
  /** The document types `changes` loosely; AuditEntry states its shape. */
  history: (id: number, beforeId?: number): Promise<AuditEntry[]> =>
    unwrap(http.GET('/customers/{id}/history', { params: { path: { id }, query: { beforeId } } })),
  duplicates: (query: DuplicateQuery) => unwrap(http.GET('/customers/duplicates', { params: { query } })),
  create: async (body: CreateCustomerBody): Promise<CreatedCustomer> =>
    (await unwrap(http.POST('/customers', { body }))) as CreatedCustomer,
  update: (id: number, body: UpdateCustomerBody) => asCustomer(unwrap(http.PATCH('/customers/{id}', { ...byId(id), body }))),
  archive: (id: number, version: number) =>
    asCustomer(unwrap(http.POST('/customers/{id}/archive', { ...byId(id), body: { version } }))),
  restore: (id: number, version: number) =>
    asCustomer(unwrap(http.POST('/customers/{id}/restore', { ...byId(id), body: { version } }))),
  transfer: (id: number, ownerId: number, version: number) =>
    asCustomer(unwrap(http.POST('/customers/{id}/transfer', { ...byId(id), body: { ownerId, version } }))),
  remove: (id: number) => unwrap(http.DELETE('/customers/{id}', byId(id))),
  /** The filtered list as a CSV file, with the name the server gave it. */
  async exportCsv(query: CustomerListQuery): Promise<{ blob: Blob; fileName: string }> {
    const { data, response } = await http.GET('/customers/export', { params: { query }, parseAs: 'blob' });
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'customers.csv';
    return { blob: data as Blob, fileName };
  },
  /**
   * The file is the request body, sent as it is. A dry run checks it and reports what an import
   * would do without writing; a file with a bad row comes back as IMPORT_REJECTED either way.
   */
  importFile: (file: Blob, format: ImportFormat, duplicates: ImportDuplicateHandling, dryRun: boolean): Promise<CustomerImportResult> =>
    unwrap(http.POST('/customers/import', { params: { query: { format, duplicates, dryRun } }, ...fileBody(file, format) })),
};
