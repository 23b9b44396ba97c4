import { reactive } from 'vue';
import type { FieldProblem } from '@/api/api-error';

/**
 * Validation problems the server reported, placed on the form fields they name. A problem with
 * a nested field ("tags.3") belongs to its top-level field; problems for fields the form does
 * not show are handed back so the form can show them elsewhere.
 */
export function useServerErrors(formFields: readonly string[]) {
  const errors = reactive<Record<string, string>>({});

  function clear(): void {
    for (const field of Object.keys(errors)) delete errors[field];
  }

  function show(problems: readonly FieldProblem[]): FieldProblem[] {
    clear();
    const unplaced: FieldProblem[] = [];
    for (const problem of problems) {
      const field = problem.field.split('.')[0] ?? problem.field;
      if (formFields.includes(field)) errors[field] ??= problem.reason;
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
