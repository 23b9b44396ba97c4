import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
let product: { id: number };

beforeAll(async () => {
  app = await startTestApp();
  product = (await app.as('procurement').post('/products', { code: 'OR-1', name: 'Order widget', unit: 'pcs', listPrice: '33.33', taxRate: '13.00' })).body;
});

afterAll(async () => {
  await app?.stop();
});

/** A quote of the user's, sent and accepted by the customer. */
async function acceptedQuote(user = 'sales1') {
  const customer = (await app.as(user).post('/customers', { name: `Order buyer ${Math.random().toString(36).slice(2, 8)}` })).body;
  const quote = (await app.as(user).post('/quotes', { title: 'For an order', customerId: customer.id, lines: [{ productId: product.id, quantity: '3', discountPercent: '5' }] })).body;
  const sent = (await app.as(user).post(`/quotes/${quote.id}/send`, { version: quote.version })).body;
  return (await app.as(user).post(`/quotes/${quote.id}/accept`, { version: sent.version })).body;
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);

describe('orders', () => {
  it('are made from an accepted quote, with its lines and totals, once', async () => {
    const quote = await acceptedQuote();
    const created = await app.as('sales1').post('/orders', { quoteId: quote.id, promisedOn: '2030-01-15', deliveryAddress: '上海市浦东新区 1 号' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft', customer: quote.customer, quote: { id: quote.id, name: quote.quoteNumber },
      subtotal: quote.subtotal, discountTotal: quote.discountTotal, taxTotal: quote.taxTotal, total: quote.total, late: false,
      nextStatuses: ['confirmed', 'cancelled'],
    });
    expect(created.body.orderNumber).toMatch(/^SO\d{4}-\d{6}$/);
    expect(created.body.lines).toEqual([expect.objectContaining({ productId: product.id, quantity: '3.0000', lineTotal: quote.lines[0].lineTotal })]);
    expect(created.body.statusHistory).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'draft', changedBy: expect.objectContaining({ name: expect.any(String) }) })]);

    expect((await app.as('sales1').post('/orders', { quoteId: quote.id })).body.code).toBe('ALREADY_ORDERED');
    expect((await app.as('sales1').get(`/orders?quoteId=${quote.id}`)).body.items.map((o: { id: number }) => o.id)).toEqual([created.body.id]);
  });

  it('refuse a quote that is not accepted, and make one order when two people order a quote at once', async () => {
    const customer = (await app.as('sales1').post('/customers', { name: 'Not yet' })).body;
    const draft = (await app.as('sales1').post('/quotes', { title: 'Draft', customerId: customer.id, lines: [{ productId: product.id, quantity: '1' }] })).body;
    expect((await app.as('sales1').post('/orders', { quoteId: draft.id })).body.code).toBe('QUOTE_NOT_ACCEPTED');

    const quote = await acceptedQuote();
    const both = await Promise.all([app.as('sales1').post('/orders', { quoteId: quote.id }), app.as('manager1').post('/orders', { quoteId: quote.id })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await app.as('sales1').get(`/orders?quoteId=${quote.id}`)).body.items).toHaveLength(1);
  });

  it('step through their status flow with who and when, refusing jumps and stale versions', async () => {
    const order = (await app.as('sales1').post('/orders', { quoteId: (await acceptedQuote()).id })).body;
    const jump = await app.as('sales1').post(`/orders/${order.id}/status`, { status: 'delivered', version: order.version });
    expect(jump.status).toBe(409);
    expect(jump.body).toMatchObject({ code: 'ORDER_WRONG_STATUS', details: { status: 'draft', allowed: ['confirmed', 'cancelled'] } });
    let current = order;
    for (const status of ['confirmed', 'in_delivery', 'delivered', 'completed']) {
      const moved = await app.as('sales1').post(`/orders/${order.id}/status`, { status, version: current.version, note: `to ${status}` });
      expect(moved.status).toBe(200);
      current = moved.body;
    }
    expect(current).toMatchObject({ status: 'completed', deliveredOn: today(), nextStatuses: [] });
    expect(current.statusHistory.map((c: { toStatus: string }) => c.toStatus)).toEqual(['draft', 'confirmed', 'in_delivery', 'delivered', 'completed']);
    expect(current.statusHistory[2]).toMatchObject({ fromStatus: 'confirmed', note: 'to in_delivery' });
    expect((await app.as('sales1').post(`/orders/${order.id}/status`, { status: 'cancelled', version: order.version })).body.code).toBe('STALE_VERSION');
    expect((await app.as('sales1').patch(`/orders/${order.id}`, { notes: 'late note', version: current.version })).body.code).toBe('ORDER_CLOSED');
  });

  it('flag orders past their promised date and not delivered, and list them', async () => {
    const order = (await app.as('sales1').post('/orders', { quoteId: (await acceptedQuote()).id, promisedOn: yesterday() })).body;
    expect(order.late).toBe(true);
    const onTime = (await app.as('sales1').post('/orders', { quoteId: (await acceptedQuote()).id, promisedOn: '2031-01-01' })).body;
    const late = (await app.as('sales1').get('/orders?late=true&pageSize=100')).body.items.map((o: { id: number }) => o.id);
    expect(late).toContain(order.id);
    expect(late).not.toContain(onTime.id);
    let current = order;
    for (const status of ['confirmed', 'in_delivery', 'delivered']) current = (await app.as('sales1').post(`/orders/${order.id}/status`, { status, version: current.version })).body;
    expect(current.late).toBe(false);
    expect((await app.as('sales1').get('/orders?late=true&pageSize=100')).body.items.map((o: { id: number }) => o.id)).not.toContain(order.id);
  });

  it('follow the row scope: salespeople their own, managers their team, finance and procurement read all', async () => {
    const order = (await app.as('sales1').post('/orders', { quoteId: (await acceptedQuote()).id })).body;
    const status = async (user: string) => ({
      get: (await app.as(user).get(`/orders/${order.id}`)).status,
      update: (await app.as(user).patch(`/orders/${order.id}`, { notes: 'x', version: order.version })).status,
    });
    expect(await status('sales2')).toEqual({ get: 404, update: 404 });
    expect(await status('sales3')).toEqual({ get: 404, update: 404 });
    expect(await status('finance')).toEqual({ get: 200, update: 403 });
    expect(await status('procurement')).toEqual({ get: 200, update: 403 });
    expect(await status('service')).toEqual({ get: 403, update: 403 });
    expect((await app.as('manager1').get(`/orders/${order.id}`)).status).toBe(200);
    expect((await app.as('sales3').post('/orders', { quoteId: order.quote.id })).status).toBe(404);
    expect((await app.as('director').patch(`/orders/${order.id}`, { notes: 'checked', version: order.version })).body.notes).toBe('checked');
  });
});
