import { useI18n } from 'vue-i18n';
import type { CustomFieldValue } from '@/api/types';
import { useCustomFields } from '@/composables/use-custom-fields';
import { useUserOptions } from '@/composables/use-user-options';
import type { MessageKey } from '@/locales/message-key';
import { formatMoney } from '@/utils/decimal';
import { displayValue } from '@/utils/format';
import { isPicklistField, useCustomerPicklists } from './customer-picklists';

/** How the fields and stored values in a customer's history read. */
export function useCustomerHistoryLabels() {
  const { t, te } = useI18n();
  const { label } = useCustomerPicklists();
  const owners = useUserOptions();
  const custom = useCustomFields('customers');
  void owners.load();

  function fieldLabel(field: string): string {
    const customField = custom.byHistoryName(field);
    if (customField) return custom.label(customField);
    const key = field === 'ownerId' ? 'customers.fields.owner' : `customers.fields.${field}`;
    return te(key) ? t(key as MessageKey) : field;
  }

  function valueLabel(field: string, value: unknown): string {
    const customField = custom.byHistoryName(field);
    if (customField) return custom.format(customField, value as CustomFieldValue);
    const text = displayValue(value);
    if (text === '') return '';
    if (field === 'ownerId') return owners.nameOf(Number(value));
    if (field === 'status' || field === 'customerType') {
      const key = field === 'status' ? `customers.status.${text}` : `customers.types.${text}`;
      return te(key) ? t(key as MessageKey) : text;
    }
    if (field === 'creditLimit') return formatMoney(text);
    if (isPicklistField(field)) return label(field, text);
    return text;
  }

  return { fieldLabel, valueLabel };
}
