import { computed, onMounted, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { CustomField, CustomFieldEntity, CustomFieldValue } from '@/api/types';
import { useCustomFieldsStore } from '@/stores/custom-fields';
import { usePicklistsStore } from '@/stores/picklists';
import { customFieldHelp, customFieldLabel, formatCustomValue } from '@/utils/custom-fields';
import { useErrorNotification } from './use-error-notification';
import { useUserOptions } from './use-user-options';

/**
 * An entity's custom fields for one page: their definitions (loaded when the page opens), labels
 * and help in the UI language, and their values as text.
 */
export function useCustomFields(entity: CustomFieldEntity) {
  const { t, locale } = useI18n();
  const store = useCustomFieldsStore();
  const picklists = usePicklistsStore();
  const users = useUserOptions();
  const { notify } = useErrorNotification();

  const fields = computed(() => store.fields(entity));
  /** The form fields server problems can land on: customFields.<key>. */
  const formPaths = computed(() => fields.value.map((field) => `customFields.${field.fieldKey}` as const));

  async function load(): Promise<void> {
    try {
      const loaded = await store.load(entity);
      if (loaded.some((field) => field.fieldType === 'user')) await users.load();
    } catch (error) {
      // The built-in fields still work; the custom ones are missing until the next visit.
      notify(error);
    }
  }
  onMounted(load);
  // Changed definitions (an administrator's edit, another user signing in) are fetched again,
  // also by pages kept alive in the background.
  watch(() => store.generation, load);

  const label = (field: CustomField) => customFieldLabel(field, locale.value);
  const help = (field: CustomField) => customFieldHelp(field, locale.value);
  const format = (field: CustomField, value: CustomFieldValue | undefined) =>
    formatCustomValue(field, value, {
      locale: locale.value,
      picklistLabel: picklists.label,
      userName: users.nameOf,
      yes: t('common.yes'),
      no: t('common.no'),
    });

  /** The field an audit entry names as cf.<key>, if the user sees it. */
  const byHistoryName = (name: string) =>
    name.startsWith('cf.') ? fields.value.find((field) => field.fieldKey === name.slice(3)) : undefined;

  return { fields, formPaths, load, label, help, format, byHistoryName, users };
}
