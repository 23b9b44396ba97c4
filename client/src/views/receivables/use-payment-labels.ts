import { useI18n } from 'vue-i18n';
import type { Payment, PaymentMethod } from '@/api/types';
import { describeAllocations } from './payment-form-model';

/** A payment's method and allocations in the UI's language. */
export function usePaymentLabels() {
  const { t } = useI18n();
  return {
    methodLabel: (method: PaymentMethod) => t(`payments.methods.${method}`),
    allocations: (payment: Payment) => describeAllocations(payment, (seq, amount) => t('payments.allocation', { seq, amount })),
  };
}
