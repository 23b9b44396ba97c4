import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Every default role x every customer and contact endpoint x a record of their own, a teammate's
 * and another team's. Expectations are written out by hand: they are the specification.
 */
type Relation = 'own' | 'teammate' | 'otherTeam';
type Endpoint =
  | 'list'
  | 'export'
  | 'get'
  | 'history'
  | 'update'
  | 'archive'
  | 'transfer'
  | 'delete'
  | 'contactList'
  | 'contactGet'
  | 'contactCreate'
  | 'contactUpdate'
  | 'contactDelete';
type Outcome = number | 'seen' | 'hidden';
type Row = Record<Endpoint, Outcome>;

const FULL: Row = {
  list: 'seen', export: 'seen', get: 200, history: 200, update: 200, archive: 200, transfer: 200, delete: 204,
  contactList: 'seen', contactGet: 200, contactCreate: 201, contactUpdate: 200, contactDelete: 204,
};
const OUT_OF_SCOPE_MANAGER: Row = {
  list: 'hidden', export: 'hidden', get: 404, history: 404, update: 404, archive: 404, transfer: 404, delete: 404,
  contactList: 'hidden', contactGet: 404, contactCreate: 404, contactUpdate: 404, contactDelete: 404,
};
const SALES_OWN: Row = {
  list: 'seen', export: 'seen', get: 200, history: 200, update: 200, archive: 200, transfer: 403, delete: 403,
  contactList: 'seen', contactGet: 200, contactCreate: 201, contactUpdate: 200, contactDelete: 403,
};
const SALES_OTHERS: Row = {
  list: 'hidden', export: 'hidden', get: 404, history: 404, update: 404, archive: 404, transfer: 403, delete: 403,
  contactList: 'hidden', contactGet: 404, contactCreate: 404, contactUpdate: 404, contactDelete: 403,
};
const FINANCE: Row = {
  list: 'seen', export: 'seen', get: 200, history: 200, update: 403, archive: 403, transfer: 403, delete: 403,
  contactList: 'seen', contactGet: 200, contactCreate: 403, contactUpdate: 403, contactDelete: 403,
};
const SERVICE: Row = { ...FINANCE, export: 403, contactCreate: 201, contactUpdate: 200 };
const NONE: Row = {
  list: 403, export: 403, get: 403, history: 403, update: 403, archive: 403, transfer: 403, delete: 403,
  contactList: 403, contactGet: 403, contactCreate: 403, contactUpdate: 403, contactDelete: 403,
};

interface RoleCase {
  user: string;
  /** Owners of the test records for each relation to the user; absent where the role has no teammate. */
  owners: Partial<Record<Relation, string>>;
  /** Who the user tries to transfer a record to. */
  transferTo: string;
  expected: Partial<Record<Relation, Row>>;
}

const MATRIX: Record<string, RoleCase> = {
  admin: {
    user: 'admin',
    owners: { own: 'admin', teammate: 'director', otherTeam: 'sales3' },
    transferTo: 'sales2',
    expected: { own: FULL, teammate: FULL, otherTeam: FULL },
  },
  director: {
    user: 'director',
    owners: { own: 'director', teammate: 'admin', otherTeam: 'sales3' },
    transferTo: 'sales2',
    expected: { own: FULL, teammate: FULL, otherTeam: FULL },
  },
  manager: {
    user: 'manager1',
    owners: { own: 'manager1', teammate: 'sales1', otherTeam: 'sales3' },
    transferTo: 'sales2',
    expected: { own: FULL, teammate: FULL, otherTeam: OUT_OF_SCOPE_MANAGER },
  },
  sales: {
    user: 'sales1',
    owners: { own: 'sales1', teammate: 'sales2', otherTeam: 'sales3' },
    transferTo: 'sales2',
    expected: { own: SALES_OWN, teammate: SALES_OTHERS, otherTeam: SALES_OTHERS },
  },
  finance: {
    user: 'finance',
    owners: { own: 'finance', otherTeam: 'sales3' },
    transferTo: 'sales2',
    expected: { own: FINANCE, otherTeam: FINANCE },
  },
  service: {
    user: 'service',
    owners: { own: 'service', otherTeam: 'sales3' },
    transferTo: 'sales2',
    expected: { own: SERVICE, otherTeam: SERVICE },
  },
  procurement: {
    user: 'procurement',
    owners: { own: 'procurement', otherTeam: 'sales3' },
    transferTo: 'sales2',
    expected: { own: NONE, otherTeam: NONE },
  },
};

