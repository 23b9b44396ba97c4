// ElButton comes through unplugin-auto-import, which also brings its stylesheet.
import { h, type Component, type VNode } from 'vue';

/** A link button in a table row (edit, claim, delete). */
export function rowAction(action: {
  label: string;
  icon: Component;
  onClick: () => void;
  type?: 'primary' | 'danger';
  loading?: boolean;
  test?: string;
}): VNode {
  return h(
    ElButton,
    { link: true, type: action.type ?? 'primary', icon: action.icon, loading: action.loading, 'data-test': action.test, onClick: action.onClick },
    () => action.label,
  );
}
