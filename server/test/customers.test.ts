import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';
import { Customer } from '../src/modules/customers/customer.entity.js';

let app: TestApp;
const ids = new Map<string, number>();

beforeAll(async () => {
  app = await startTestApp();
  const { body } = await app.as('admin').get('/users/options');
  for (const user of body as Array<{ id: number; username: string }>) ids.set(user.username, user.id);
});

afterAll(async () => {
  await app?.stop();
});

async function countOwnedBy(usernames: string[]): Promise<number> {
  const owners = usernames.map((u) => ids.get(u));
  const rows = await app.server.dataSource.query(
    `SELECT COUNT(*) AS n FROM customers WHERE status = 'active' AND owner_id IN (${owners.join(',')})`,
  );
  return Number(rows[0].n ?? rows[0].N);
}

async function allPages(username: string, query = ''): Promise<Array<{ id: number; owner: { id: number } }>> {
  const items: Array<{ id: number; owner: { id: number } }> = [];
  let cursor: string | null = null;
  do {
    const url: string = `/customers?pageSize=200${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await app.as(username).get(url);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

describe('row-level scope on the customer list', () => {
  it('sales1 lists only their own customers', async () => {
    const items = await allPages('sales1');
    expect(items.length).toBe(await countOwnedBy(['sales1']));
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((c) => c.owner.id))).toEqual(new Set([ids.get('sales1')]));
  });

  it('manager1 lists the East team, director everything', async () => {
    const east = await allPages('manager1');
    expect(east.length).toBe(await countOwnedBy(['sales1', 'sales2', 'manager1']));
    const all = await allPages('director');
    expect(all.length).toBe(await countOwnedBy(['sales1', 'sales2', 'sales3', 'manager1']));
    expect(all.length).toBeGreaterThan(east.length);
  });

  it('totals agree with the pages', async () => {
    const res = await app.as('sales1').get('/customers?pageSize=5');
    expect(res.body.items).toHaveLength(5);
    expect(res.body.total).toBe(await countOwnedBy(['sales1']));
    expect(res.body.totalIsCapped).toBe(false);
  });

  it("reading sales3's customer as sales1 answers 404, as for a customer that does not exist", async () => {
    const west = await app.as('sales3').get('/customers?pageSize=1');
    const id = west.body.items[0].id;
    const hidden = await app.as('sales1').get(`/customers/${id}`);
    const missing = await app.as('sales1').get('/customers/99999999');
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(hidden.body.code).toBe(missing.body.code);
    expect(await app.as('sales3').get(`/customers/${id}`)).toMatchObject({ status: 200 });
  });
});

describe('list filters, sorting and paging', () => {
  it('filters by text, picklists and owner', async () => {
    const created = await app.as('sales1').post('/customers', {
      name: '苏州 Zephyrine 精密机械',
      phone: '+86 512 7777 0001',
      email: 'zeph@example.com',
      industry: 'manufacturing',
      customerLevel: 'A',
      region: 'east',
    });
    expect(created.status).toBe(201);
    for (const q of ['zephyrine', 'ZEPHYRINE', '苏州', '+86 512 7777', 'zeph@', created.body.code]) {
      const res = await app.as('sales1').get(`/customers?q=${encodeURIComponent(q)}`);
      expect(res.body.items.map((c: { id: number }) => c.id)).toContain(created.body.id);
    }
    const filtered = await app.as('sales1').get('/customers?industry=manufacturing&customerLevel=A&pageSize=200');
    expect(filtered.body.items.length).toBeGreaterThan(0);
    for (const c of filtered.body.items) expect([c.industry, c.customerLevel]).toEqual(['manufacturing', 'A']);
    const bySales2 = await app.as('director').get(`/customers?ownerId=${ids.get('sales2')}&pageSize=200`);
    for (const c of bySales2.body.items) expect(c.owner.id).toBe(ids.get('sales2'));
    const noWildcards = await app.as('sales1').get(`/customers?q=${encodeURIComponent('%')}`);
    expect(noWildcards.body.total).toBe(0);
  });

  it('sorts by whitelisted fields in both directions and rejects others', async () => {
    const asc = await app.as('director').get('/customers?sort=name&order=asc&pageSize=50');
    const names: string[] = asc.body.items.map((c: { name: string }) => c.name);
    const desc = await app.as('director').get('/customers?sort=name&order=desc&pageSize=50');
    expect(names.length).toBe(50);
    expect(desc.body.items[0].name >= desc.body.items[49].name || desc.body.items[0].name.localeCompare(desc.body.items[49].name) >= 0).toBe(true);
    const bad = await app.as('director').get('/customers?sort=passwordHash');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('sort');
  });

  it('walks every page by cursor without gaps or repeats, and caps the page size', async () => {
    const byCursor = await allPages('director', '&sort=name');
    const ids = byCursor.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byOffset: number[] = [];
    for (let page = 1; byOffset.length < ids.length; page++) {
      const res = await app.as('director').get(`/customers?sort=name&pageSize=100&page=${page}`);
      byOffset.push(...res.body.items.map((c: { id: number }) => c.id));
      if (!res.body.nextCursor) break;
    }
    expect(byOffset).toEqual(ids);
    expect((await app.as('director').get('/customers?pageSize=201')).status).toBe(400);
    expect((await app.as('director').get('/customers?page=600&pageSize=20')).body.code).toBe('PAGE_TOO_DEEP');
    expect((await app.as('director').get('/customers?cursor=garbage')).status).toBe(400);
  });

  it('caps the total at 10,000 unless the exact count is asked for', async () => {
    const sales2 = ids.get('sales2')!;
    const [team] = await app.server.dataSource.query(`SELECT team_path FROM customers WHERE owner_id = ${sales2} LIMIT 1`);
    const teamPath = team.team_path ?? team.TEAM_PATH;
    const rows = Array.from({ length: 10_050 }, (_, i) => ({
      code: `BULK${i}`,
      name: `Bulk customer ${i}`,
      customerType: 'company',
      status: 'active',
      ownerId: sales2,
      teamPath,
      version: 1,
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      await app.server.dataSource.getRepository(Customer).insert(rows.slice(i, i + 1000) as Partial<Customer>[]);
    }
    const capped = await app.as('sales2').get('/customers?pageSize=10');
    expect(capped.body).toMatchObject({ total: 10_000, totalIsCapped: true });
    const exact = await app.as('sales2').get('/customers?pageSize=10&exactTotal=true');
    expect(exact.body.totalIsCapped).toBe(false);
    expect(exact.body.total).toBe(await countOwnedBy(['sales2']));
    await app.server.dataSource.query(`DELETE FROM customers WHERE code LIKE 'BULK%'`);
  });
});

describe('create, update, archive, delete', () => {
  it('creates with generated code, exact decimal and owner; history records it', async () => {
    const res = await app.as('sales1').post('/customers', {
      name: 'Exact Money Ltd',
      creditLimit: '12345678901234.56',
      tags: ['vip', 'export'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Exact Money Ltd',
      creditLimit: '12345678901234.56',
      tags: ['vip', 'export'],
      status: 'active',
      version: 1,
      owner: { id: ids.get('sales1') },
    });
    expect(res.body.code).toMatch(/^CUS\d{7}$/);
    const history = await app.as('sales1').get(`/customers/${res.body.id}/history`);
    expect(history.body[0]).toMatchObject({ action: 'create', actorId: ids.get('sales1') });
    expect(history.body[0].changes.name).toEqual([null, 'Exact Money Ltd']);
  });

  it('rejects bad input with the field and the reason, and stores nothing', async () => {
    const before = (await app.as('sales1').get('/customers?exactTotal=true')).body.total;
    const cases: Array<[object, string]> = [
      [{}, 'name'],
      [{ name: 'x', id: 5 }, 'id'],
      [{ name: 'x', version: 3 }, 'version'],
      [{ name: 'x', createdBy: 1 }, 'createdBy'],
      [{ name: 'x', teamPath: '000001' }, 'teamPath'],
      [{ name: 'x', email: 'not-an-email' }, 'email'],
      [{ name: 'x', creditLimit: 12.345 }, 'creditLimit'],
      [{ name: 'x', creditLimit: '1e5' }, 'creditLimit'],
      [{ name: 'x', customerType: 'alien' }, 'customerType'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ name: 'x', ownerId: ids.get('sales2') }, 'ownerId'],
    ];
    for (const [body, field] of cases) {
      const res = await app.as('sales1').post('/customers', body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.body.requestId).toBeTruthy();
    }
    expect((await app.as('sales1').get('/customers?exactTotal=true')).body.total).toBe(before);
  });

  it('answers 400 on malformed JSON and 413 on an oversized body', async () => {
    const malformed = await app.as('sales1').raw('/customers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    const huge = await app.as('sales1').raw('/customers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', notes: 'y'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('updates with the current version, answers 409 on a stale one and keeps the first change', async () => {
    const created = (await app.as('sales1').post('/customers', { name: 'Versioned Co' })).body;
    const first = await app.as('sales1').patch(`/customers/${created.id}`, { phone: '+86 10 1234 5678', version: 1 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await app.as('manager1').patch(`/customers/${created.id}`, { phone: '+86 10 0000 0000', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 2 } });
    const now = await app.as('sales1').get(`/customers/${created.id}`);
    expect(now.body.phone).toBe('+86 10 1234 5678');
    expect((await app.as('sales1').patch(`/customers/${created.id}`, { phone: '+86 10 1' })).status).toBe(400);
    expect((await app.as('sales1').patch(`/customers/${created.id}`, { ownerId: ids.get('sales2'), version: 2 })).status).toBe(400);
    const history = await app.as('sales1').get(`/customers/${created.id}/history`);
    expect(history.body[0]).toMatchObject({ action: 'update', changes: { phone: [null, '+86 10 1234 5678'] } });
  });

  it('archives and restores; archived customers leave the default list', async () => {
    const created = (await app.as('sales1').post('/customers', { name: 'Archivable Co' })).body;
    const archived = await app.as('sales1').post(`/customers/${created.id}/archive`, {});
    expect(archived.body.status).toBe('archived');
    const list = await app.as('sales1').get(`/customers?q=${created.code}`);
    expect(list.body.total).toBe(0);
    const listArchived = await app.as('sales1').get(`/customers?q=${created.code}&status=archived`);
    expect(listArchived.body.total).toBe(1);
    const restored = await app.as('sales1').post(`/customers/${created.id}/restore`, { version: archived.body.version });
    expect(restored.body).toMatchObject({ status: 'active', version: 3 });
    const actions = (await app.as('sales1').get(`/customers/${created.id}/history`)).body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['restore', 'archive', 'create']);
  });

  it('deletes for those allowed, with an audit entry and the contacts gone', async () => {
    const created = (await app.as('manager1').post('/customers', { name: 'Short Lived Co' })).body;
    const contact = (await app.as('manager1').post('/contacts', { customerId: created.id, name: 'Temp' })).body;
    expect((await app.as('manager1').delete(`/customers/${created.id}`)).status).toBe(204);
    expect((await app.as('manager1').get(`/customers/${created.id}`)).status).toBe(404);
    expect((await app.as('manager1').get(`/contacts/${contact.id}`)).status).toBe(404);
    const audit = await app.server.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_type = 'customer' AND entity_id = ${created.id} ORDER BY id`,
    );
    expect(audit.map((r: Record<string, string>) => r.action ?? r.ACTION)).toEqual(['create', 'delete']);
  });
});

