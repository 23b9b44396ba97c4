import type { FieldRules } from '@/api/types';

/** One governed built-in field with the roles that see it and change it (empty: everyone). */
export interface FieldRuleRow {
  module: string;
  field: string;
  visibleRoles: string[];
  editableRoles: string[];
}

/** Every governed field of every module, with its rule or none (everyone sees and changes it). */
export function toRuleRows(rules: FieldRules): FieldRuleRow[] {
  return rules.governed.flatMap(({ module, fields }) =>
    fields.map((field) => {
      const rule = rules.rules.find((item) => item.module === module && item.field === field);
      return { module, field, visibleRoles: [...(rule?.visibleRoles ?? [])], editableRoles: [...(rule?.editableRoles ?? [])] };
    }),
  );
}

const sameRoles = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/** Whether a row differs from the rule saved for its field. */
export function isChanged(row: FieldRuleRow, saved: readonly FieldRuleRow[]): boolean {
  const before = saved.find((item) => item.module === row.module && item.field === row.field);
  return !before || !sameRoles(before.visibleRoles, row.visibleRoles) || !sameRoles(before.editableRoles, row.editableRoles);
}
