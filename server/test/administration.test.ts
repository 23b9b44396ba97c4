import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
const admin = () => app.as('admin');

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

async function userNamed(username: string) {
  const res = await admin().get(`/users?q=${username}&status=all`);
  return res.body.items.find((u: { username: string }) => u.username === username);
}

async function teamNamed(name: string) {
  return (await admin().get('/teams')).body.find((t: { name: string }) => t.name === name);
}

async function loginAs(username: string, password: string) {
  return app.as(null).post('/auth/login', { username, password });
}

async function auditActions(entityType: string, entityId: number): Promise<string[]> {
  const rows = await app.server.dataSource.query(
    `SELECT action FROM audit_log WHERE entity_type = '${entityType}' AND entity_id = ${entityId} ORDER BY id`,
  );
  return rows.map((r: Record<string, string>) => r.action ?? r.ACTION);
}

describe('users', () => {
  it('creates a user under the password policy, who can then log in', async () => {
    const east = await teamNamed('East');
    const weak = await admin().post('/users', { username: 'sales4', displayName: 'New Seller', teamId: east.id, roles: ['sales'], password: 'password' });
    expect(weak.status).toBe(400);
    expect(weak.body.details[0].field).toBe('password');
    const taken = await admin().post('/users', { username: 'SALES1', displayName: 'x', teamId: east.id, roles: ['sales'], password: 'Welcome@2026' });
    expect(taken.body.details).toEqual([{ field: 'username', reason: 'is already taken' }]);
    const created = await admin().post('/users', { username: 'sales4', displayName: 'New Seller', teamId: east.id, roles: ['sales'], password: 'Welcome@2026' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'sales4', team: { name: 'East' }, roles: ['sales'], isActive: true });
    expect((await loginAs('sales4', 'Welcome@2026')).status).toBe(200);
    expect(await auditActions('user', created.body.id)).toEqual(['create']);
  });

  it('deactivates a user, who can no longer log in, and hands their records to a colleague', async () => {
    const leaver = await userNamed('sales2');
    const heir = await userNamed('sales1');
    const ownedBefore = await app.as('sales2').get('/customers?exactTotal=true&status=all');
    const heirBefore = await app.as('sales1').get('/customers?exactTotal=true&status=all');
    const token = (await loginAs('sales2', 'Demo@2026')).body.accessToken;

    const off = await admin().post(`/users/${leaver.id}/deactivate`);
    expect(off.body.isActive).toBe(false);
    expect((await loginAs('sales2', 'Demo@2026')).body.code).toBe('ACCOUNT_DISABLED');
    const stale = await fetch(`${app.server.url}/api/customers`, { headers: { authorization: `Bearer ${token}` } });
    expect(stale.status).toBe(401);

    const moved = await admin().post(`/users/${leaver.id}/transfer-records`, { toUserId: heir.id });
    expect(moved.status).toBe(200);
    expect(moved.body.moved.customer).toBe(ownedBefore.body.total);
    const heirAfter = await app.as('sales1').get('/customers?exactTotal=true&status=all');
    expect(heirAfter.body.total).toBe(heirBefore.body.total + ownedBefore.body.total);
    const someCustomer = heirAfter.body.items[0];
    const history = await app.as('sales1').get(`/customers/${someCustomer.id}/history`);
    expect(history.status).toBe(200);

    expect((await admin().post(`/users/${leaver.id}/activate`)).body.isActive).toBe(true);
    expect((await loginAs('sales2', 'Demo@2026')).status).toBe(200);
  });

  it('resets a password, ending the user’s sessions, and unlocks a locked account', async () => {
    const service = await userNamed('service');
    const session = (await loginAs('service', 'Demo@2026')).body;
    for (let i = 0; i < 5; i++) await loginAs('service', 'wrong-password');
    expect((await loginAs('service', 'Demo@2026')).body.code).toBe('ACCOUNT_LOCKED');
    expect((await admin().get(`/users/${service.id}`)).body.isLocked).toBe(true);
    expect((await admin().post(`/users/${service.id}/unlock`)).body.isLocked).toBe(false);
    expect((await loginAs('service', 'Demo@2026')).status).toBe(200);

    expect((await admin().post(`/users/${service.id}/reset-password`, { password: 'short' })).status).toBe(400);
    expect((await admin().post(`/users/${service.id}/reset-password`, { password: 'Fresh@Start9' })).status).toBe(200);
    expect((await app.as(null).post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    expect((await loginAs('service', 'Demo@2026')).status).toBe(401);
    expect((await loginAs('service', 'Fresh@Start9')).status).toBe(200);
  });

  it('never removes or demotes the last administrator', async () => {
    const adminUser = await userNamed('admin');
    const demote = await admin().patch(`/users/${adminUser.id}`, { roles: ['director'], version: adminUser.version });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('LAST_ADMINISTRATOR');
    expect((await admin().post(`/users/${adminUser.id}/deactivate`)).body.code).toBe('CANNOT_DEACTIVATE_SELF');

    const director = await userNamed('director');
    const promoted = await admin().patch(`/users/${director.id}`, { roles: ['director', 'admin'], version: director.version });
    expect(promoted.body.roles).toEqual(['admin', 'director']);
    const refreshed = await userNamed('admin');
    expect((await app.as('director').patch(`/users/${refreshed.id}`, { roles: ['director'], version: refreshed.version })).status).toBe(200);
    const directorNow = await userNamed('director');
    const last = await app.as('director').patch(`/users/${directorNow.id}`, { roles: ['director'], version: directorNow.version });
    expect(last.body.code).toBe('LAST_ADMINISTRATOR');

    const adminAgain = await userNamed('admin');
    expect((await app.as('director').patch(`/users/${adminAgain.id}`, { roles: ['admin'], version: adminAgain.version })).status).toBe(200);
  });
});

describe('nobody grants what they do not hold', () => {
  it('an office administrator can manage users but not hand out more power than they have', async () => {
    const company = await teamNamed('Company');
    // The director also holds admin since the previous test; they create a narrow role and a user holding it.
    const role = await app.as('director').post('/roles', {
      roleKey: 'office_admin',
      name: 'Office admin',
      grants: [
        { module: 'users', actions: ['read', 'create', 'update'], scope: 'all' },
        { module: 'roles', actions: ['read', 'create'], scope: 'all' },
        { module: 'customers', actions: ['read'], scope: 'own' },
      ],
    });
    expect(role.status).toBe(201);
    const officeUser = await app.as('director').post('/users', {
      username: 'office',
      displayName: 'Olivia Office',
      teamId: company.id,
      roles: ['office_admin'],
      password: 'Desk@Work2026',
    });
    expect(officeUser.status).toBe(201);
    const office = { get: (u: string) => loginAndCall('office', 'Desk@Work2026', 'GET', u), post: (u: string, b: object) => loginAndCall('office', 'Desk@Work2026', 'POST', u, b) };

    const asSales = await office.post('/users', { username: 'sales9', displayName: 'x', teamId: company.id, roles: ['sales'], password: 'Welcome@2026' });
    expect(asSales.status).toBe(403);
    const asAdmin = await office.post('/users', { username: 'boss', displayName: 'x', teamId: company.id, roles: ['admin'], password: 'Welcome@2026' });
    expect(asAdmin.status).toBe(403);
    const asPeer = await office.post('/users', { username: 'office2', displayName: 'x', teamId: company.id, roles: ['office_admin'], password: 'Welcome@2026' });
    expect(asPeer.status).toBe(201);
    const wider = await office.post('/roles', { roleKey: 'deleter', name: 'x', grants: [{ module: 'customers', actions: ['read', 'delete'], scope: 'all' }] });
    expect(wider.status).toBe(403);
    const narrower = await office.post('/roles', { roleKey: 'reader', name: 'x', grants: [{ module: 'customers', actions: ['read'], scope: 'own' }] });
    expect(narrower.status).toBe(201);
    expect(await auditActions('role', narrower.body.id)).toEqual(['create']);
  });
});

async function loginAndCall(username: string, password: string, method: string, url: string, body?: object) {
  const token = (await loginAs(username, password)).body.accessToken;
  const res = await fetch(`${app.server.url}/api${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json() };
}

describe('teams', () => {
  it('moving a team under another widens that manager’s view at once', async () => {
    const west = await teamNamed('West');
    const east = await teamNamed('East');
    const westCustomer = (await app.as('sales3').get('/customers?pageSize=1')).body.items[0];
    expect((await app.as('manager1').get(`/customers/${westCustomer.id}`)).status).toBe(404);

    const moved = await admin().post(`/teams/${west.id}/move`, { parentId: east.id, version: west.version });
    expect(moved.status).toBe(200);
    expect(moved.body.parentId).toBe(east.id);
    expect((await app.as('manager1').get(`/customers/${westCustomer.id}`)).status).toBe(200);
    expect((await app.as('sales3').get(`/customers/${westCustomer.id}`)).status).toBe(200);

    const underItself = await admin().post(`/teams/${east.id}/move`, { parentId: west.id, version: east.version });
    expect(underItself.status).toBe(400);
    expect((await admin().delete(`/teams/${west.id}`)).body.code).toBe('TEAM_HAS_MEMBERS');
  });

  it('moving a user to another team moves the team their records count for', async () => {
    const sales = await teamNamed('Sales');
    const north = await admin().post('/teams', { name: 'North', teamKind: 'team', parentId: sales.id });
    expect(north.status).toBe(201);
    const sales3 = await userNamed('sales3');
    const theirs = (await app.as('sales3').get('/customers?pageSize=1')).body.items[0];
    const moved = await admin().patch(`/users/${sales3.id}`, { teamId: north.body.id, version: sales3.version });
    expect(moved.body.team.name).toBe('North');
    expect((await app.as('manager1').get(`/customers/${theirs.id}`)).status).toBe(404);
    expect((await app.as('sales3').get(`/customers/${theirs.id}`)).status).toBe(200);
    const empty = await admin().post('/teams', { name: 'Empty', teamKind: 'subteam', parentId: north.body.id });
    expect((await admin().delete(`/teams/${empty.body.id}`)).status).toBe(204);
    expect(await auditActions('team', empty.body.id)).toEqual(['create', 'delete']);
  });
});
