import { computed } from 'vue';
import { contactsApi } from '@/api/contacts-api';
import type { Contact } from '@/api/types';
import { visibleColumns } from '@/components/data-table/table-column';
import { useListQuery } from '@/composables/use-list-query';
import { usePreferencesStore } from '@/stores/preferences';
import { contactColumns, type ContactColumnContext } from './contact-columns';

/** The filters GET /contacts offers. Empty values are not sent. */
export interface ContactFilters {
  q: string;
  customerId: number | undefined;
  ownerId: number | undefined;
}

const EMPTY_CONTACT_FILTERS: ContactFilters = { q: '', customerId: undefined, ownerId: undefined };

const COLUMN_PREFERENCE = 'contacts';

/** The contact list: query state and the user's columns. */
export function useContactList(columnContext: () => ContactColumnContext) {
  const list = useListQuery<ContactFilters, Contact>({
    fetchPage: (request) => contactsApi.list(request),
    filters: EMPTY_CONTACT_FILTERS,
    sort: { key: 'name', order: 'asc' },
  });

  const preferences = usePreferencesStore();
  const allColumns = computed(() => contactColumns(columnContext()));
  const columns = computed(() => visibleColumns(allColumns.value, preferences.columnsOf(COLUMN_PREFERENCE)));

  function chooseColumns(keys: string[]): void {
    preferences.setColumns(COLUMN_PREFERENCE, keys);
  }

  return { list, allColumns, columns, chooseColumns };
}