describe('owner transfer', () => {
  it('moves the customer and its contacts within the manager’s team, audited', async () => {
    const created = (await app.as('sales1').post('/customers', { name: 'Handover Co' })).body;
    const contact = (await app.as('sales1').post('/contacts', { customerId: created.id, name: '王芳', isPrimary: true })).body;
    const moved = await app.as('manager1').post(`/customers/${created.id}/transfer`, { ownerId: ids.get('sales2') });
    expect(moved.status).toBe(200);
    expect(moved.body.owner.id).toBe(ids.get('sales2'));
    expect((await app.as('sales1').get(`/customers/${created.id}`)).status).toBe(404);
    expect((await app.as('sales2').get(`/contacts/${contact.id}`)).status).toBe(200);
    const history = await app.as('sales2').get(`/customers/${created.id}/history`);
    expect(history.body[0]).toMatchObject({
      action: 'transfer',
      actorId: ids.get('manager1'),
      changes: { ownerId: [ids.get('sales1'), ids.get('sales2')] },
    });
  });

  it('refuses to push a customer out of the manager’s team, and refuses unknown users', async () => {
    const created = (await app.as('sales1').post('/customers', { name: 'Stays East Co' })).body;
    const west = await app.as('manager1').post(`/customers/${created.id}/transfer`, { ownerId: ids.get('sales3') });
    expect(west.status).toBe(400);
    expect(west.body.details[0].field).toBe('ownerId');
    const nobody = await app.as('manager1').post(`/customers/${created.id}/transfer`, { ownerId: 999999 });
    expect(nobody.status).toBe(400);
    expect((await app.as('director').post(`/customers/${created.id}/transfer`, { ownerId: ids.get('sales3') })).status).toBe(200);
  });
});

