import { DEMO_PASSWORD } from './browser';

/** Direct API calls for arranging a scenario the browser then checks. */
export class ApiClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async logIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`login as ${username} failed: ${response.status}`);
    const { accessToken } = (await response.json()) as { accessToken: string };
    return new ApiClient(baseUrl, accessToken);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}

export interface CustomerRow {
  id: number;
  code: string;
  name: string;
  phone: string | null;
  version: number;
  owner: { id: number; displayName: string };
}

export interface CustomFieldRow {
  id: number;
  fieldKey: string;
}

export interface OpportunityRow {
  id: number;
  name: string;
  stageId: number;
  amount: string;
  version: number;
  lines: Array<{ productCode: string; quantity: string; unitPrice: string; lineTotal: string }>;
}
