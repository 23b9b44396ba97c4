// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createAuthFetch, createHttp } from './http';
import type { TokenStore } from './token-store';

const BASE = 'http://crm.test/api';

function memoryTokens(initial: { accessToken: string; refreshToken: string } | null): TokenStore {
  let pair = initial;
  return {
    read: () => pair,
    write: ({ accessToken, refreshToken }) => (pair = { accessToken, refreshToken }),
    clear: () => (pair = null),
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A server that accepts only `validToken`, and answers a refresh with the next pair after an
 * optional delay, so concurrent requests can overlap with it.
 */
function fakeServer(options: { validToken: string; refreshOk?: boolean }) {
  let valid = options.validToken;
  let refreshes = 0;
  const seen: Array<{ url: string; authorization: string | null; body: string }> = [];
  const fetch = vi.fn(async (request: Request) => {
    const url = new URL(request.url).pathname;
    const body = await request.text();
    seen.push({ url, authorization: request.headers.get('authorization'), body });
    if (url === '/api/auth/refresh') {
      refreshes++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (options.refreshOk === false) return json({ code: 'REFRESH_TOKEN_INVALID', message: 'no' }, 401);
      valid = `access-${refreshes + 1}`;
      return json({ accessToken: valid, refreshToken: `refresh-${refreshes + 1}`, expiresIn: 900, tokenType: 'Bearer' });
    }
    if (request.headers.get('authorization') !== `Bearer ${valid}`) return json({ code: 'UNAUTHORIZED', message: 'no' }, 401);
    return json({ ok: true, url, body });
  });
  return { fetch, seen, refreshCount: () => refreshes };
}

describe('authFetch', () => {
  it('attaches the access token', async () => {
    const server = fakeServer({ validToken: 'access-1' });
    const authFetch = createAuthFetch({ baseUrl: BASE, tokens: memoryTokens({ accessToken: 'access-1', refreshToken: 'refresh-1' }), onSessionExpired: vi.fn(), fetch: server.fetch });
    const response = await authFetch(new Request(`${BASE}/customers`));
    expect(response.status).toBe(200);
    expect(server.seen[0]?.authorization).toBe('Bearer access-1');
  });

  it('refreshes once on a 401 and repeats the request, body included', async () => {
    const server = fakeServer({ validToken: 'fresh-token-not-yet-issued' });
    const tokens = memoryTokens({ accessToken: 'expired', refreshToken: 'refresh-1' });
    const authFetch = createAuthFetch({ baseUrl: BASE, tokens, onSessionExpired: vi.fn(), fetch: server.fetch });
    // The fake server accepts whatever the refresh issues.
    const response = await authFetch(new Request(`${BASE}/customers`, { method: 'POST', body: '{"name":"Acme"}' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ body: '{"name":"Acme"}' });
    expect(server.refreshCount()).toBe(1);
    expect(server.seen.find((call) => call.url === '/api/auth/refresh')?.body).toBe('{"refreshToken":"refresh-1"}');
    expect(tokens.read()).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('shares one refresh among concurrent 401s', async () => {
    const server = fakeServer({ validToken: 'not-the-stored-one' });
    const tokens = memoryTokens({ accessToken: 'expired', refreshToken: 'refresh-1' });
    const authFetch = createAuthFetch({ baseUrl: BASE, tokens, onSessionExpired: vi.fn(), fetch: server.fetch });
    const responses = await Promise.all(
      ['/customers', '/contacts', '/users/options'].map((path) => authFetch(new Request(`${BASE}${path}`))),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(server.refreshCount()).toBe(1);
  });

  it('uses a token another tab refreshed meanwhile instead of refreshing again', async () => {
    const server = fakeServer({ validToken: 'from-other-tab' });
    const tokens = memoryTokens({ accessToken: 'expired', refreshToken: 'refresh-1' });
    const fetch = vi.fn((request: Request) => {
      // The other tab rotates the pair while this request is on its way.
      tokens.write({ accessToken: 'from-other-tab', refreshToken: 'refresh-other' });
      return server.fetch(request);
    });
    const authFetch = createAuthFetch({ baseUrl: BASE, tokens, onSessionExpired: vi.fn(), fetch });
    expect((await authFetch(new Request(`${BASE}/customers`))).status).toBe(200);
    expect(server.refreshCount()).toBe(0);
  });

  it('ends the session when the refresh fails: tokens cleared, handler called once per request, SESSION_EXPIRED thrown', async () => {
    const server = fakeServer({ validToken: 'unreachable', refreshOk: false });
    const tokens = memoryTokens({ accessToken: 'expired', refreshToken: 'revoked' });
    const onSessionExpired = vi.fn();
    const authFetch = createAuthFetch({ baseUrl: BASE, tokens, onSessionExpired, fetch: server.fetch });
    const results = await Promise.allSettled([authFetch(new Request(`${BASE}/customers`)), authFetch(new Request(`${BASE}/contacts`))]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toMatchObject({ status: 401, code: 'SESSION_EXPIRED' });
    }
    expect(server.refreshCount()).toBe(1);
    expect(tokens.read()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalled();
  });

  it('sends no token to the login endpoint and does not refresh on its 401', async () => {
    const fetch = vi.fn((request: Request) => {
      expect(request.headers.get('authorization')).toBeNull();
      return Promise.resolve(json({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' }, 401));
    });
    const onSessionExpired = vi.fn();
    const authFetch = createAuthFetch({ baseUrl: BASE, tokens: memoryTokens({ accessToken: 'a', refreshToken: 'r' }), onSessionExpired, fetch });
    await expect(authFetch(new Request(`${BASE}/auth/login`, { method: 'POST', body: '{}' }))).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('turns error answers and lost connections into ApiErrors', async () => {
    const tokens = memoryTokens({ accessToken: 'a', refreshToken: 'r' });
    const failing = createAuthFetch({
      baseUrl: BASE,
      tokens,
      onSessionExpired: vi.fn(),
      fetch: () => Promise.resolve(json({ statusCode: 409, code: 'STALE_VERSION', message: 'changed', requestId: 'r1' }, 409)),
    });
    await expect(failing(new Request(`${BASE}/customers/1`, { method: 'PATCH', body: '{}' }))).rejects.toMatchObject({
      status: 409,
      code: 'STALE_VERSION',
      requestId: 'r1',
    });

    const offline = createAuthFetch({ baseUrl: BASE, tokens, onSessionExpired: vi.fn(), fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const error: unknown = await offline(new Request(`${BASE}/customers`)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});

describe('createHttp', () => {
  it('calls the typed paths under the base URL and returns the body', async () => {
    const fetch = vi.fn((request: Request) =>
      Promise.resolve(json({ items: [], total: 0, totalIsCapped: false, nextCursor: null, url: request.url })),
    );
    const http = createHttp({ baseUrl: BASE, tokens: memoryTokens({ accessToken: 'a', refreshToken: 'r' }), onSessionExpired: vi.fn(), fetch });
    const { data } = await http.GET('/customers', { params: { query: { q: 'acme', pageSize: 20 } } });
    expect(data).toMatchObject({ url: `${BASE}/customers?q=acme&pageSize=20` });
  });
});
