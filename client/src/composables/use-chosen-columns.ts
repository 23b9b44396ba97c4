import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { visibleColumns, type TableColumn } from '@/components/data-table/table-column';
import { usePreferencesStore } from '@/stores/preferences';

/** The columns of a list the user chose (remembered under `preference`), or the defaults. */
export function useChosenColumns<T>(preference: string, allColumns: MaybeRefOrGetter<TableColumn<T>[]>) {
  const preferences = usePreferencesStore();
  const columns = computed(() => visibleColumns(toValue(allColumns), preferences.columnsOf(preference)));
  const visibleKeys = computed(() => columns.value.map((column) => column.key));

  function chooseColumns(keys: string[]): void {
    preferences.setColumns(preference, keys);
  }

  return { columns, visibleKeys, chooseColumns };
}
