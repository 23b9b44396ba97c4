import { SEARCH_TERMS } from '../company/vocabulary.js';
import { type SqlClient } from '../database/sql-client.js';
import { type LoadRequest } from './http-load.js';

export type Persona = 'sales' | 'manager' | 'director';

export interface Scenario {
  key: string;
  title: string;
  /** Who asks; null for anonymous routes. */
  as: Persona | null;
  write?: boolean;
  /** The next request; scenarios that must not repeat a record (updates) hand out a new one each time. */
  next: () => LoadRequest;
  /** Before the floor replays a captured write: put its record back as the request found it. */
  prepareReplay?: (client: SqlClient, captured: LoadRequest) => Promise<void>;
}

export interface ScenarioInputs {
  /** A cursor deep in the manager's default-sorted list, and how many rows precede it. */
  deepCursor: string;
  deepRows: number;
  /** Customers the manager may read, for detail and history. */
  detailIds: number[];
  /** The salesperson's customers with their current versions, one per update request. */
  updatePool: Array<{ id: number; version: number }>;
  /** Makes created names unique per run. */
  runTag: string;
}

const get = (path: string): LoadRequest => ({ method: 'GET', path });
const fixed = (path: string) => () => get(path);
const search = (term: string) => fixed(`/api/search?q=${encodeURIComponent(term)}`);

function rotating(ids: number[], path: (id: number) => string): () => LoadRequest {
  let i = 0;
  return () => get(path(ids[i++ % ids.length]));
}

/**
 * The heaviest list of each module besides customers, in a manager's team scope: the newest orders,
 * orders in one of their rarer statuses (the capped total then reads the whole team), overdue
 * instalments, the aging report (every customer with money outstanding, unpaged) and the newest
 * activities.
 */
export const MODULE_LISTS: Scenario[] = [
  { key: 'orders-manager', title: 'Orders list p.1, team scope (manager)', as: 'manager', next: fixed('/api/orders') },
  { key: 'orders-status', title: 'Orders, team, status=in_delivery', as: 'manager', next: fixed('/api/orders?status=in_delivery') },
  { key: 'receivables-overdue', title: 'Receivables (instalments), team, overdue=true', as: 'manager', next: fixed('/api/receivables?overdue=true') },
  { key: 'aging-customer', title: 'Receivables aging by customer, team', as: 'manager', next: fixed('/api/receivables/aging?by=customer') },
  { key: 'activities-manager', title: 'Activities list p.1, team scope (manager)', as: 'manager', next: fixed('/api/activities') },
];

/** Every scenario of the benchmark, in report order; writes last, so what they leave behind disturbs no read. */
export function buildScenarios(inputs: ScenarioInputs): Scenario[] {
  let created = 0;
  let updated = 0;
  return [
    { key: 'list-sales', title: 'Customer list p.1, own scope (salesperson)', as: 'sales', next: fixed('/api/customers') },
    { key: 'list-manager', title: 'Customer list p.1, team scope (manager)', as: 'manager', next: fixed('/api/customers') },
    { key: 'list-director', title: 'Customer list p.1, all (director)', as: 'director', next: fixed('/api/customers') },
    { key: 'list-text', title: `List, team, text filter q=${SEARCH_TERMS.middling}`, as: 'manager', next: fixed(`/api/customers?q=${SEARCH_TERMS.middling}`) },
    { key: 'list-picklists', title: 'List, team, industry + customerLevel', as: 'manager', next: fixed('/api/customers?industry=manufacturing&customerLevel=A') },
    { key: 'list-sort-name', title: 'List, team, sorted by name', as: 'manager', next: fixed('/api/customers?sort=name') },
    { key: 'list-deep', title: `List, team, cursor ${inputs.deepRows.toLocaleString('en')} rows deep`, as: 'manager', next: fixed(`/api/customers?cursor=${inputs.deepCursor}`) },
    { key: 'list-custom-field', title: 'List, team, custom field cf.segment=public_sector', as: 'manager', next: fixed('/api/customers?cf.segment=public_sector') },
    { key: 'list-exact-team', title: 'List, team, exactTotal=true', as: 'manager', next: fixed('/api/customers?exactTotal=true') },
    { key: 'list-exact-all', title: 'List, all, exactTotal=true', as: 'director', next: fixed('/api/customers?exactTotal=true') },
    { key: 'search-rare', title: `Search "${SEARCH_TERMS.rare}" (rare), all`, as: 'director', next: search(SEARCH_TERMS.rare) },
    { key: 'search-middling', title: `Search "${SEARCH_TERMS.middling}" (middling), all`, as: 'director', next: search(SEARCH_TERMS.middling) },
    { key: 'search-common', title: `Search "${SEARCH_TERMS.common}" (common), all`, as: 'director', next: search(SEARCH_TERMS.common) },
    { key: 'search-cjk1', title: `Search "${SEARCH_TERMS.cjk1}" (1 Chinese character), all`, as: 'director', next: search(SEARCH_TERMS.cjk1) },
    { key: 'search-cjk2', title: `Search "${SEARCH_TERMS.cjk2}" (2 Chinese characters, rare), all`, as: 'director', next: search(SEARCH_TERMS.cjk2) },
    { key: 'search-own-rare', title: `Search "${SEARCH_TERMS.rare}" (rare), own scope`, as: 'sales', next: search(SEARCH_TERMS.rare) },
    { key: 'detail', title: 'Customer detail with contacts', as: 'manager', next: rotating(inputs.detailIds, (id) => `/api/customers/${id}`) },
    { key: 'history', title: 'Customer history (timeline)', as: 'manager', next: rotating(inputs.detailIds, (id) => `/api/customers/${id}/history`) },
    ...MODULE_LISTS,
    { key: 'me', title: 'GET /api/auth/me (auth, no SQL)', as: 'sales', next: fixed('/api/auth/me') },
    { key: 'health', title: 'GET /api/health (one SELECT 1)', as: null, next: fixed('/api/health') },
    {
      key: 'update',
      title: 'Update customer (PATCH, a fresh record each time)',
      as: 'sales',
      write: true,
      next: () => {
        const n = updated++;
        const record = inputs.updatePool[n % inputs.updatePool.length];
        // Values unique to this run and request, so every update changes a built-in and a custom field.
        const revenue = `${parseInt(inputs.runTag, 36) % 1_000_000_000}.${String(n % 100).padStart(2, '0')}`;
        const body = { version: record.version, notes: `benchmark ${inputs.runTag}-${n}`, customFields: { annual_revenue: revenue } };
        return { method: 'PATCH', path: `/api/customers/${record.id}`, body: JSON.stringify(body) };
      },
      prepareReplay: async (client, captured) => {
        const id = Number(captured.path.split('/').pop());
        const { version } = JSON.parse(captured.body!) as { version: number };
        await client.query(`UPDATE customers SET version = ${client.param(1)} WHERE id = ${client.param(2)}`, [version, id]);
      },
    },
    {
      key: 'create',
      title: 'Create customer (POST)',
      as: 'sales',
      write: true,
      next: () => {
        const n = ++created;
        const body = {
          name: `基准客户 Bench ${inputs.runTag}-${n}`,
          customerType: 'company',
          industry: 'it',
          customerLevel: 'B',
          region: 'east',
          phone: `+86 21 ${String(60_000_000 + n)}`,
          customFields: { segment: 'smb' },
        };
        return { method: 'POST', path: '/api/customers', body: JSON.stringify(body) };
      },
    },
  ];
}
