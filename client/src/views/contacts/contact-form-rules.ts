import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { email, maxLength, phone, required } from '@/utils/form-rules';
import type { ContactFormModel } from './contact-form-model';

/** The contact form's rules, translated into the current language. */
export function useContactFormRules() {
  const { t } = useI18n();
  const tooLong = (max: number) => maxLength(max, t('validation.maxLength', { max }));

  return computed<FormRules<ContactFormModel>>(() => ({
    name: [required(t('validation.required')), tooLong(100)],
    title: [tooLong(100)],
    mobile: [phone(t('validation.phone'))],
    phone: [phone(t('validation.phone'))],
    email: [email(t('validation.email')), tooLong(200)],
    notes: [tooLong(4000)],
  }));
}
