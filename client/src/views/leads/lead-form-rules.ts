import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { email, maxLength, phone, required } from '@/utils/form-rules';
import type { LeadFormModel } from './lead-form-model';

/** The lead form's rules; a disqualification needs its reason. */
export function useLeadFormRules(model: LeadFormModel) {
  const { t } = useI18n();
  const tooLong = (max: number) => maxLength(max, t('validation.maxLength', { max }));

  return computed<FormRules<LeadFormModel>>(() => ({
    name: [required(t('validation.required')), tooLong(100)],
    company: [tooLong(200)],
    phone: [phone(t('validation.phone')), tooLong(40)],
    email: [email(t('validation.email')), tooLong(200)],
    campaign: [tooLong(100)],
    notes: [tooLong(4000)],
    disqualifyReason: [
      ...(model.status === 'disqualified' ? [required(t('leads.reasonRequired'))] : []),
      tooLong(500),
    ],
  }));
}
