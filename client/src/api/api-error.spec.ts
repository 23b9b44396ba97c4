import { describe, expect, it } from 'vitest';
import { ApiError, normaliseErrorBody, toApiError } from './api-error';

describe('normaliseErrorBody', () => {
  it('keeps the server’s code, message, request id and field problems', () => {
    const error = normaliseErrorBody(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'email: must be an email address',
      details: [{ field: 'email', reason: 'must be an email address' }],
      requestId: 'req-1',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: 'req-1' });
    expect(error.fieldProblems).toEqual([{ field: 'email', reason: 'must be an email address' }]);
    expect(error.details).toBeUndefined();
  });

  it('keeps details that are not field problems as they are', () => {
    const error = normaliseErrorBody(409, { code: 'STALE_VERSION', message: 'changed', details: { currentVersion: 4 } });
    expect(error.fieldProblems).toEqual([]);
    expect(error.details).toEqual({ currentVersion: 4 });
  });

  it('drops malformed field problems', () => {
    const error = normaliseErrorBody(400, { code: 'VALIDATION_FAILED', details: [{ field: 'name' }, 'x', { field: 'code', reason: 'too long' }] });
    expect(error.fieldProblems).toEqual([{ field: 'code', reason: 'too long' }]);
    expect(error.message).toBe('VALIDATION_FAILED');
  });

  it('derives a code from the status when the body is not the server’s error shape', () => {
    expect(normaliseErrorBody(502, '<html>Bad gateway</html>').code).toBe('SERVER_UNAVAILABLE');
    expect(normaliseErrorBody(500, null).code).toBe('INTERNAL_ERROR');
    expect(normaliseErrorBody(404, { message: 'no code' }).code).toBe('NOT_FOUND');
    expect(normaliseErrorBody(418, null).code).toBe('BAD_REQUEST');
  });
});

describe('toApiError', () => {
  it('reads the body of a response, falling back to the x-request-id header', async () => {
    const response = new Response(JSON.stringify({ code: 'FORBIDDEN', message: 'no' }), {
      status: 403,
      headers: { 'x-request-id': 'hdr-7' },
    });
    expect(await toApiError(response)).toMatchObject({ status: 403, code: 'FORBIDDEN', message: 'no', requestId: 'hdr-7' });
  });

  it('copes with a body that is not JSON', async () => {
    expect(await toApiError(new Response('gateway timeout', { status: 504 }))).toMatchObject({ code: 'SERVER_UNAVAILABLE' });
  });
});
