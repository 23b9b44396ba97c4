import { computed, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { rolesApi } from '@/api/roles-api';
import type { Role } from '@/api/types';
import type { MessageKey } from '@/locales/message-key';
import { useSessionStore } from '@/stores/session';

/**
 * Roles for pickers and for showing role keys by name. Built-in roles have translated names;
 * roles an administrator adds show the name they were given. Without the right to read roles the
 * list stays empty and keys show as they are.
 */
export function useRoleOptions() {
  const { t, te } = useI18n();
  const session = useSessionStore();
  const roles = shallowRef<Role[]>([]);
  const loading = shallowRef(false);
  const byKey = computed(() => new Map(roles.value.map((role) => [role.roleKey, role])));

  async function load(): Promise<void> {
    if (!session.can('read', 'roles') || loading.value) return;
    loading.value = true;
    try {
      roles.value = await rolesApi.list();
    } finally {
      loading.value = false;
    }
  }

  function nameOf(key: string): string {
    const role = byKey.value.get(key);
    if (role?.isSystem && te(`roles.${key}`)) return t(`roles.${key}` as MessageKey);
    return role?.name ?? (te(`roles.${key}`) ? t(`roles.${key}` as MessageKey) : key);
  }

  return { roles, loading, load, nameOf };
}
