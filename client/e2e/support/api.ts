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
    const response = await this.send(method, path, body);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** The raw answer, for asserting refusals (status and error body) and non-JSON answers. */
  send(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
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

export interface QuoteRow {
  id: number;
  quoteNumber: string;
  status: string;
  version: number;
  total: string;
  approver: { id: number; name: string } | null;
  approvals: Array<{ approver: { id: number }; decision: string | null; comment: string | null }>;
  lines: Array<{ quantity: string; unitPrice: string; discountPercent: string; taxRate: string; grossAmount: string; lineTotal: string }>;
}

export interface OrderRow {
  id: number;
  orderNumber: string;
  status: string;
  version: number;
  total: string;
  late: boolean;
  promisedOn: string | null;
  deliveredOn: string | null;
  quote: { id: number; name: string } | null;
  statusHistory: Array<{ fromStatus: string | null; toStatus: string; note: string | null; changedBy: { id: number; name: string } | null }>;
  nextStatuses: string[];
}
