import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { picklistsApi } from '@/api/picklists-api';
import type { Picklist, PicklistOption } from '@/api/types';
import { usePreferencesStore } from './preferences';

export interface ChoiceOption {
  value: string;
  label: string;
  color: string | null;
}

/**
 * The option sets administrators configure (industry, customer level, ...). Records store an
 * option's key; its label follows the UI language. Loaded once when the signed-in app opens.
 */
export const usePicklistsStore = defineStore('picklists', () => {
  const lists = shallowRef<Picklist[]>([]);
  const preferences = usePreferencesStore();
  const byKey = computed(() => new Map(lists.value.map((list) => [list.key, list])));

  async function load(): Promise<void> {
    lists.value = await picklistsApi.list();
  }

  function optionOf(picklistKey: string, key: string): PicklistOption | undefined {
    return byKey.value.get(picklistKey)?.options.find((option) => option.key === key);
  }

  function labelOf(option: PicklistOption): string {
    return preferences.locale === 'zh-CN' ? option.labelZh : option.labelEn;
  }

  /** An option's label; a key the list does not know (or not yet) shows as it is. */
  function label(picklistKey: string, key: string | null | undefined): string {
    if (!key) return '';
    const option = optionOf(picklistKey, key);
    return option ? labelOf(option) : key;
  }

  function color(picklistKey: string, key: string | null | undefined): string | null {
    return key ? (optionOf(picklistKey, key)?.color ?? null) : null;
  }

  /** Active options in their configured order; `keep` stays offered even if it was retired. */
  function options(picklistKey: string, keep?: string | readonly string[] | null): ChoiceOption[] {
    const kept = Array.isArray(keep) ? keep : [keep];
    return (byKey.value.get(picklistKey)?.options ?? [])
      .filter((option) => option.isActive || kept.includes(option.key))
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((option) => ({ value: option.key, label: labelOf(option), color: option.color }));
  }

  /** Takes a picklist as an administrator's change left it. */
  function replace(picklist: Picklist): void {
    lists.value = byKey.value.has(picklist.key)
      ? lists.value.map((list) => (list.key === picklist.key ? picklist : list))
      : [...lists.value, picklist];
  }

  return { lists, load, label, color, options, replace };
});
