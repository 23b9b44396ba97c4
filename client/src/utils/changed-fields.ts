/**
 * The fields of `edited` that differ from `original`, so an update sends only what the user
 * changed (the audit history then shows exactly that). Arrays compare by content.
 */
export function changedFields<T extends object>(original: T, edited: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as Array<keyof T>) {
    if (JSON.stringify(original[key] ?? null) !== JSON.stringify(edited[key] ?? null)) changes[key] = edited[key];
  }
  return changes;
}

/** Empty text means "no value": the API clears a field with null. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
