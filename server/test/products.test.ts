import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
const procurement = () => app.as('procurement');

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

describe('product catalogue', () => {
  it('lists the catalogue to everyone who sells, and lets procurement maintain it', async () => {
    const list = await app.as('sales1').get('/products?pageSize=50');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(10);
    expect(list.body.items[0].listPrice).toMatch(/^\d+\.\d{2}$/);
    expect((await app.as('sales1').post('/products', { code: 'X', name: 'X', unit: 'pcs', listPrice: '1.00' })).status).toBe(403);

    const created = await procurement().post('/products', {
      code: 'HW-CAB-01',
      name: 'Network cabinet / 网络机柜',
      unit: 'pcs',
      listPrice: '3333.33',
      cost: '2100.10',
      taxRate: '13.00',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ listPrice: '3333.33', cost: '2100.10', taxRate: '13.00', isActive: true });
    const found = await app.as('sales1').get(`/products?q=${encodeURIComponent('机柜')}`);
    expect(found.body.items.map((p: { id: number }) => p.id)).toEqual([created.body.id]);

    const deactivated = await procurement().patch(`/products/${created.body.id}`, { isActive: false, version: 1 });
    expect(deactivated.body.isActive).toBe(false);
    expect((await app.as('sales1').get(`/products?q=HW-CAB`)).body.total).toBe(0);
    expect((await app.as('sales1').get(`/products?q=HW-CAB&status=all`)).body.total).toBe(1);
    expect((await procurement().patch(`/products/${created.body.id}`, { name: 'Stale', version: 1 })).status).toBe(409);
  });

  it('rejects bad input with the field and the reason', async () => {
    const cases: Array<[object, string]> = [
      [{ code: 'HW-SRV-01', name: 'Dup', unit: 'pcs', listPrice: '1.00' }, 'code'],
      [{ code: 'N1', name: 'Bad unit', unit: 'barrel', listPrice: '1.00' }, 'unit'],
      [{ code: 'N2', name: 'Float', unit: 'pcs', listPrice: '1.005' }, 'listPrice'],
      [{ code: 'N3', name: 'Tax', unit: 'pcs', listPrice: '1.00', taxRate: '130.00' }, 'taxRate'],
      [{ code: 'N4', name: 'Negative', unit: 'pcs', listPrice: '-5.00' }, 'listPrice'],
    ];
    for (const [body, field] of cases) {
      const res = await procurement().post('/products', body);
      expect({ status: res.status, fields: res.body.details?.map((d: { field: string }) => d.field) }).toEqual({ status: 400, fields: [field] });
    }
  });

  it('takes custom fields on products too', async () => {
    await app.as('admin').post('/custom-fields', { entity: 'products', fieldKey: 'warranty_months', labelEn: 'Warranty (months)', labelZh: '保修月数', fieldType: 'number' });
    const created = await procurement().post('/products', { code: 'HW-UPS-01', name: 'UPS', unit: 'set', listPrice: '8800.00', customFields: { warranty_months: 36 } });
    expect(created.body.customFields).toEqual({ warranty_months: 36 });
    const filtered = await app.as('sales1').get('/products?cf.warranty_months.gte=24');
    expect(filtered.body.items.map((p: { code: string }) => p.code)).toEqual(['HW-UPS-01']);
  });
});

describe('effective price', () => {
  async function customerOfLevel(level: string) {
    const res = await app.as('sales1').post('/customers', { name: `Level ${level} buyer ${Date.now()}`, customerLevel: level });
    return res.body;
  }

  async function productByCode(code: string) {
    return (await app.as('sales1').get(`/products?q=${code}`)).body.items[0];
  }

  it('uses the key-account list for A customers, the standard list for others, and the list price outside validity', async () => {
    const server = await productByCode('HW-SRV-01');
    const a = await customerOfLevel('A');
    const c = await customerOfLevel('C');
    const year = new Date().getUTCFullYear();

    const forA = await app.as('sales1').get(`/products/${server.id}/price?customerId=${a.id}&date=${year}-06-01`);
    expect(forA.body).toMatchObject({ unitPrice: '34200.00', source: 'priceList', priceListName: `Key accounts ${year}`, listPrice: '38000.00' });
    const forC = await app.as('sales1').get(`/products/${server.id}/price?customerId=${c.id}&date=${year}-06-01`);
    expect(forC.body).toMatchObject({ unitPrice: '36860.00', priceListName: `Standard ${year}` });
    const nextYear = await app.as('sales1').get(`/products/${server.id}/price?customerId=${a.id}&date=${year + 1}-02-01`);
    expect(nextYear.body).toMatchObject({ unitPrice: '38000.00', source: 'listPrice', priceListId: null });
  });

  it('lets a higher-priority list win, and hides customers outside the user’s scope', async () => {
    const terminal = await productByCode('HW-TRM-01');
    const c = await customerOfLevel('C');
    const year = new Date().getUTCFullYear();
    const promo = await procurement().post('/price-lists', { name: 'Spring promotion', validFrom: `${year}-03-01`, validTo: `${year}-03-31`, priority: 50 });
    expect(promo.status).toBe(201);
    const items = await procurement().put(`/price-lists/${promo.body.id}/items`, { items: [{ productId: terminal.id, unitPrice: '1999.99' }] });
    expect(items.body.items).toEqual([{ productId: terminal.id, productCode: 'HW-TRM-01', productName: terminal.name, unitPrice: '1999.99' }]);

    const inMarch = await app.as('sales1').get(`/products/${terminal.id}/price?customerId=${c.id}&date=${year}-03-15`);
    expect(inMarch.body).toMatchObject({ unitPrice: '1999.99', priceListName: 'Spring promotion' });
    const inApril = await app.as('sales1').get(`/products/${terminal.id}/price?customerId=${c.id}&date=${year}-04-15`);
    expect(inApril.body.priceListName).toBe(`Standard ${year}`);

    const west = (await app.as('sales3').get('/customers?pageSize=1')).body.items[0];
    expect((await app.as('sales1').get(`/products/${terminal.id}/price?customerId=${west.id}`)).status).toBe(404);
    expect((await procurement().put(`/price-lists/${promo.body.id}/items`, { items: [{ productId: 999999, unitPrice: '1.00' }] })).status).toBe(400);
    expect((await procurement().post('/price-lists', { name: 'Backwards', validFrom: `${year}-05-01`, validTo: `${year}-04-01` })).body.details[0].field).toBe('validTo');
  });
});
