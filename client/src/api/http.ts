import createClient from 'openapi-fetch';
import { networkError, sessionExpiredError, toApiError } from './api-error';
import { browserTokenStore, type TokenStore } from './token-store';
import type { ApiPaths, TokenPair } from './types';

/**
 * The one way the client talks to the server: an openapi-fetch client typed from the OpenAPI
 * document, whose fetch attaches the access token, refreshes it once on a 401 and turns every
 * failure into an ApiError. Callers therefore only ever see successful responses.
 */
export interface HttpOptions {
  baseUrl: string;
  tokens: TokenStore;
  /** Called when the session cannot be renewed; the tokens are already cleared. */
  onSessionExpired: () => void;
  fetch?: (request: Request) => Promise<Response>;
}

/** Public auth endpoints carry no access token and never trigger a refresh. */
const AUTH_ENDPOINT = /\/auth\/(login|refresh|logout)$/;

const REFRESH_LOCK = 'crm-token-refresh';

/**
 * Tabs share one refresh token and the server ends the session when a rotated token is used
 * again, so tabs take turns refreshing (Web Locks) and each re-reads the pair inside the lock.
 */
function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(REFRESH_LOCK, task) : task();
}

export function createAuthFetch(options: HttpOptions): (request: Request) => Promise<Response> {
  const { baseUrl, tokens, onSessionExpired } = options;
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  let refreshing: Promise<string | null> | null = null;

  async function send(request: Request): Promise<Response> {
    try {
      return await baseFetch(request);
    } catch (error) {
      throw networkError(error);
    }
  }

  /** Resolves to a fresh access token, or null when the session cannot be renewed. */
  async function renew(staleToken: string): Promise<string | null> {
    return withRefreshLock(async () => {
      const current = tokens.read();
      if (!current) return null;
      // Another tab, or a refresh that finished meanwhile, already replaced the stale token.
      if (current.accessToken !== staleToken) return current.accessToken;
      const response = await send(
        new Request(`${baseUrl}/auth/refresh`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken: current.refreshToken }),
        }),
      );
      if (!response.ok) return null;
      const pair = (await response.json()) as TokenPair;
      tokens.write(pair);
      return pair.accessToken;
    });
  }

  /** Concurrent 401s share one refresh. */
  function refreshOnce(staleToken: string): Promise<string | null> {
    refreshing ??= renew(staleToken).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  function expire(): never {
    tokens.clear();
    onSessionExpired();
    throw sessionExpiredError();
  }

  return async function authFetch(request: Request): Promise<Response> {
    const token = AUTH_ENDPOINT.test(new URL(request.url).pathname) ? null : (tokens.read()?.accessToken ?? null);
    // Bodies can be read once: keep a copy for the retry before the first attempt uses it.
    const retry = token ? request.clone() : null;
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    let response = await send(request);

    if (response.status === 401 && token && retry) {
      const fresh = await refreshOnce(token);
      if (!fresh) expire();
      retry.headers.set('authorization', `Bearer ${fresh}`);
      response = await send(retry);
      if (response.status === 401) expire();
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  };
}

export function createHttp(options: HttpOptions) {
  return createClient<ApiPaths>({ baseUrl: options.baseUrl, fetch: createAuthFetch(options) });
}

export type Http = ReturnType<typeof createHttp>;

let sessionExpiredHandler: () => void = () => undefined;

/** The app decides what an ended session means (the router sends the user to the login page). */
export function onSessionExpired(handler: () => void): void {
  sessionExpiredHandler = handler;
}

export const http: Http = createHttp({
  baseUrl: '/api',
  tokens: browserTokenStore,
  onSessionExpired: () => sessionExpiredHandler(),
});

/**
 * openapi-fetch types `data` as optional because a response may also be an error. This client's
 * fetch throws errors instead, so whatever comes back is the success body.
 */
export async function unwrap<T>(pending: Promise<{ data?: T }>): Promise<T> {
  const { data } = await pending;
  return data as T;
}
