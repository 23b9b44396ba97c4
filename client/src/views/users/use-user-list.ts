import { computed } from 'vue';
import { usersApi } from '@/api/users-api';
import type { ActiveFilter, User } from '@/api/types';
import { visibleColumns } from '@/components/data-table/table-column';
import { useListQuery } from '@/composables/use-list-query';
import { usePreferencesStore } from '@/stores/preferences';
import { userColumns, type UserColumnContext } from './user-columns';

/** The filters GET /users offers. Empty values are not sent. */
export interface UserFilters {
  q: string;
  teamId: number | undefined;
  role: string;
  status: ActiveFilter;
}

const EMPTY_USER_FILTERS: UserFilters = { q: '', teamId: undefined, role: '', status: 'active' };

const COLUMN_PREFERENCE = 'users';

/** The user list: query state and the user's columns. */
export function useUserList(columnContext: () => UserColumnContext) {
  const list = useListQuery<UserFilters, User>({
    fetchPage: (request) => usersApi.list(request),
    filters: EMPTY_USER_FILTERS,
    sort: { key: 'username', order: 'asc' },
  });

  const preferences = usePreferencesStore();
  const allColumns = computed(() => userColumns(columnContext()));
  const columns = computed(() => visibleColumns(allColumns.value, preferences.columnsOf(COLUMN_PREFERENCE)));

  function chooseColumns(keys: string[]): void {
    preferences.setColumns(COLUMN_PREFERENCE, keys);
  }

  return { list, allColumns, columns, chooseColumns };
}
