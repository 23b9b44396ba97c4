import { type LoadRequest } from './http-load.js';

/** One request against the API, as a user (token) or anonymously; the JSON answer or an error. */
export async function call<T = unknown>(baseUrl: string, request: LoadRequest, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: request.body,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function callOk<T = unknown>(baseUrl: string, request: LoadRequest, token?: string): Promise<T> {
  const { status, body } = await call<T>(baseUrl, request, token);
  if (status < 200 || status > 299) throw new Error(`${request.method} ${request.path} answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const body = await callOk<{ accessToken: string }>(baseUrl, {
    method: 'POST',
    path: '/api/auth/login',
    body: JSON.stringify({ username, password }),
  });
  return body.accessToken;
}
