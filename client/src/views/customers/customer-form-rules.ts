import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { email, maxLength, money, phone, required } from '@/utils/form-rules';
import type { CustomerFormModel } from './customer-form-model';

/** The customer form's rules, translated into the current language. */
export function useCustomerFormRules() {
  const { t } = useI18n();
  const tooLong = (max: number) => maxLength(max, t('validation.maxLength', { max }));

  return computed<FormRules<CustomerFormModel>>(() => ({
    name: [required(t('validation.required')), tooLong(200)],
    code: [tooLong(40)],
    phone: [phone(t('validation.phone'))],
    email: [email(t('validation.email')), tooLong(200)],
    website: [tooLong(200)],
    address: [tooLong(300)],
    creditLimit: [money(t('validation.money'))],
    notes: [tooLong(4000)],
    tags: [{ type: 'array', max: 20, message: t('validation.maxItems', { max: 20 }), trigger: 'change' }],
  }));
}
