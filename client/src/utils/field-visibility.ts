/**
 * Field rules can hide built-in fields from some roles; the API then leaves the field out of the
 * record altogether. A record therefore tells which of its entity's governed fields the user may
 * not see: the ones it lacks.
 */
export function hiddenFields<F extends string>(record: object | null | undefined, governed: readonly F[]): Set<F> {
  if (!record) return new Set();
  return new Set(governed.filter((field) => !(field in record)));
}
