import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

// Two connections for twenty simultaneous writers: any write that took a second connection while
// its transaction held the first would leave the pool empty and the requests waiting for ever.
const POOL_SIZE = 2;
const WRITERS = 20;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ dbPoolSize: POOL_SIZE, dbPoolWaitMs: 20_000 });
  await app.as('sales1').get('/customers?pageSize=1');
  await app.as('admin').get('/users?q=sales2');
});

afterAll(async () => {
  await app?.stop();
});

function many<T>(make: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: WRITERS }, (_, index) => make(index)));
}

describe(`${WRITERS} simultaneous writers on a pool of ${POOL_SIZE} connections`, () => {
  it('all create customers, contacts, opportunities and activities', async () => {
    const customers = await many((i) => app.as('sales1').post('/customers', { name: `Parallel Buyer ${i}`, phone: `+86 21 5000 ${String(i).padStart(4, '0')}` }));
    expect(customers.map((r) => r.status)).toEqual(Array(WRITERS).fill(201));
    expect(new Set(customers.map((r) => r.body.code)).size).toBe(WRITERS);

    const contacts = await many((i) => app.as('sales1').post('/contacts', { customerId: customers[i].body.id, name: `Parallel Person ${i}` }));
    expect(contacts.map((r) => r.status)).toEqual(Array(WRITERS).fill(201));
    const deals = await many((i) => app.as('sales1').post('/opportunities', { name: `Parallel deal ${i}`, customerId: customers[i].body.id, amount: `${i}000.50` }));
    expect(deals.map((r) => r.status)).toEqual(Array(WRITERS).fill(201));
    const calls = await many((i) => app.as('sales1').post('/activities', { activityType: 'call', subject: `Call ${i}`, customerId: customers[i].body.id }));
    expect(calls.map((r) => r.status)).toEqual(Array(WRITERS).fill(201));

    const listed = await app.as('sales1').get('/customers?q=Parallel%20Buyer&pageSize=50');
    expect(listed.body.items).toHaveLength(WRITERS);
  });

  it('all create, qualify and convert leads', async () => {
    const leads = await many((i) => app.as('sales1').post('/leads', { name: `Parallel Lead ${i}`, company: `Parallel Works ${i}` }));
    expect(leads.map((r) => r.status)).toEqual(Array(WRITERS).fill(201));
    const qualified = await many((i) => app.as('sales1').patch(`/leads/${leads[i].body.id}`, { status: 'qualified', version: leads[i].body.version }));
    expect(qualified.map((r) => r.status)).toEqual(Array(WRITERS).fill(200));
    const converted = await many((i) => app.as('sales1').post(`/leads/${leads[i].body.id}/convert`, { opportunity: { name: `Works deal ${i}`, amount: '99.99' } }));
    expect(converted.map((r) => r.status)).toEqual(Array(WRITERS).fill(200));
    expect(converted.every((r) => r.body.status === 'converted' && r.body.convertedOpportunityId)).toBe(true);
  });

  it('all update the same customer: one wins each version, the rest are told it is stale', async () => {
    const customer = (await app.as('sales1').post('/customers', { name: 'Contended Account' })).body;
    const updates = await many((i) => app.as('sales1').patch(`/customers/${customer.id}`, { notes: `edit ${i}`, version: customer.version }));
    const statuses = updates.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(WRITERS - 1);
    expect((await app.as('sales1').get(`/customers/${customer.id}`)).body.version).toBe(customer.version + 1);
  });

  it('administrators move users between teams while others write', async () => {
    const people = (await app.as('admin').get('/users?q=sales2')).body.items as Array<{ id: number; username: string; version: number }>;
    const sales2 = people.find((u) => u.username === 'sales2')!;
    const teams = (await app.as('admin').get('/teams')).body as Array<{ id: number; name: string }>;
    const west = teams.find((t) => t.name.includes('West'))!;
    const [moved, ...created] = await Promise.all([
      app.as('admin').patch(`/users/${sales2.id}`, { teamId: west.id, version: sales2.version }),
      ...Array.from({ length: WRITERS - 1 }, (_, i) => app.as('sales1').post('/customers', { name: `During move ${i}` })),
    ]);
    expect(moved.status).toBe(200);
    expect(created.map((r) => r.status)).toEqual(Array(WRITERS - 1).fill(201));
  });
});

describe('a request that finds every connection busy', () => {
  let impatient: TestApp;

  beforeAll(async () => {
    impatient = await startTestApp({ dbPoolSize: 1, dbPoolWaitMs: 200 });
    await impatient.as('sales1').get('/customers?pageSize=1');
  });

  afterAll(async () => {
    await impatient?.stop();
  });

  it('waits its turn, and on engines with a wait limit is answered 503 when the limit passes', async () => {
    const { dataSource } = impatient.server;
    const held = dataSource.createQueryRunner();
    await held.connect();
    const waiting = impatient.as('sales1').get('/customers?pageSize=1');
    const released = new Promise((resolve) => setTimeout(resolve, 500)).then(() => held.release());
    const answer = await waiting;
    await released;
    if (['mysql', 'mariadb'].includes(dataSource.options.type)) {
      // mysql2's pool has no wait limit: the request is served once a connection comes back.
      expect(answer.status).toBe(200);
    } else {
      expect(answer.status).toBe(503);
      expect(answer.body.code).toBe('DATABASE_BUSY');
    }
    expect((await impatient.as('sales1').get('/customers?pageSize=1')).status).toBe(200);
  });
});
