/**
 * Domain errors carry a stable code (the client's i18n key), an HTTP status and optional details.
 * The global filter turns them, and every other error, into one body shape:
 * { statusCode, code, message, details?, requestId }.
 */
export interface FieldProblem {
  field: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (entity: string, id: number | string) =>
  new AppError(404, 'NOT_FOUND', `${entity} ${id} was not found`);

export const staleVersion = (entity: string, id: number, current?: number) =>
  new AppError(409, 'STALE_VERSION', `${entity} ${id} was changed by someone else; reload it and try again`, {
    currentVersion: current,
  });

export const forbidden = (message = 'You do not have permission for this action') =>
  new AppError(403, 'FORBIDDEN', message);

export const unauthorized = (code = 'UNAUTHORIZED', message = 'Authentication required') =>
  new AppError(401, code, message);

export const invalid = (problems: FieldProblem[]) =>
  new AppError(
    400,
    'VALIDATION_FAILED',
    problems.map((p) => `${p.field}: ${p.reason}`).join('; '),
    problems,
  );

export const conflict = (code: string, message: string, details?: unknown) => new AppError(409, code, message, details);

/** Returns the value, or throws the 404 that hides whether an out-of-scope record exists. */
export function foundOrFail<T>(value: T | null | undefined, entity: string, id: number | string): T {
  if (value === null || value === undefined) throw notFound(entity, id);
  return value;
}
