import { computed, shallowRef } from 'vue';
import { usersApi } from '@/api/users-api';
import type { UserOption } from '@/api/types';

/** Active users for owner pickers and for showing owners by name, loaded when first needed. */
export function useUserOptions() {
  const users = shallowRef<UserOption[]>([]);
  const loading = shallowRef(false);
  const byId = computed(() => new Map(users.value.map((user) => [user.id, user])));

  async function load(): Promise<void> {
    if (users.value.length || loading.value) return;
    loading.value = true;
    try {
      users.value = await usersApi.options();
    } finally {
      loading.value = false;
    }
  }

  function nameOf(id: number | null | undefined): string {
    return id == null ? '' : (byId.value.get(id)?.displayName ?? `#${id}`);
  }

  return { users, loading, load, nameOf };
}
