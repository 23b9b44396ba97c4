import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { decimalText, maxLength, money, required } from '@/utils/form-rules';
import type { ProductFormModel } from './product-form-model';

/** The product form's rules, translated into the current language. */
export function useProductFormRules() {
  const { t } = useI18n();
  const tooLong = (max: number) => maxLength(max, t('validation.maxLength', { max }));

  return computed<FormRules<ProductFormModel>>(() => ({
    code: [required(t('validation.required')), tooLong(40)],
    name: [required(t('validation.required')), tooLong(200)],
    unit: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    listPrice: [required(t('validation.required')), money(t('validation.money'))],
    cost: [money(t('validation.money'))],
    taxRate: [decimalText(t('validation.percent'), 3, 2, { max: 100 })],
    specification: [tooLong(500)],
    notes: [tooLong(4000)],
  }));
}
