import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
let product: { id: number };

beforeAll(async () => {
  app = await startTestApp();
  product = (await app.as('procurement').post('/products', { code: 'IV-1', name: 'Invoice widget', unit: 'pcs', listPrice: '33.33', taxRate: '13.00' })).body;
});

afterAll(async () => {
  await app?.stop();
});

/** A confirmed order of sales1's: 3 x 33.33 less 5%, 13% tax. */
async function confirmedOrder() {
  const customer = (await app.as('sales1').post('/customers', { name: `Invoice buyer ${Math.random().toString(36).slice(2, 8)}` })).body;
  const quote = (await app.as('sales1').post('/quotes', { title: 'To invoice', customerId: customer.id, lines: [{ productId: product.id, quantity: '3', discountPercent: '5' }] })).body;
  const sent = (await app.as('sales1').post(`/quotes/${quote.id}/send`, { version: quote.version })).body;
  const accepted = (await app.as('sales1').post(`/quotes/${quote.id}/accept`, { version: sent.version })).body;
  const order = (await app.as('sales1').post('/orders', { quoteId: accepted.id })).body;
  return (await app.as('sales1').post(`/orders/${order.id}/status`, { status: 'confirmed', version: order.version })).body;
}

describe('invoices', () => {
  it('invoice an order in full with its lines and tax, then number it when issued and keep the number when voided', async () => {
    const order = await confirmedOrder();
    const draft = await app.as('finance').post('/invoices', { orderId: order.id });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', invoiceNumber: null, total: order.total, taxTotal: order.taxTotal, customer: order.customer });
    expect(draft.body.lines).toEqual([expect.objectContaining({ productId: product.id, description: 'Invoice widget', grossAmount: '99.99', discountAmount: '5.00', lineTotal: order.lines[0].lineTotal })]);
    expect((await app.as('finance').post('/invoices', { orderId: order.id })).body.code).toBe('INVOICED_BEYOND_TOTAL');

    const issued = await app.as('finance').post(`/invoices/${draft.body.id}/issue`, { version: draft.body.version, issuedOn: '2031-03-01' });
    expect(issued.body).toMatchObject({ status: 'issued', issuedOn: '2031-03-01', invoiceNumber: 'INV-2031-000001' });
    expect((await app.as('finance').post(`/invoices/${draft.body.id}/issue`, { version: issued.body.version })).body.code).toBe('INVOICE_NOT_DRAFT');
    expect((await app.as('finance').delete(`/invoices/${draft.body.id}`)).body.code).toBe('INVOICE_NOT_DRAFT');
    const voided = await app.as('finance').post(`/invoices/${draft.body.id}/void`, { version: issued.body.version, reason: 'Wrong address' });
    expect(voided.body).toMatchObject({ status: 'void', invoiceNumber: 'INV-2031-000001', voidReason: 'Wrong address' });
    // The void invoice no longer counts: the order can be invoiced again, under the next number.
    const again = (await app.as('finance').post('/invoices', { orderId: order.id })).body;
    expect((await app.as('finance').post(`/invoices/${again.id}/issue`, { version: again.version, issuedOn: '2031-03-02' })).body.invoiceNumber).toBe('INV-2031-000002');
  });

  it('invoice a contract in part, exactly, and refuse lines beyond its amount', async () => {
    const order = await confirmedOrder();
    const contract = (await app.as('sales1').post('/contracts', { title: 'Framework', customerId: order.customer.id, amount: '300.00' })).body;
    const signed = (await app.as('sales1').post(`/contracts/${contract.id}/status`, { status: 'in_approval', version: contract.version })).body;
    await app.as('sales1').post(`/contracts/${contract.id}/status`, { status: 'signed', version: signed.version });
    const part = await app.as('finance').post('/invoices', {
      contractId: contract.id,
      lines: [{ description: 'First instalment, 1/3', quantity: '1', unitPrice: '88.50', taxRate: '13.00' }],
    });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({ subtotal: '88.50', taxTotal: '11.51', total: '100.01' });
    const beyond = await app.as('finance').post('/invoices', { contractId: contract.id, lines: [{ description: 'Too much', quantity: '2', unitPrice: '100.00', taxRate: '0' }] });
    expect(beyond.body).toMatchObject({ code: 'INVOICED_BEYOND_TOTAL', details: { invoiced: '100.01', ceiling: '300.00' } });
    const bad = await app.as('finance').post('/invoices', { contractId: contract.id, lines: [{ description: 'x', quantity: '0', unitPrice: '1.00', taxRate: '0' }] });
    expect(bad.body.details[0].field).toBe('lines.0.quantity');
  });

  it('number 50 invoices issued at once 1 to 50, without a gap or a duplicate', async () => {
    const year = 2032;
    const drafts = [];
    for (let i = 0; i < 50; i++) {
      const order = await confirmedOrder();
      drafts.push((await app.as('finance').post('/invoices', { orderId: order.id })).body);
    }
    const issued = await Promise.all(drafts.map((d) => app.as('finance').post(`/invoices/${d.id}/issue`, { version: d.version, issuedOn: `${year}-01-15` })));
    expect(issued.map((r) => r.status)).toEqual(Array(50).fill(200));
    const numbers = issued.map((r) => r.body.invoiceNumber as string).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `INV-${year}-${String(i + 1).padStart(6, '0')}`));
  }, 120_000);

  it('show salespeople their own invoices and let only finance issue them', async () => {
    const order = await confirmedOrder();
    const invoice = (await app.as('finance').post('/invoices', { orderId: order.id })).body;
    expect((await app.as('sales1').get(`/invoices/${invoice.id}`)).status).toBe(200);
    expect((await app.as('sales2').get(`/invoices/${invoice.id}`)).status).toBe(404);
    expect((await app.as('manager1').get(`/invoices/${invoice.id}`)).status).toBe(200);
    expect((await app.as('service').get(`/invoices/${invoice.id}`)).status).toBe(403);
    expect((await app.as('sales1').post(`/invoices/${invoice.id}/issue`, { version: invoice.version })).status).toBe(403);
    expect((await app.as('sales1').post('/invoices', { orderId: order.id })).status).toBe(403);
  });
});
