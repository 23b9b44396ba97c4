import type { VNodeChild } from 'vue';
import type { MessageKey } from '@/locales/message-key';

/** A column's title: a catalogue key, or text configured at run time (a custom field's label). */
export type ColumnTitle = { titleKey: MessageKey; title?: never } | { title: string; titleKey?: never };

/** One column of a list: how it is titled, sized, sorted and drawn. */
export type TableColumn<T> = ColumnTitle & {
  /** Also the API's sort key when the column is sortable. */
  key: string;
  width: number;
  sortable?: boolean;
  /** Stays at the left edge while the table scrolls sideways. */
  pinned?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Always shown; left out of the column chooser. */
  required?: boolean;
  /** Shown until the user chooses columns. */
  defaultVisible?: boolean;
  render: (row: T) => VNodeChild;
};

/** The column's title in the current language. */
export function columnTitle(column: ColumnTitle, t: (key: MessageKey) => string): string {
  return column.title ?? t(column.titleKey);
}

/** The columns to show, in definition order: the user's choice, or the defaults. */
export function visibleColumns<T>(columns: readonly TableColumn<T>[], chosen: readonly string[] | undefined): TableColumn<T>[] {
  return columns.filter(
    (column) => column.required || (chosen ? chosen.includes(column.key) : column.defaultVisible !== false),
  );
}
