import type { VNodeChild } from 'vue';
import type { MessageKey } from '@/locales/message-key';

/** One column of a list: how it is titled, sized, sorted and drawn. */
export interface TableColumn<T> {
  /** Also the API's sort key when the column is sortable. */
  key: string;
  titleKey: MessageKey;
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
}

/** The columns to show, in definition order: the user's choice, or the defaults. */
export function visibleColumns<T>(columns: readonly TableColumn<T>[], chosen: readonly string[] | undefined): TableColumn<T>[] {
  return columns.filter(
    (column) => column.required || (chosen ? chosen.includes(column.key) : column.defaultVisible !== false),
  );
}
