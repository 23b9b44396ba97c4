import { computed } from 'vue';
import { contactsApi } from '@/api/contacts-api';
import type { Contact, CustomField, CustomFieldQuery } from '@/api/types';
import { customFieldColumns, type CustomColumnContext } from '@/components/custom-fields/custom-field-columns';
import { visibleColumns } from '@/components/data-table/table-column';
import { useListQuery } from '@/composables/use-list-query';
import { usePreferencesStore } from '@/stores/preferences';
import { hiddenFields } from '@/utils/field-visibility';
import { contactColumns, type ContactColumnContext } from './contact-columns';
import { CONTACT_GOVERNED_FIELDS } from './contact-form-model';

/** The filters GET /contacts offers, custom field filters (cf.<key>) included. Empty values are not sent. */
export type ContactFilters = CustomFieldQuery & {
  q: string;
  customerId: number | undefined;
  ownerId: number | undefined;
};

const EMPTY_CONTACT_FILTERS: ContactFilters = { q: '', customerId: undefined, ownerId: undefined };

const COLUMN_PREFERENCE = 'contacts';

/** The contact list: query state and the user's columns, custom fields among them. */
export function useContactList(columnContext: () => ContactColumnContext & CustomColumnContext, customFields: () => readonly CustomField[]) {
  const list = useListQuery<ContactFilters, Contact>({
    fetchPage: (request) => contactsApi.list(request),
    filters: EMPTY_CONTACT_FILTERS,
    sort: { key: 'name', order: 'asc' },
  });

  /** Built-in fields the user may not see, as the rows show by leaving them out. */
  const hidden = computed(() => hiddenFields(list.rows.value[0], CONTACT_GOVERNED_FIELDS));

  const preferences = usePreferencesStore();
  const allColumns = computed(() => [
    ...contactColumns(columnContext()).filter((column) => !hidden.value.has(column.key as never)),
    ...customFieldColumns<Contact>(customFields(), columnContext()),
  ]);
  const columns = computed(() => visibleColumns(allColumns.value, preferences.columnsOf(COLUMN_PREFERENCE)));

  function chooseColumns(keys: string[]): void {
    preferences.setColumns(COLUMN_PREFERENCE, keys);
  }

  return { list, allColumns, columns, chooseColumns };
}
