import type { ContractDetail, InstalmentInput } from '@/api/types';
import { normaliseDecimalInput } from '@/utils/decimal';

/** The plan as the editor holds it: one row per instalment, due date and amount as text. */
export interface PaymentPlanModel {
  instalments: InstalmentInput[];
}

export function toPaymentPlanModel(contract: Pick<ContractDetail, 'instalments'> | null | undefined): PaymentPlanModel {
  return { instalments: (contract?.instalments ?? []).map(({ dueOn, amount }) => ({ dueOn, amount })) };
}

/** Where the server's problems land: the plan as a whole (its sum) and each row's cells. */
export function paymentPlanPaths(model: PaymentPlanModel): string[] {
  return ['instalments', ...model.instalments.flatMap((_, i) => [`instalments.${i}.dueOn`, `instalments.${i}.amount`])];
}

/** What PUT /contracts/{id}/payment-plan takes; the server checks the sum and orders them by date. */
export function toInstalmentInputs(model: PaymentPlanModel): InstalmentInput[] {
  return model.instalments.map(({ dueOn, amount }) => ({ dueOn, amount: normaliseDecimalInput(amount) }));
}
