import { http, unwrap } from './http';
import type { Aging, AgingGroup, Page, Payment, PaymentListQuery, Receivable, ReceivableListQuery, RecordPaymentBody } from './types';

export const receivablesApi = {
  /** Instalments in scope, oldest due first. */
  list: (query: ReceivableListQuery): Promise<Page<Receivable>> => unwrap(http.GET('/receivables', { params: { query } })),
  /** Outstanding amounts by age, per customer, salesperson or team, with the totals row. */
  aging: (by: AgingGroup): Promise<Aging> => unwrap(http.GET('/receivables/aging', { params: { query: { by } } })),
  payments: (query: PaymentListQuery): Promise<Page<Payment>> => unwrap(http.GET('/payments', { params: { query } })),
  /** Records a payment; the answer says which instalments it settled. */
  recordPayment: (body: RecordPaymentBody): Promise<Payment> => unwrap(http.POST('/payments', { body })),
};