describe('duplicate warnings', () => {
  it('warns about matches, revealing only what the user may read', async () => {
    const west = (await app.as('sales3').post('/customers', { name: 'Twin Peaks Trading', phone: '+86 28 5555 0101' })).body;
    const mine = (await app.as('sales1').post('/customers', { name: 'Twin Rivers Trading', email: 'hello@twinrivers.example' })).body;

    const created = await app.as('sales1').post('/customers', {
      name: 'twin peaks trading',
      phone: '+86 28 5555 0101',
      email: 'HELLO@twinrivers.example',
    });
    expect(created.status).toBe(201);
    const matches = created.body.possibleDuplicates;
    const hidden = matches.find((m: { visible: boolean }) => !m.visible);
    expect(hidden).toEqual({ matchedOn: ['name', 'phone'], visible: false });
    expect(JSON.stringify(hidden)).not.toContain(String(west.id));
    const visible = matches.find((m: { visible: boolean }) => m.visible);
    expect(visible).toMatchObject({ id: mine.id, name: 'Twin Rivers Trading', matchedOn: ['email'], visible: true });

    const check = await app.as('director').get(`/customers/duplicates?phone=${encodeURIComponent('+86 28 5555 0101')}`);
    expect(check.body.some((m: { id?: number }) => m.id === west.id)).toBe(true);
  });
});

