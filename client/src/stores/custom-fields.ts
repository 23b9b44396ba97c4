import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { customFieldsApi } from '@/api/custom-fields-api';
import type { CustomField, CustomFieldEntity } from '@/api/types';
import { useSessionStore } from './session';

/**
 * The custom fields the signed-in user may see, per entity, as the lists, record pages and forms
 * of that entity show them. Which fields a user sees and may change depends on their roles, so
 * the definitions are dropped when another user signs in, and after an administrator changes them.
 */
export const useCustomFieldsStore = defineStore('customFields', () => {
  const byEntity = shallowRef<Partial<Record<CustomFieldEntity, CustomField[]>>>({});
  const pending = new Map<CustomFieldEntity, Promise<CustomField[]>>();
  const session = useSessionStore();
  /** Counts invalidations, so pages that show fields know to load them again. */
  const generation = ref(0);

  function invalidate(): void {
    byEntity.value = {};
    pending.clear();
    generation.value++;
  }

  watch(() => session.me?.id, invalidate);

  function fields(entity: CustomFieldEntity): CustomField[] {
    return byEntity.value[entity] ?? [];
  }

  /** Loads an entity's fields once; concurrent callers share the request. */
  function load(entity: CustomFieldEntity): Promise<CustomField[]> {
    const loaded = byEntity.value[entity];
    if (loaded) return Promise.resolve(loaded);
    let request = pending.get(entity);
    if (!request) {
      request = customFieldsApi
        .visible(entity)
        .then((list) => {
          const sorted = [...list].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
          byEntity.value = { ...byEntity.value, [entity]: sorted };
          return sorted;
        })
        .finally(() => pending.delete(entity));
      pending.set(entity, request);
    }
    return request;
  }

  return { generation, fields, load, invalidate };
});
