import { useI18n } from 'vue-i18n';
import type { CustomFieldValue } from '@/api/types';
import { useCustomFields } from '@/composables/use-custom-fields';
import { useUserOptions } from '@/composables/use-user-options';
import type { MessageKey } from '@/locales/message-key';
import { usePicklistsStore } from '@/stores/picklists';
import { displayValue } from '@/utils/format';
import { CONTACT_ROLE_PICKLIST } from './contact-form-model';

/** How the fields and stored values in a contact's history read. */
export function useContactHistoryLabels() {
  const { t, te } = useI18n();
  const owners = useUserOptions();
  const picklists = usePicklistsStore();
  const custom = useCustomFields('contacts');
  void owners.load();

  function fieldLabel(field: string): string {
    const customField = custom.byHistoryName(field);
    if (customField) return custom.label(customField);
    const key = field === 'ownerId' ? 'contacts.fields.owner' : `contacts.fields.${field}`;
    return te(key) ? t(key as MessageKey) : field;
  }

  function valueLabel(field: string, value: unknown): string {
    const customField = custom.byHistoryName(field);
    if (customField) return custom.format(customField, value as CustomFieldValue);
    if (value === null || value === undefined || value === '') return '';
    if (field === 'ownerId') return owners.nameOf(Number(value));
    if (field === 'isPrimary') return value ? t('common.yes') : t('common.no');
    if (field === 'contactRole') return picklists.label(CONTACT_ROLE_PICKLIST, displayValue(value));
    return displayValue(value);
  }

  return { fieldLabel, valueLabel };
}
