import { http, unwrap } from './http';
import type { ApprovalDecisionBody, CreateQuoteBody, Page, Quote, QuoteDetail, QuoteListQuery, UpdateQuoteBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });
/** The document types custom values loosely; Quote and QuoteDetail state their shape. */
const asDetail = async (pending: Promise<unknown>): Promise<QuoteDetail> => (await pending) as QuoteDetail;
const withVersion = (id: number, version: number) => ({ ...byId(id), body: { version } });

export const quotesApi = {
  list: async (query: QuoteListQuery): Promise<Page<Quote>> => (await unwrap(http.GET('/quotes', { params: { query } }))) as Page<Quote>,
  /** The quotes waiting for the signed-in user's decision, oldest first. */
  awaitingMe: async (): Promise<Quote[]> => (await unwrap(http.GET('/quotes/approvals'))) as Quote[],
  get: (id: number) => asDetail(unwrap(http.GET('/quotes/{id}', byId(id)))),
  create: (body: CreateQuoteBody) => asDetail(unwrap(http.POST('/quotes', { body }))),
  update: (id: number, body: UpdateQuoteBody) => asDetail(unwrap(http.PATCH('/quotes/{id}', { ...byId(id), body }))),
  remove: (id: number) => unwrap(http.DELETE('/quotes/{id}', byId(id))),
  submit: (id: number, version: number) => asDetail(unwrap(http.POST('/quotes/{id}/submit', withVersion(id, version)))),
  send: (id: number, version: number) => asDetail(unwrap(http.POST('/quotes/{id}/send', withVersion(id, version)))),
  accept: (id: number, version: number) => asDetail(unwrap(http.POST('/quotes/{id}/accept', withVersion(id, version)))),
  decline: (id: number, version: number) => asDetail(unwrap(http.POST('/quotes/{id}/decline', withVersion(id, version)))),
  revise: (id: number, version: number) => asDetail(unwrap(http.POST('/quotes/{id}/revise', withVersion(id, version)))),
  approve: (id: number, body: ApprovalDecisionBody) => asDetail(unwrap(http.POST('/quotes/{id}/approve', { ...byId(id), body }))),
  reject: (id: number, body: ApprovalDecisionBody) => asDetail(unwrap(http.POST('/quotes/{id}/reject', { ...byId(id), body }))),
  /** The printable quote as HTML; fetched through the client so it carries the access token. */
  printHtml: (id: number) => unwrap(http.GET('/quotes/{id}/print', { ...byId(id), parseAs: 'text' })),
};
