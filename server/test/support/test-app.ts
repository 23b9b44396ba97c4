import os from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../../src/common/config/app-config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-company.js';
import { createTestDatabase, readState } from './test-database.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApp {
  server: RunningServer;
  config: AppConfig;
  /** Requests as a demo user (logged in once, token cached) or anonymously. */
  as(username: string | null): ApiClient;
  stop(): Promise<void>;
}

export interface ApiClient {
  get<T = any>(url: string): Promise<ApiResponse<T>>;
  post<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  patch<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  put<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  delete<T = any>(url: string): Promise<ApiResponse<T>>;
  raw(url: string, init: RequestInit): Promise<ApiResponse>;
}

/**
 * Starts the real server (Fastify, guards, validation, a real database) on a free port against a
 * fresh database seeded with the demo company, and talks to it over HTTP.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  // A caller that brings its own database also drops it.
  const { db, drop } = overrides.db
    ? { db: overrides.db, drop: async () => undefined }
    : await createTestDatabase(readState());
  const config: AppConfig = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    dataDir: path.join(os.tmpdir(), 'crm-test-data'),
    db,
    logLevel: 'silent',
    seedDemoData: true,
    loginRateLimitPerMinute: 1000,
    jwtSecret: 'test-secret-for-integration-tests-only',
    clientDistDir: path.join(os.tmpdir(), 'crm-test-no-client'),
    // Totals are asserted everywhere; a busy test machine must not turn them into lower bounds.
    listCountBudgetMs: 0,
    ...overrides,
  };
  const server = await startServer(config);
  const tokens = new Map<string, string>();

  const request = async (token: string | null, url: string, init: RequestInit): Promise<ApiResponse> => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    const response = await fetch(`${server.url}/api${url}`, { ...init, headers });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, headers: response.headers };
  };

  const login = async (username: string): Promise<string> => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const response = await request(null, '/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`login as ${username} failed: ${JSON.stringify(response.body)}`);
    tokens.set(username, response.body.accessToken);
    return response.body.accessToken;
  };

  const as = (username: string | null): ApiClient => {
    const send = async (method: string, url: string, body?: unknown) => {
      const token = username ? await login(username) : null;
      const init: RequestInit = { method };
      if (body !== undefined) {
        init.headers = { 'content-type': 'application/json' };
        init.body = JSON.stringify(body);
      }
      return request(token, url, init);
    };
    return {
      get: (url) => send('GET', url),
      post: (url, body) => send('POST', url, body ?? {}),
      patch: (url, body) => send('PATCH', url, body ?? {}),
      put: (url, body) => send('PUT', url, body ?? {}),
      delete: (url) => send('DELETE', url),
      raw: async (url, init) => request(username ? await login(username) : null, url, init),
    };
  };

  return {
    server,
    config,
    as,
    async stop() {
      await server.stop();
      await drop();
    },
  };
}
