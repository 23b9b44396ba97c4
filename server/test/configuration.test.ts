import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

const admin = () => app.as('admin');
const sales1 = () => app.as('sales1');

describe('picklists', () => {
  it('serves every set with English and Chinese labels in one cacheable call', async () => {
    const res = await sales1().get('/picklists');
    expect(res.status).toBe(200);
    const industry = res.body.find((p: { key: string }) => p.key === 'industry');
    expect(industry.options.find((o: { key: string }) => o.key === 'manufacturing')).toMatchObject({
      labelEn: 'Manufacturing',
      labelZh: '制造业',
      isActive: true,
    });
    const etag = res.headers.get('etag')!;
    const again = await sales1().raw('/picklists', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('validates stored keys against the options an administrator adds', async () => {
    const before = await sales1().post('/customers', { name: 'Rocket Works', industry: 'aerospace' });
    expect(before.status).toBe(400);
    expect(before.body.details).toEqual([{ field: 'industry', reason: '"aerospace" is not an option of industry' }]);

    expect((await sales1().post('/picklists/industry/options', { optionKey: 'aerospace', labelEn: 'Aerospace', labelZh: '航空航天' })).status).toBe(403);
    const added = await admin().post('/picklists/industry/options', { optionKey: 'aerospace', labelEn: 'Aerospace', labelZh: '航空航天', color: '#1677ff' });
    expect(added.status).toBe(201);
    const after = await sales1().post('/customers', { name: 'Rocket Works', industry: 'aerospace' });
    expect(after.status).toBe(201);

    // Relabelling changes no record: they store the key.
    const option = added.body.options.find((o: { key: string }) => o.key === 'aerospace');
    await admin().patch('/picklists/industry/options/aerospace', { labelEn: 'Aerospace & defence', version: option.version });
    expect((await sales1().get(`/customers/${after.body.id}`)).body.industry).toBe('aerospace');
  });

  it('keeps deactivated options on records, refuses them for new values, and deletes only unused ones', async () => {
    const created = (await admin().post('/picklists/source/options', { optionKey: 'fair_2026', labelEn: 'Fair 2026', labelZh: '2026展会' })).body;
    const customer = (await sales1().post('/customers', { name: 'Fair Visitor Ltd', source: 'fair_2026' })).body;
    const option = created.options.find((o: { key: string }) => o.key === 'fair_2026');
    await admin().patch('/picklists/source/options/fair_2026', { isActive: false, version: option.version });

    const fresh = await sales1().post('/customers', { name: 'Late Visitor Ltd', source: 'fair_2026' });
    expect(fresh.body.details[0]).toEqual({ field: 'source', reason: '"fair_2026" is no longer an active option of source' });
    const keep = await sales1().patch(`/customers/${customer.id}`, { phone: '+86 21 1111 2222', source: 'fair_2026', version: 1 });
    expect(keep.status).toBe(200);

    const inUse = await admin().delete('/picklists/source/options/fair_2026');
    expect(inUse.status).toBe(409);
    expect(inUse.body.code).toBe('OPTION_IN_USE');
    await admin().post('/picklists/source/options', { optionKey: 'unused', labelEn: 'Unused', labelZh: '未用' });
    expect((await admin().delete('/picklists/source/options/unused')).status).toBe(200);
  });
});

describe('custom fields', () => {
  it('makes a required field that creating without answers 400 naming it', async () => {
    const field = await admin().post('/custom-fields', {
      entity: 'customers',
      fieldKey: 'tax_number',
      labelEn: 'Tax number',
      labelZh: '税号',
      fieldType: 'text',
      required: true,
    });
    expect(field.status).toBe(201);
    const missing = await sales1().post('/customers', { name: 'No Tax Number Ltd' });
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual([{ field: 'customFields.tax_number', reason: 'is required' }]);

    const ok = await sales1().post('/customers', { name: 'Taxed Ltd', customFields: { tax_number: '91310000MA1K' } });
    expect(ok.status).toBe(201);
    expect(ok.body.customFields).toEqual({ tax_number: '91310000MA1K' });
    const history = await sales1().get(`/customers/${ok.body.id}/history`);
    expect(history.body[0].changes['cf.tax_number']).toEqual([null, '91310000MA1K']);

    const changed = await sales1().patch(`/customers/${ok.body.id}`, { customFields: { tax_number: '91310000MA2Z' }, version: 1 });
    expect(changed.body.customFields.tax_number).toBe('91310000MA2Z');
    const cleared = await sales1().patch(`/customers/${ok.body.id}`, { customFields: { tax_number: null }, version: 2 });
    expect(cleared.body.details).toEqual([{ field: 'customFields.tax_number', reason: 'is required' }]);

    // Later tests create customers freely again.
    await admin().patch(`/custom-fields/${field.body.id}`, { required: false, version: field.body.version });
  });

  it('validates each type with the same error shape as built-in fields', async () => {
    const define = (fieldKey: string, fieldType: string, extra: object = {}) =>
      admin().post('/custom-fields', { entity: 'customers', fieldKey, labelEn: fieldKey, labelZh: fieldKey, fieldType, ...extra });
    expect((await define('contract_value', 'decimal', { decimalScale: 2 })).status).toBe(201);
    expect((await define('employees', 'number')).status).toBe(201);
    expect((await define('founded_on', 'date')).status).toBe(201);
    expect((await define('is_partner', 'boolean', { defaultValue: false })).status).toBe(201);
    expect((await define('main_region', 'picklist', { picklistKey: 'region' })).status).toBe(201);
    expect((await define('markets', 'multiPicklist', { picklistKey: 'region' })).status).toBe(201);
    expect((await define('account_manager', 'user')).status).toBe(201);
    expect((await define('bad_pick', 'picklist')).body.details).toEqual([{ field: 'picklistKey', reason: 'is required for picklist fields' }]);

    const attempt = (customFields: object) => sales1().post('/customers', { name: 'Typed Ltd', customFields });
    const reasons = async (customFields: object) => (await attempt(customFields)).body.details;
    expect(await reasons({ contract_value: '12.345' })).toEqual([
      { field: 'customFields.contract_value', reason: 'must be a decimal with at most 18 digits before and 2 after the point' },
    ]);
    expect(await reasons({ employees: 3.5 })).toEqual([{ field: 'customFields.employees', reason: 'must be a whole number' }]);
    expect(await reasons({ founded_on: '2021-02-30' })).toEqual([{ field: 'customFields.founded_on', reason: 'must be a date YYYY-MM-DD' }]);
    expect(await reasons({ main_region: 'mars' })).toEqual([{ field: 'customFields.main_region', reason: '"mars" is not an option of region' }]);
    expect(await reasons({ markets: ['east', 'pluto'] })).toEqual([{ field: 'customFields.markets', reason: '"pluto" is not an option of region' }]);
    expect(await reasons({ account_manager: 999999 })).toEqual([{ field: 'customFields.account_manager', reason: 'is not an active user' }]);
    expect(await reasons({ nonsense: 1 })).toEqual([{ field: 'customFields.nonsense', reason: 'is not a field of customers' }]);

    const good = await attempt({
      contract_value: '1234567.80',
      employees: 250,
      founded_on: '2001-09-10',
      main_region: 'east',
      markets: ['south', 'east'],
    });
    expect(good.status).toBe(201);
    expect(good.body.customFields).toMatchObject({
      contract_value: '1234567.80',
      employees: 250,
      founded_on: '2001-09-10',
      is_partner: false,
      main_region: 'east',
      markets: ['east', 'south'],
      account_manager: null,
    });
  });

  it('filters and sorts lists on custom fields, and exports them', async () => {
    const values = ['900.00', '15000.50', '3000.00'];
    const ids: number[] = [];
    for (const [i, value] of values.entries()) {
      const res = await sales1().post('/customers', { name: `Valued ${i}`, customFields: { contract_value: value, is_partner: i === 1 } });
      ids.push(res.body.id);
    }
    const big = await sales1().get('/customers?cf.contract_value.gte=1000&sort=cf.contract_value&order=desc&pageSize=50');
    expect(big.status).toBe(200);
    const amounts = big.body.items.map((c: { customFields: { contract_value: string } }) => c.customFields.contract_value);
    expect(amounts.slice(0, 3)).toEqual(['1234567.80', '15000.50', '3000.00']);
    expect(amounts).not.toContain('900.00');
    const partners = await sales1().get('/customers?cf.is_partner=true');
    expect(partners.body.items.map((c: { id: number }) => c.id)).toEqual([ids[1]]);
    const byRegion = await sales1().get('/customers?cf.markets=south');
    expect(byRegion.body.total).toBe(1);

    expect((await sales1().get('/customers?cf.contract_value.gte=lots')).body.details).toEqual([
      { field: 'cf.contract_value.gte', reason: 'must be a decimal' },
    ]);
    expect((await sales1().get('/customers?cf.nope=1')).status).toBe(400);
    expect((await sales1().get(`/customers?sort=cf.contract_value&cursor=${big.body.nextCursor ?? 'x'}`)).status).toBe(400);

    const csv = String((await sales1().get('/customers/export?cf.is_partner=true')).body);
    expect(csv.split('\r\n')[0]).toContain(',contract_value,');
    expect(csv).toContain('Valued 1');
  });

  it('hides a field from roles that may not see it, everywhere', async () => {
    const field = await admin().post('/custom-fields', {
      entity: 'customers',
      fieldKey: 'internal_rating',
      labelEn: 'Internal rating',
      labelZh: '内部评级',
      fieldType: 'number',
      visibleRoles: ['director', 'admin'],
    });
    const customer = (await sales1().post('/customers', { name: 'Rated Ltd' })).body;
    expect((await admin().patch(`/customers/${customer.id}`, { customFields: { internal_rating: 4 }, version: 1 })).status).toBe(200);

    expect((await sales1().get(`/customers/${customer.id}`)).body.customFields).not.toHaveProperty('internal_rating');
    expect((await app.as('director').get(`/customers/${customer.id}`)).body.customFields.internal_rating).toBe(4);
    expect((await sales1().get('/customers?cf.internal_rating=4')).status).toBe(400);
    const write = await sales1().patch(`/customers/${customer.id}`, { customFields: { internal_rating: 5 }, version: 2 });
    expect(write.body.details).toEqual([{ field: 'customFields.internal_rating', reason: 'is not a field of customers' }]);
    const history = await sales1().get(`/customers/${customer.id}/history`);
    expect(history.body.some((e: { changes: object }) => 'cf.internal_rating' in e.changes)).toBe(false);
    const fields = await sales1().get('/custom-fields?entity=customers');
    expect(fields.body.map((f: { fieldKey: string }) => f.fieldKey)).not.toContain('internal_rating');
    expect(field.status).toBe(201);
  });
});

describe('field-level visibility of built-in fields', () => {
  it('shows the credit limit to finance and directors only, and lets only finance change it', async () => {
    const customer = (await sales1().post('/customers', { name: 'Credit Check Ltd', creditLimit: '50000.00' })).body;
    const rule = await admin().put('/field-rules/customers/creditLimit', {
      visibleRoles: ['finance', 'director', 'admin'],
      editableRoles: ['finance', 'admin'],
    });
    expect(rule.status).toBe(200);

    const mine = await sales1().get(`/customers/${customer.id}`);
    expect(mine.body).not.toHaveProperty('creditLimit');
    expect((await app.as('finance').get(`/customers/${customer.id}`)).body.creditLimit).toBe('50000.00');
    expect((await app.as('director').get(`/customers/${customer.id}`)).body.creditLimit).toBe('50000.00');

    const salesWrite = await sales1().patch(`/customers/${customer.id}`, { creditLimit: '90000.00', version: customer.version });
    expect(salesWrite.body.details).toEqual([{ field: 'creditLimit', reason: 'may not be changed by your roles' }]);
    const directorWrite = await app.as('director').patch(`/customers/${customer.id}`, { creditLimit: '90000.00', version: customer.version });
    expect(directorWrite.status).toBe(400);
    const csv = String((await sales1().get('/customers/export')).body);
    expect(csv.split('\r\n')[0]).not.toContain('credit_limit');
    expect((await sales1().post('/customers', { name: 'Null credit Ltd', creditLimit: null })).status).toBe(201);
    expect((await sales1().post('/customers', { name: 'Set credit Ltd', creditLimit: '1.00' })).status).toBe(400);

    await admin().put('/field-rules/customers/creditLimit', { visibleRoles: [], editableRoles: [] });
    expect((await sales1().get(`/customers/${customer.id}`)).body.creditLimit).toBe('50000.00');
    expect((await admin().put('/field-rules/customers/passwordHash', { visibleRoles: ['admin'], editableRoles: [] })).status).toBe(400);
  });
});

describe('roles take effect on the next request', () => {
  it('a new role with team scope on customers and no contacts access', async () => {
    const role = await admin().post('/roles', {
      roleKey: 'regional_sales',
      name: 'Regional sales',
      grants: [{ module: 'customers', actions: ['read', 'update'], scope: 'team' }],
    });
    expect(role.status).toBe(201);
    const before = await app.as('sales2').get('/customers?pageSize=1');
    expect((await app.as('sales2').get('/contacts?pageSize=1')).status).toBe(200);

    const sales2 = (await admin().get('/users?q=sales2')).body.items[0];
    const changed = await admin().patch(`/users/${sales2.id}`, { roles: ['regional_sales'], version: sales2.version });
    expect(changed.body.roles).toEqual(['regional_sales']);

    const after = await app.as('sales2').get('/customers?pageSize=1');
    const manager = await app.as('manager1').get('/customers?pageSize=1');
    expect(after.body.total).toBe(manager.body.total);
    expect(after.body.total).toBeGreaterThan(before.body.total);
    expect((await app.as('sales2').get('/contacts?pageSize=1')).status).toBe(403);
    expect((await app.as('sales2').post('/customers', { name: 'Not allowed' })).status).toBe(403);
  });
});
