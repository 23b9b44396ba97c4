import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
let product: { id: number };

beforeAll(async () => {
  app = await startTestApp({ attachmentMaxBytes: 64 * 1024 });
  product = (await app.as('procurement').post('/products', { code: 'CT-1', name: 'Contract widget', unit: 'pcs', listPrice: '33.33', taxRate: '13.00' })).body;
});

afterAll(async () => {
  await app?.stop();
});

async function order(user = 'sales1') {
  const customer = (await app.as(user).post('/customers', { name: `Contract buyer ${Math.random().toString(36).slice(2, 8)}` })).body;
  const quote = (await app.as(user).post('/quotes', { title: 'For a contract', customerId: customer.id, lines: [{ productId: product.id, quantity: '30', discountPercent: '5' }] })).body;
  const sent = (await app.as(user).post(`/quotes/${quote.id}/send`, { version: quote.version })).body;
  const accepted = (await app.as(user).post(`/quotes/${quote.id}/accept`, { version: sent.version })).body;
  return (await app.as(user).post('/orders', { quoteId: accepted.id })).body;
}

function upload(user: string, contractId: number, fileName: string, contentType: string, body: Buffer) {
  return app.as(user).raw(`/contracts/${contractId}/attachments?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')]);

describe('contracts', () => {
  it('come from an order with its customer and total, numbered, with the company and the customer as parties', async () => {
    const source = await order();
    const created = await app.as('sales1').post('/contracts', { title: 'Supply agreement', orderId: source.id, startOn: '2027-01-01', endOn: '2027-12-31' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft', customer: source.customer, orderId: source.id, quoteId: source.quote.id, amount: source.total,
      partyB: source.customer.name, nextStatuses: ['in_approval', 'terminated'], instalments: [], outstanding: '0.00',
    });
    expect(created.body.partyA).not.toBe('');
    expect(created.body.contractNumber).toMatch(/^CT\d{4}-\d{6}$/);
    const standalone = await app.as('sales1').post('/contracts', { title: 'No source', customerId: source.customer.id });
    expect(standalone.body.details[0].field).toBe('amount');
    const backwards = await app.as('sales1').post('/contracts', { title: 'x', orderId: source.id, startOn: '2027-02-01', endOn: '2027-01-01' });
    expect(backwards.body.details[0].field).toBe('endOn');
  });

  it('move through approval and signing, and renew into a linked successor for the next period', async () => {
    const contract = (await app.as('sales1').post('/contracts', { title: 'Annual service', orderId: (await order()).id, startOn: '2027-01-01', endOn: '2027-12-31' })).body;
    let current = contract;
    const step = async (status: string, extra: object = {}) => {
      const res = await app.as('sales1').post(`/contracts/${contract.id}/status`, { status, version: current.version, ...extra });
      expect(res.status).toBe(200);
      current = res.body;
    };
    expect((await app.as('sales1').post(`/contracts/${contract.id}/status`, { status: 'signed', version: current.version })).body.code).toBe('CONTRACT_WRONG_STATUS');
    await step('in_approval');
    expect((await app.as('sales1').patch(`/contracts/${contract.id}`, { version: current.version, title: 'x' })).body.code).toBe('CONTRACT_LOCKED');
    await step('signed', { signedOn: '2026-12-20' });
    await step('in_force');
    expect(current).toMatchObject({ status: 'in_force', signedOn: '2026-12-20' });

    const renewed = await app.as('sales1').post(`/contracts/${contract.id}/renew`, { version: current.version });
    expect(renewed.body).toMatchObject({ status: 'draft', renewalOfId: contract.id, startOn: '2028-01-01', endOn: '2028-12-31', amount: contract.amount });
    expect((await app.as('sales1').get(`/contracts/${contract.id}`)).body.renewedById).toBe(renewed.body.id);
    const again = (await app.as('sales1').get(`/contracts/${contract.id}`)).body;
    expect((await app.as('sales1').post(`/contracts/${contract.id}/renew`, { version: again.version })).body.code).toBe('CONTRACT_NOT_RENEWABLE');
  });

  it('carry a payment plan whose instalments add up to the contract amount', async () => {
    const contract = (await app.as('sales1').post('/contracts', { title: 'Planned', customerId: (await order()).customer.id, amount: '1000.00' })).body;
    const wrong = await app.as('sales1').put(`/contracts/${contract.id}/payment-plan`, {
      version: contract.version, instalments: [{ dueOn: '2027-01-31', amount: '333.33' }, { dueOn: '2027-02-28', amount: '333.33' }, { dueOn: '2027-03-31', amount: '333.33' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0]).toMatchObject({ field: 'instalments', reason: expect.stringContaining('999.99') });
    const planned = await app.as('sales1').put(`/contracts/${contract.id}/payment-plan`, {
      version: contract.version, instalments: [{ dueOn: '2027-03-31', amount: '333.34' }, { dueOn: '2027-01-31', amount: '333.33' }, { dueOn: '2027-02-28', amount: '333.33' }],
    });
    expect(planned.status).toBe(200);
    expect(planned.body.instalments.map((i: { seq: number; dueOn: string; outstanding: string }) => [i.seq, i.dueOn, i.outstanding])).toEqual([
      [1, '2027-01-31', '333.33'], [2, '2027-02-28', '333.33'], [3, '2027-03-31', '333.34'],
    ]);
    expect(planned.body.outstanding).toBe('1000.00');
    expect((await app.as('sales1').put(`/contracts/${contract.id}/payment-plan`, { version: contract.version, instalments: [] })).body.code).toBe('STALE_VERSION');
  });

  it('keep attachments that are what they claim to be and not too large, readable by whoever reads the contract', async () => {
    const contract = (await app.as('sales1').post('/contracts', { title: 'With files', orderId: (await order()).id })).body;
    const stored = await upload('sales1', contract.id, '签字版 contract.pdf', 'application/pdf', PDF);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ fileName: '签字版 contract.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });

    expect((await upload('sales1', contract.id, 'fake.pdf', 'application/pdf', Buffer.from('MZ this is an executable'))).body.details[0].field).toBe('file');
    expect((await upload('sales1', contract.id, 'run.exe', 'application/x-msdownload', Buffer.from('MZ'))).status).toBe(415);
    const big = Buffer.concat([PDF, Buffer.alloc(70 * 1024)]);
    expect((await upload('sales1', contract.id, 'big.pdf', 'application/pdf', big)).status).toBe(413);
    expect((await upload('sales2', contract.id, 'theirs.pdf', 'application/pdf', PDF)).status).toBe(404);

    const downloaded = await app.as('manager1').raw(`/contracts/${contract.id}/attachments/${stored.body.id}`, { method: 'GET' });
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-disposition')).toContain(encodeURIComponent('签字版 contract.pdf'));
    expect(String(downloaded.body)).toContain('%PDF-1.4');
    expect((await app.as('sales3').raw(`/contracts/${contract.id}/attachments/${stored.body.id}`, { method: 'GET' })).status).toBe(404);

    expect((await app.as('sales1').get(`/contracts/${contract.id}`)).body.attachments).toHaveLength(1);
    expect((await app.as('sales1').delete(`/contracts/${contract.id}/attachments/${stored.body.id}`)).status).toBe(204);
    expect((await app.as('sales1').get(`/contracts/${contract.id}`)).body.attachments).toEqual([]);
  });

  it('flag the order as payment overdue when an instalment of its contract is past due', async () => {
    const source = await order();
    const contract = (await app.as('sales1').post('/contracts', { title: 'Overdue', orderId: source.id })).body;
    expect((await app.as('sales1').get(`/orders/${source.id}`)).body.paymentOverdue).toBe(false);
    const past = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    await app.as('sales1').put(`/contracts/${contract.id}/payment-plan`, { version: contract.version, instalments: [{ dueOn: past, amount: contract.amount }] });
    expect((await app.as('sales1').get(`/orders/${source.id}`)).body.paymentOverdue).toBe(true);
    const listed = (await app.as('sales1').get('/orders?paymentOverdue=true&pageSize=100')).body.items;
    expect(listed.map((o: { id: number; paymentOverdue: boolean }) => [o.id, o.paymentOverdue])).toContainEqual([source.id, true]);
  });

  it('follow the row scope for every role', async () => {
    const contract = (await app.as('sales1').post('/contracts', { title: 'Scoped', orderId: (await order()).id })).body;
    const outcome = async (user: string) => ({
      list: await app.as(user).get(`/contracts?q=${contract.contractNumber}`).then((r) => (r.status === 200 ? r.body.items.length : r.status)),
      get: (await app.as(user).get(`/contracts/${contract.id}`)).status,
      update: (await app.as(user).patch(`/contracts/${contract.id}`, { version: contract.version, terms: 'x' })).status,
    });
    expect(await outcome('sales2')).toEqual({ list: 0, get: 404, update: 404 });
    expect(await outcome('sales3')).toEqual({ list: 0, get: 404, update: 404 });
    expect(await outcome('finance')).toEqual({ list: 1, get: 200, update: 403 });
    expect(await outcome('service')).toEqual({ list: 403, get: 403, update: 403 });
    expect(await outcome('procurement')).toEqual({ list: 403, get: 403, update: 403 });
    expect(await outcome('manager1')).toEqual({ list: 1, get: 200, update: 200 });
  });
});