let app: TestApp;
const userIds = new Map<string, number>();
let fixtureCounter = 0;

beforeAll(async () => {
  app = await startTestApp();
  const { body } = await app.as('admin').get('/users/options');
  for (const user of body as Array<{ id: number; username: string }>) userIds.set(user.username, user.id);
});

afterAll(async () => {
  await app?.stop();
});

/** A fresh customer with one contact, owned by `owner`, created by the director. */
async function fixture(owner: string) {
  const director = app.as('director');
  const n = ++fixtureCounter;
  const customer = await director.post('/customers', { name: `Matrix ${n} ${owner}`, ownerId: userIds.get(owner) });
  expect(customer.status).toBe(201);
  const contact = await director.post('/contacts', { customerId: customer.body.id, name: `Contact ${n}` });
  expect(contact.status).toBe(201);
  return { customer: customer.body, contact: contact.body };
}

async function attempt(roleCase: RoleCase, endpoint: Endpoint, owner: string): Promise<Outcome> {
  const { customer, contact } = await fixture(owner);
  const api = app.as(roleCase.user);
  const id = customer.id;
  switch (endpoint) {
    case 'list': {
      const res = await api.get(`/customers?q=${customer.code}&status=all`);
      if (res.status !== 200) return res.status;
      return res.body.items.some((c: { id: number }) => c.id === id) ? 'seen' : 'hidden';
    }
    case 'export': {
      const res = await api.get(`/customers/export?q=${customer.code}&status=all`);
      if (res.status !== 200) return res.status;
      return String(res.body).includes(customer.code) ? 'seen' : 'hidden';
    }
    case 'get':
      return (await api.get(`/customers/${id}`)).status;
    case 'history':
      return (await api.get(`/customers/${id}/history`)).status;
    case 'update':
      return (await api.patch(`/customers/${id}`, { notes: 'changed', version: customer.version })).status;
    case 'archive':
      return (await api.post(`/customers/${id}/archive`, { version: customer.version })).status;
    case 'transfer':
      return (await api.post(`/customers/${id}/transfer`, { ownerId: userIds.get(roleCase.transferTo) })).status;
    case 'delete':
      return (await api.delete(`/customers/${id}`)).status;
    case 'contactList': {
      const res = await api.get(`/contacts?customerId=${id}`);
      if (res.status !== 200) return res.status;
      return res.body.items.some((c: { id: number }) => c.id === contact.id) ? 'seen' : 'hidden';
    }
    case 'contactGet':
      return (await api.get(`/contacts/${contact.id}`)).status;
    case 'contactCreate':
      return (await api.post('/contacts', { customerId: id, name: 'New person' })).status;
    case 'contactUpdate':
      return (await api.patch(`/contacts/${contact.id}`, { title: 'CTO', version: contact.version })).status;
    case 'contactDelete':
      return (await api.delete(`/contacts/${contact.id}`)).status;
  }
}

describe('permission matrix: customers and contacts', () => {
  const cases: Array<[string, Relation, Endpoint, Outcome]> = [];
  for (const [role, roleCase] of Object.entries(MATRIX)) {
    for (const [relation, row] of Object.entries(roleCase.expected) as Array<[Relation, Row]>) {
      for (const [endpoint, outcome] of Object.entries(row) as Array<[Endpoint, Outcome]>) {
        cases.push([role, relation, endpoint, outcome]);
      }
    }
  }

  it.each(cases)('%s on a record of %s: %s -> %s', async (role, relation, endpoint, expected) => {
    const roleCase = MATRIX[role];
    const owner = roleCase.owners[relation]!;
    expect(await attempt(roleCase, endpoint, owner)).toBe(expected);
  });
});
