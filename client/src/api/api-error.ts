/**
 * Every failed API call becomes one ApiError. The server answers errors with
 * { statusCode, code, message, details?, requestId }; `code` is also the client's i18n key
 * (errors.<code>). Answers that are not in that shape (a proxy's 502 page, a lost connection)
 * get a code of the client's own.
 */
export interface FieldProblem {
  field: string;
  reason: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Validation problems, one per field, when the server listed them. */
    readonly fieldProblems: FieldProblem[] = [],
    readonly requestId: string | null = null,
    /** The server's details when they are not field problems (e.g. { currentVersion }). */
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

/** Codes of the client's own, for failures the server did not describe. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  sessionExpired: 'SESSION_EXPIRED',
} as const;

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  502: 'SERVER_UNAVAILABLE',
  503: 'SERVER_UNAVAILABLE',
  504: 'SERVER_UNAVAILABLE',
};

function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldProblemsOf(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (item): item is FieldProblem => isRecord(item) && typeof item.field === 'string' && typeof item.reason === 'string',
  );
}

/** Builds the ApiError for a parsed error body (or whatever the answer held instead). */
export function normaliseErrorBody(status: number, body: unknown, requestIdHeader: string | null = null): ApiError {
  if (!isRecord(body) || typeof body.code !== 'string') {
    const code = codeForStatus(status);
    return new ApiError(status, code, `HTTP ${status}`, [], requestIdHeader);
  }
  const message = typeof body.message === 'string' ? body.message : body.code;
  const requestId = typeof body.requestId === 'string' ? body.requestId : requestIdHeader;
  const problems = fieldProblemsOf(body.details);
  return new ApiError(status, body.code, message, problems, requestId, problems.length ? undefined : body.details);
}

export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = JSON.parse(await response.text());
  } catch {
    // Not JSON: the status alone describes the failure.
  }
  return normaliseErrorBody(response.status, body, response.headers.get('x-request-id'));
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, CLIENT_ERROR_CODES.network, 'The server could not be reached');
  error.cause = cause;
  return error;
}

export function sessionExpiredError(): ApiError {
  return new ApiError(401, CLIENT_ERROR_CODES.sessionExpired, 'The session has ended; log in again');
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
