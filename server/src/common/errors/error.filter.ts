import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

const CODES_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** node-postgres, tarn (SQL Server) and node-oracledb when no pooled connection came free in time. */
const POOL_EXHAUSTED = /timeout exceeded when trying to connect|Timeout: acquiring a connection|NJS-040|NJS-076/;

/** Fastify's own errors (bad JSON, body too large) arrive with a statusCode and a FST_ code. */
function fromFastify(error: { statusCode?: number; code?: string; message?: string }): ErrorBody | null {
  if (typeof error.statusCode !== 'number' || !error.code?.startsWith('FST_')) return null;
  const code = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
    ? 'MALFORMED_JSON'
    : (CODES_BY_STATUS[error.statusCode] ?? 'BAD_REQUEST');
  return { statusCode: error.statusCode, code, message: error.message ?? code };
}

export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) {
    return { statusCode: error.status, code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof HttpException) {
    // Nest wraps Fastify's own errors (bad JSON, body too large) and keeps them as the cause.
    const wrapped = fromFastify((error.cause ?? {}) as { statusCode?: number; code?: string; message?: string });
    if (wrapped) return wrapped;
    const status = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? error.message);
    return {
      statusCode: status,
      code: CODES_BY_STATUS[status] ?? 'ERROR',
      message: Array.isArray(message) ? message.join('; ') : String(message),
    };
  }
  const fastify = fromFastify(error as { statusCode?: number; code?: string; message?: string });
  if (fastify) return fastify;
  if (error instanceof Error && POOL_EXHAUSTED.test(error.message)) {
    return { statusCode: 503, code: 'DATABASE_BUSY', message: 'The database is busy; try again in a moment' };
  }
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = toErrorBody(error);
    body.requestId = String(request.id);
    if (body.statusCode >= 500) {
      this.logger.error({ err: error, requestId: request.id, url: request.url }, (error as Error)?.stack);
    }
    void reply.status(body.statusCode).send(body);
  }
}
