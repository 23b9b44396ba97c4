import { reactive, toValue, type MaybeRefOrGetter } from 'vue';
import type { FieldProblem } from '@/api/api-error';

/**
 * The form field a problem belongs to: the longest of the form's fields that is the problem's
 * path or begins it. "tags.3" belongs to "tags"; "customFields.size" to "customFields.size" when
 * the form shows that custom field, and to nothing when it does not.
 */
export function owningField(problemField: string, formFields: readonly string[]): string | undefined {
  const parts = problemField.split('.');
  for (let length = parts.length; length > 0; length--) {
    const candidate = parts.slice(0, length).join('.');
    if (formFields.includes(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Validation problems the server reported, placed on the form fields they name. A problem with
 * a nested field belongs to the form field that contains it; problems for fields the form does
 * not show are handed back so the form can show them elsewhere. The form's fields may change
 * while it is open (custom fields arrive with their definitions).
 */
export function useServerErrors(formFields: MaybeRefOrGetter<readonly string[]>) {
  const errors = reactive<Record<string, string>>({});

  function clear(): void {
    for (const field of Object.keys(errors)) delete errors[field];
  }

  function show(problems: readonly FieldProblem[]): FieldProblem[] {
    clear();
    const unplaced: FieldProblem[] = [];
    const fields = toValue(formFields);
    for (const problem of problems) {
      const field = owningField(problem.field, fields);
      if (field) errors[field] ??= problem.reason;
      else unplaced.push(problem);
    }
    return unplaced;
  }

  /** Editing a field takes its server error away. */
  function dismiss(field: string): void {
    delete errors[field];
  }

  return { errors, show, clear, dismiss };
}