describe('contacts', () => {
  it('keeps a single primary contact and validates fields', async () => {
    const customer = (await app.as('sales1').post('/customers', { name: 'Contacts Co' })).body;
    const a = (await app.as('sales1').post('/contacts', { customerId: customer.id, name: 'Anna', isPrimary: true })).body;
    const b = (await app.as('sales1').post('/contacts', { customerId: customer.id, name: 'Ben', isPrimary: true, birthday: '1990-02-28' })).body;
    expect(b.birthday).toBe('1990-02-28');
    const detail = await app.as('sales1').get(`/customers/${customer.id}`);
    expect(detail.body.contacts.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['Ben', true],
      ['Anna', false],
    ]);
    const bad = await app.as('sales1').post('/contacts', { customerId: customer.id, name: 'C', birthday: '1990-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('birthday');
    const stale = await app.as('sales1').patch(`/contacts/${a.id}`, { title: 'CEO', version: 99 });
    expect(stale.status).toBe(409);
    const list = await app.as('sales1').get(`/contacts?customerId=${customer.id}&sort=name`);
    expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(['Anna', 'Ben']);
    expect(list.body.items[0].customer).toEqual({ id: customer.id, code: customer.code, name: 'Contacts Co' });
  });
});

describe('export and statistics', () => {
  it('exports the filtered list in scope as CSV that Excel reads', async () => {
    const res = await app.as('sales1').get('/customers/export?sort=name');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = String(res.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('code,name,type,industry,level,source,region,phone,email,address,tags,credit_limit,status,owner,created_at');
    expect(lines.length - 1).toBe(await countOwnedBy(['sales1']));
    for (const line of lines.slice(1)) expect(line).toContain('Sam Sales');
  });

  it('counts the active customers in scope by level, industry and region', async () => {
    const mine = await app.as('sales1').get('/customers/stats');
    expect(mine.body.total).toBe(await countOwnedBy(['sales1']));
    const sum = (buckets: Array<{ count: number }>) => buckets.reduce((n, b) => n + b.count, 0);
    expect(sum(mine.body.byIndustry)).toBe(mine.body.total);
    expect(sum(mine.body.byRegion)).toBe(mine.body.total);
    const all = await app.as('director').get('/customers/stats');
    expect(all.body.total).toBe(await countOwnedBy(['sales1', 'sales2', 'sales3', 'manager1']));
  });
});

describe('global search', () => {
  it('finds customers and contacts by fragments, Chinese included, only in scope', async () => {
    const mine = (await app.as('sales1').post('/customers', { name: '杭州绿洲茶业有限公司', phone: '+86 571 8888 1234' })).body;
    await app.as('sales1').post('/contacts', { customerId: mine.id, name: '绿洲 Liu', mobile: '+86 139 0000 7777' });
    const theirs = (await app.as('sales3').post('/customers', { name: '成都绿洲火锅有限公司' })).body;

    const byName = await app.as('sales1').get(`/search?q=${encodeURIComponent('绿洲')}`);
    expect(byName.status).toBe(200);
    expect(byName.body.customers.map((c: { id: number }) => c.id)).toEqual([mine.id]);
    expect(byName.body.contacts[0]).toMatchObject({ name: '绿洲 Liu', customerId: mine.id, customerName: '杭州绿洲茶业有限公司' });
    // One and two characters: too short for a trigram, found through the names' character pairs.
    const oneCharacter = await app.as('sales1').get(`/search?q=${encodeURIComponent('洲')}`);
    expect(oneCharacter.body.customers.map((c: { id: number }) => c.id)).toEqual([mine.id]);
    expect((await app.as('sales1').get('/search?q=lI')).body.contacts.map((c: { name: string }) => c.name)).toEqual(['绿洲 Liu']);
    const listed = await app.as('sales1').get(`/customers?q=${encodeURIComponent('绿')}`);
    expect(listed.body.items.map((c: { id: number }) => c.id)).toEqual([mine.id]);
    const byPhone = await app.as('sales1').get(`/search?q=${encodeURIComponent('+86 571 8888')}`);
    expect(byPhone.body.customers.map((c: { id: number }) => c.id)).toEqual([mine.id]);
    const director = await app.as('director').get(`/search?q=${encodeURIComponent('绿洲')}`);
    expect(director.body.customers.map((c: { id: number }) => c.id).sort()).toEqual([mine.id, theirs.id].sort());
    const procurement = await app.as('procurement').get(`/search?q=${encodeURIComponent('绿洲')}`);
    expect(procurement.body).toEqual({ customers: [], contacts: [] });
    expect((await app.as('sales1').get('/search')).status).toBe(400);
  });
});

describe('API surface', () => {
  it('serves OpenAPI with operation ids and health with the database status', async () => {
    const doc = await app.as(null).get('/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.paths['/api/customers'].get.operationId).toBe('listCustomers');
    expect(doc.body.components.schemas.CustomerType).toBeDefined();
    const health = await app.as(null).get('/health');
    expect(health.body).toMatchObject({ status: 'ok', database: { up: true } });
    expect(health.headers.get('x-request-id')).toBeTruthy();
  });
});
