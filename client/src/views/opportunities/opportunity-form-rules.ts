import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { decimalText, maxLength, required } from '@/utils/form-rules';
import type { OpportunityFormModel } from './opportunity-form-model';

/** The opportunity form's rules, translated into the current language. */
export function useOpportunityFormRules() {
  const { t } = useI18n();
  const tooLong = (max: number) => maxLength(max, t('validation.maxLength', { max }));

  return computed<FormRules<OpportunityFormModel>>(() => ({
    name: [required(t('validation.required')), tooLong(200)],
    customerId: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    amount: [decimalText(t('validation.money'), 14, 2)],
    competitors: [tooLong(500)],
    notes: [tooLong(4000)],
  }));
}
