import { useI18n } from 'vue-i18n';
import type { CustomFieldEntity, CustomFieldValue } from '@/api/types';
import { useCustomFields } from '@/composables/use-custom-fields';
import { useUserOptions } from '@/composables/use-user-options';
import type { MessageKey } from '@/locales/message-key';
import { usePicklistsStore } from '@/stores/picklists';
import { displayValue } from '@/utils/format';

interface HistoryLabelOptions {
  /** Where the record's field labels live, e.g. `leads.fields`; the owner reads `<prefix>.owner`. */
  labels: string;
  /** Fields holding a picklist key, and the picklist each uses. */
  picklists?: Readonly<Record<string, string>>;
  /** Yes/no fields. */
  flags?: readonly string[];
  /** Fields holding one of a fixed set of keys, and where their labels live, e.g. `leads.status`. */
  enums?: Readonly<Record<string, string>>;
}

/** How the fields and stored values in a record's history read: labels, owners, picklists, custom fields. */
export function useHistoryLabels(entity: CustomFieldEntity, options: HistoryLabelOptions) {
  const { t, te } = useI18n();
  const owners = useUserOptions();
  const picklists = usePicklistsStore();
  const custom = useCustomFields(entity);
  void owners.load();

  function fieldLabel(field: string): string {
    const customField = custom.byHistoryName(field);
    if (customField) return custom.label(customField);
    const key = `${options.labels}.${field === 'ownerId' ? 'owner' : field}`;
    return te(key) ? t(key as MessageKey) : field;
  }

  function valueLabel(field: string, value: unknown): string {
    const customField = custom.byHistoryName(field);
    if (customField) return custom.format(customField, value as CustomFieldValue);
    if (value === null || value === undefined || value === '') return '';
    if (field === 'ownerId') return owners.nameOf(Number(value));
    if (options.flags?.includes(field)) return value ? t('common.yes') : t('common.no');
    const labels = options.enums?.[field];
    if (labels && te(`${labels}.${displayValue(value)}`)) return t(`${labels}.${displayValue(value)}` as MessageKey);
    const picklist = options.picklists?.[field];
    return picklist ? picklists.label(picklist, displayValue(value)) : displayValue(value);
  }

  return { fieldLabel, valueLabel };
}
