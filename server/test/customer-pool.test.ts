import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
const ids = new Map<string, number>();
const teams = new Map<string, number>();

beforeAll(async () => {
  app = await startTestApp();
  for (const user of (await app.as('admin').get('/users/options')).body) ids.set(user.username, user.id);
  for (const team of (await app.as('admin').get('/teams')).body) teams.set(team.name, team.id);
});

afterAll(async () => {
  await app?.stop();
});

const inPool = async (username: string) => (await app.as(username).get('/customer-pool?pageSize=200')).body.items.map((c: { id: number }) => c.id);

async function idleFor(customerId: number, days: number) {
  const at = new Date(Date.now() - days * 86_400_000);
  await app.server.dataSource.query(`UPDATE customers SET last_follow_up_at = $1 WHERE id = ${customerId}`.replace('$1', app.config.db!.type === 'postgres' ? '$1' : '?'), [at]);
}

describe('customer pool', () => {
  it('takes released customers into the team pool, where teammates claim them and contacts follow', async () => {
    const customer = (await app.as('sales1').post('/customers', { name: 'Released Ltd' })).body;
    const contact = (await app.as('sales1').post('/contacts', { customerId: customer.id, name: 'Follows along' })).body;
    const released = await app.as('sales1').post(`/customers/${customer.id}/release`);
    expect(released.status).toBe(204);
    // Out of their list, but open to look at before claiming, for those who see that pool only.
    expect((await app.as('sales1').get('/customers?pageSize=200')).body.items.map((c: { id: number }) => c.id)).not.toContain(customer.id);
    expect((await app.as('sales2').get(`/customers/${customer.id}`)).body.owner).toBeNull();
    expect((await app.as('sales3').get(`/customers/${customer.id}`)).status).toBe(404);
    expect((await app.as('sales2').patch(`/customers/${customer.id}`, { version: customer.version + 1, notes: 'x' })).status).toBe(404);
    expect(await inPool('sales2')).toContain(customer.id);
    expect(await inPool('sales3')).not.toContain(customer.id);
    expect((await app.as('manager1').get(`/customers/${customer.id}`)).body.owner).toBeNull();

    const tooSoon = await app.as('sales1').post(`/customers/${customer.id}/claim`);
    expect(tooSoon.body.code).toBe('POOL_COOL_DOWN');
    const claimed = await app.as('sales2').post(`/customers/${customer.id}/claim`);
    expect(claimed.body.owner.id).toBe(ids.get('sales2'));
    expect((await app.as('sales2').get(`/contacts/${contact.id}`)).body.ownerId).toBe(ids.get('sales2'));
    expect((await app.as('manager1').post(`/customers/${customer.id}/claim`)).body.code).toBe('NOT_IN_POOL');
    const history = (await app.as('sales2').get(`/customers/${customer.id}/history`)).body;
    expect(history.slice(0, 2).map((e: { changes: { ownerId: unknown[] } }) => e.changes.ownerId)).toEqual([
      [null, ids.get('sales2')],
      [ids.get('sales1'), null],
    ]);
  });

  it('refuses claims beyond the per-person cap', async () => {
    const held = (await app.as('sales3').get('/customers?exactTotal=true')).body.total;
    const customer = (await app.as('sales3').post('/customers', { name: 'Cap test Ltd' })).body;
    await app.as('sales3').post(`/customers/${customer.id}/release`);
    await app.as('admin').put('/customer-pool/settings', { maxPerPerson: held, cooldownDays: 0, rules: [] });
    expect((await app.as('sales3').post(`/customers/${customer.id}/claim`)).body.code).toBe('POOL_CAP_REACHED');
    await app.as('admin').put('/customer-pool/settings', { maxPerPerson: held + 1, cooldownDays: 0, rules: [] });
    expect((await app.as('sales3').post(`/customers/${customer.id}/claim`)).status).toBe(200);
  });

  it('returns idle customers by the most specific rule, and a logged activity restarts the clock', async () => {
    const make = async (name: string, level: string, idleDays: number) => {
      const customer = (await app.as('sales1').post('/customers', { name, customerLevel: level })).body;
      await idleFor(customer.id, idleDays);
      return customer.id as number;
    };
    const keyAccount40 = await make('Key account idle 40', 'A', 40);
    const regular40 = await make('Regular idle 40', 'B', 40);
    const keyAccount100 = await make('Key account idle 100', 'A', 100);
    const visited = await make('Visited after 40', 'B', 40);
    await app.as('sales1').post('/activities', { activityType: 'visit', subject: 'Back in touch', customerId: visited });

    const settings = await app.as('admin').put('/customer-pool/settings', {
      maxPerPerson: 1000,
      cooldownDays: 7,
      rules: [{ idleDays: 30 }, { teamId: teams.get('East'), customerLevel: 'A', idleDays: 90 }],
    });
    expect(settings.body.rules).toHaveLength(2);
    expect((await app.as('sales1').post('/customer-pool/sweep')).status).toBe(403);
    const swept = await app.as('admin').post('/customer-pool/sweep');
    expect(swept.body.released).toBeGreaterThanOrEqual(2);

    const pool = await inPool('sales2');
    expect(pool).toEqual(expect.arrayContaining([regular40, keyAccount100]));
    expect(pool).not.toContain(keyAccount40);
    expect(pool).not.toContain(visited);
    const stats = (await app.as('manager1').get('/customer-pool/stats')).body;
    expect(stats.inPool).toBeGreaterThanOrEqual(2);
    expect(stats.byTeam.find((b: { key: string }) => b.key === 'East').count).toBeGreaterThanOrEqual(2);
    expect(stats.releasedLast30Days).toBeGreaterThanOrEqual(2);
    expect((await app.as('admin').put('/customer-pool/settings', { maxPerPerson: 1, cooldownDays: 1, rules: [{ idleDays: 5, customerLevel: 'Z' }] })).status).toBe(400);
  });
});
