import { http, unwrap } from './http';
import type { CreateInvoiceBody, Invoice, InvoiceDetail, InvoiceListQuery, IssueInvoiceBody, Page, VoidInvoiceBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });

export const invoicesApi = {
  list: (query: InvoiceListQuery): Promise<Page<Invoice>> => unwrap(http.GET('/invoices', { params: { query } })),
  get: (id: number): Promise<InvoiceDetail> => unwrap(http.GET('/invoices/{id}', byId(id))),
  /** A draft of an order (all its lines unless given) or of a contract (lines given). */
  create: (body: CreateInvoiceBody): Promise<InvoiceDetail> => unwrap(http.POST('/invoices', { body })),
  /** Gives the draft the next number of its year. */
  issue: (id: number, body: IssueInvoiceBody): Promise<InvoiceDetail> => unwrap(http.POST('/invoices/{id}/issue', { ...byId(id), body })),
  void: (id: number, body: VoidInvoiceBody): Promise<InvoiceDetail> => unwrap(http.POST('/invoices/{id}/void', { ...byId(id), body })),
  remove: (id: number) => unwrap(http.DELETE('/invoices/{id}', byId(id))),
};
