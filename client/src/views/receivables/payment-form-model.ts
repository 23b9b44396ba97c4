import type { Payment, PaymentMethod, RecordPaymentBody } from '@/api/types';
import { formatMoney, normaliseDecimalInput } from '@/utils/decimal';

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['bank_transfer', 'cash', 'cheque', 'card', 'other'];

export interface PaymentFormModel {
  contractId: number | undefined;
  amount: string;
  paidOn: string;
  method: PaymentMethod;
  reference: string;
  notes: string;
  instalmentId: number | undefined;
}

export const PAYMENT_FORM_FIELDS = ['contractId', 'amount', 'paidOn', 'method', 'reference', 'notes', 'instalmentId'] as const satisfies ReadonlyArray<
  keyof PaymentFormModel
>;

export function newPaymentModel(contractId: number | undefined, today: string): PaymentFormModel {
  return { contractId, amount: '', paidOn: today, method: 'bank_transfer', reference: '', notes: '', instalmentId: undefined };
}

/** The payment to record; empty reference, notes and instalment are left out. */
export function toRecordPaymentBody(model: PaymentFormModel): RecordPaymentBody {
  const reference = model.reference.trim();
  const notes = model.notes.trim();
  return {
    contractId: model.contractId ?? 0,
    amount: normaliseDecimalInput(model.amount),
    paidOn: model.paidOn,
    method: model.method,
    ...(reference ? { reference } : {}),
    ...(notes ? { notes } : {}),
    ...(model.instalmentId !== undefined ? { instalmentId: model.instalmentId } : {}),
  };
}

/** Which instalments a payment settled, in the order the server allocated it: "Instalment 1: 333.33; …". */
export function describeAllocations(payment: Pick<Payment, 'allocations'>, label: (seq: number, amount: string) => string): string {
  return payment.allocations.map(({ seq, amount }) => label(seq, formatMoney(amount))).join('; ');
}
