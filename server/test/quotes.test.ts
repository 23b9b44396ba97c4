import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
const ids = new Map<string, number>();
let widget: { id: number };
let gadget: { id: number };

beforeAll(async () => {
  app = await startTestApp();
  for (const user of (await app.as('admin').get('/users/options')).body) ids.set(user.username, user.id);
  widget = (await app.as('procurement').post('/products', { code: 'QW-1', name: 'Awkward widget', unit: 'pcs', listPrice: '33.33', taxRate: '13.00' })).body;
  gadget = (await app.as('procurement').post('/products', { code: 'QG-1', name: 'Gadget', unit: 'pcs', listPrice: '19.99', taxRate: '9.00' })).body;
});

afterAll(async () => {
  await app?.stop();
});

async function customerOf(user: string, name: string) {
  return (await app.as(user).post('/customers', { name })).body as { id: number };
}

async function draft(user: string, discountPercent: string, title = 'Quote') {
  const customer = await customerOf(user, `${title} buyer ${Math.random().toString(36).slice(2, 8)}`);
  const res = await app.as(user).post('/quotes', { title, customerId: customer.id, lines: [{ productId: widget.id, quantity: '3', discountPercent }] });
  expect(res.status).toBe(201);
  return res.body;
}

describe('quote totals', () => {
  it('price lines from the catalogue and add up exactly: 3 x 33.33 less 15% plus 13% tax', async () => {
    const quote = await draft('sales1', '15');
    expect(quote.lines[0]).toMatchObject({
      unitPrice: '33.33', taxRate: '13.00', grossAmount: '99.99', discountAmount: '15.00', taxAmount: '11.05', lineTotal: '96.04',
    });
    expect(quote).toMatchObject({ subtotal: '99.99', discountTotal: '15.00', taxTotal: '11.05', total: '96.04', maxDiscountPercent: '15.00', status: 'draft' });
    expect(quote.quoteNumber).toMatch(/^Q\d{4}-\d{6}$/);

    const more = await app.as('sales1').patch(`/quotes/${quote.id}`, {
      version: quote.version,
      lines: [
        { productId: widget.id, quantity: '3', discountPercent: '15' },
        { productId: widget.id, quantity: '1', unitPrice: '0.05', discountPercent: '10' },
        { productId: gadget.id, quantity: '2.5', discountPercent: '0' },
      ],
    });
    expect(more.status).toBe(200);
    // Each amount rounded per line, half up; the totals are the sums of the printed line amounts.
    expect(more.body).toMatchObject({ subtotal: '150.02', discountTotal: '15.01', taxTotal: '15.56', total: '150.57' });
    expect(more.body.lines[2]).toMatchObject({ grossAmount: '49.98', taxAmount: '4.50', lineTotal: '54.48' });
  });

  it('refuse bad lines with the field and the reason, and keep the quote as it was', async () => {
    const quote = await draft('sales1', '5');
    const bad = await app.as('sales1').patch(`/quotes/${quote.id}`, {
      version: quote.version,
      lines: [{ productId: widget.id, quantity: '0' }, { productId: widget.id, quantity: '1', discountPercent: '101' }, { productId: 999999, quantity: '1' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['lines.0.quantity', 'lines.1.discountPercent', 'lines.2.productId']);
    expect((await app.as('sales1').get(`/quotes/${quote.id}`)).body).toMatchObject({ total: quote.total, version: quote.version });
    const stale = await app.as('sales1').patch(`/quotes/${quote.id}`, { version: quote.version + 5, title: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
  });

  it('copy an opportunity’s lines when quoting for it', async () => {
    const customer = await customerOf('sales1', 'Opportunity buyer');
    const opportunity = (await app.as('sales1').post('/opportunities', { name: 'Big deal', customerId: customer.id, lines: [{ productId: widget.id, quantity: '10', discountPercent: '5' }] })).body;
    const quote = await app.as('sales1').post('/quotes', { title: 'For the deal', opportunityId: opportunity.id });
    expect(quote.status).toBe(201);
    expect(quote.body).toMatchObject({ customer: { id: customer.id }, opportunity: { id: opportunity.id, name: 'Big deal' } });
    expect(quote.body.lines).toEqual([expect.objectContaining({ productId: widget.id, quantity: '10.0000', discountPercent: '5.00', grossAmount: '333.30', lineTotal: '357.79' })]);
    expect((await app.as('sales1').post('/quotes', { title: 'x', opportunityId: opportunity.id, customerId: (await customerOf('sales1', 'Other')).id })).status).toBe(400);
  });
});

describe('discount approval', () => {
  it('sends within the author’s limit without approval', async () => {
    const quote = await draft('sales1', '10');
    expect(quote).toMatchObject({ needsApproval: false, discountLimit: '10.00' });
    const sent = await app.as('sales1').post(`/quotes/${quote.id}/send`, { version: quote.version });
    expect(sent.body).toMatchObject({ status: 'sent' });
    expect(sent.body.sentAt).toBeTruthy();
  });

  it('goes to the team manager, who approves or rejects with a comment from a queue', async () => {
    const quote = await draft('sales1', '15', 'Needs approval');
    expect(quote.needsApproval).toBe(true);
    const early = await app.as('sales1').post(`/quotes/${quote.id}/send`, { version: quote.version });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('APPROVAL_REQUIRED');

    const submitted = (await app.as('sales1').post(`/quotes/${quote.id}/submit`, { version: quote.version })).body;
    expect(submitted).toMatchObject({ status: 'pending_approval', approver: { id: ids.get('manager1') } });
    const queue = (await app.as('manager1').get('/quotes/approvals')).body;
    expect(queue.map((q: { id: number }) => q.id)).toContain(quote.id);
    expect((await app.as('sales1').get('/quotes/approvals')).body).toEqual([]);
    expect((await app.as('sales1').post(`/quotes/${quote.id}/approve`, { version: submitted.version })).body.code).toBe('NOT_YOUR_APPROVAL');
    expect((await app.as('sales1').patch(`/quotes/${quote.id}`, { version: submitted.version, title: 'x' })).body.code).toBe('QUOTE_LOCKED');

    const noReason = await app.as('manager1').post(`/quotes/${quote.id}/reject`, { version: submitted.version });
    expect(noReason.body.details[0].field).toBe('comment');
    const rejected = (await app.as('manager1').post(`/quotes/${quote.id}/reject`, { version: submitted.version, comment: 'Keep it to 12%' })).body;
    expect(rejected.status).toBe('rejected');
    expect(rejected.approvals).toEqual([expect.objectContaining({ approver: { id: ids.get('manager1'), name: expect.any(String) }, decision: 'rejected', comment: 'Keep it to 12%' })]);
    expect((await app.as('manager1').get('/quotes/approvals')).body.map((q: { id: number }) => q.id)).not.toContain(quote.id);

    const edited = (await app.as('sales1').patch(`/quotes/${quote.id}`, { version: rejected.version, lines: [{ productId: widget.id, quantity: '3', discountPercent: '12' }] })).body;
    expect(edited).toMatchObject({ status: 'draft', discountTotal: '12.00', taxTotal: '11.44', total: '99.43' });
    const again = (await app.as('sales1').post(`/quotes/${quote.id}/submit`, { version: edited.version })).body;
    const approved = await app.as('manager1').post(`/quotes/${quote.id}/approve`, { version: again.version, comment: 'OK' });
    expect(approved.body).toMatchObject({ status: 'approved', approver: null });
    expect(approved.body.approvals.map((a: { decision: string }) => a.decision)).toEqual(['rejected', 'approved']);
    const sent = (await app.as('sales1').post(`/quotes/${quote.id}/send`, { version: approved.body.version })).body;
    expect(sent.status).toBe('sent');
    const accepted = await app.as('sales1').post(`/quotes/${quote.id}/accept`, { version: sent.version });
    expect(accepted.body.status).toBe('accepted');
    expect((await app.as('sales1').post(`/quotes/${quote.id}/decline`, { version: accepted.body.version })).body.code).toBe('QUOTE_WRONG_STATUS');
  });

  it('takes the limits from the roles, which an administrator sets between 0 and 100', async () => {
    const roles = (await app.as('admin').get('/roles')).body as Array<{ id: number; roleKey: string; maxDiscountPercent: string | null; version: number }>;
    expect(Object.fromEntries(roles.map((r) => [r.roleKey, r.maxDiscountPercent]))).toMatchObject({ sales: '10.00', manager: '20.00', director: null, admin: null });
    const sales = roles.find((r) => r.roleKey === 'sales')!;
    const tooMuch = await app.as('admin').patch(`/roles/${sales.id}`, { version: sales.version, maxDiscountPercent: '150' });
    expect(tooMuch.body.details[0].field).toBe('maxDiscountPercent');
    const created = await app.as('admin').post('/roles', { roleKey: 'quote_helper', name: 'Quote helper' });
    expect(created.body.maxDiscountPercent).toBe('0.00');
  });

  it('climbs the team tree past a manager whose own limit is too small', async () => {
    const quote = await draft('sales1', '25', 'Deep discount');
    const submitted = (await app.as('sales1').post(`/quotes/${quote.id}/submit`, { version: quote.version })).body;
    expect(submitted.approver.id).toBe(ids.get('director'));
    expect((await app.as('director').post(`/quotes/${quote.id}/approve`, { version: submitted.version })).body.status).toBe('approved');
  });

  it('reaches a manager outside the author’s team, who may then read the quote', async () => {
    const quote = await draft('sales3', '15', 'West discount');
    expect((await app.as('manager1').get(`/quotes/${quote.id}`)).status).toBe(404);
    const submitted = (await app.as('sales3').post(`/quotes/${quote.id}/submit`, { version: quote.version })).body;
    // West has no manager of its own: the Sales department's manager decides.
    expect(submitted.approver.id).toBe(ids.get('manager1'));
    expect((await app.as('manager1').get(`/quotes/${quote.id}`)).status).toBe(200);
    expect((await app.as('manager1').get(`/quotes?q=${encodeURIComponent(quote.quoteNumber)}`)).body.items).toEqual([]);
    expect((await app.as('manager1').post(`/quotes/${quote.id}/approve`, { version: submitted.version })).body.status).toBe('approved');
  });
});

describe('revisions and the printed quote', () => {
  it('revise a sent quote into a new draft revision; the old one stays readable', async () => {
    const quote = await draft('sales1', '5', 'Revised');
    const sent = (await app.as('sales1').post(`/quotes/${quote.id}/send`, { version: quote.version })).body;
    expect((await app.as('sales1').post(`/quotes/${quote.id}/revise`, { version: quote.version })).status).toBe(409);
    const revised = await app.as('sales1').post(`/quotes/${quote.id}/revise`, { version: sent.version });
    expect(revised.body).toMatchObject({ quoteNumber: quote.quoteNumber, revision: 2, status: 'draft', total: quote.total });
    expect(revised.body.revisions.map((r: { revision: number; status: string }) => [r.revision, r.status])).toEqual([[1, 'superseded'], [2, 'draft']]);
    const old = (await app.as('sales1').get(`/quotes/${quote.id}`)).body;
    expect(old).toMatchObject({ status: 'superseded', supersededById: revised.body.id, lines: [expect.objectContaining({ lineTotal: quote.lines[0].lineTotal })] });
    expect((await app.as('sales1').post(`/quotes/${revised.body.id}/revise`, { version: revised.body.version })).body.code).toBe('QUOTE_NOT_REVISABLE');
  });

  it('print as one HTML page with the company, the lines and the totals, escaped', async () => {
    const customer = await customerOf('sales1', 'Print <Buyer> & Co');
    const quote = (await app.as('sales1').post('/quotes', { title: 'Printed', customerId: customer.id, terms: 'Net 30 <b>days</b>', lines: [{ productId: widget.id, quantity: '3', discountPercent: '15' }] })).body;
    const printed = await app.as('sales1').raw(`/quotes/${quote.id}/print`, { method: 'GET' });
    expect(printed.status).toBe(200);
    expect(printed.headers.get('content-type')).toContain('text/html');
    const html = String(printed.body);
    expect(html).toContain(quote.quoteNumber);
    expect(html).toContain('Print &lt;Buyer&gt; &amp; Co');
    expect(html).toContain('Net 30 &lt;b&gt;days&lt;/b&gt;');
    expect(html).toContain('CNY 96.04');
    expect(html).not.toContain('<b>days');
    const chinese = String((await app.as('sales1').raw(`/quotes/${quote.id}/print?locale=zh-CN`, { method: 'GET' })).body);
    expect(chinese).toContain('报价单');
    expect(chinese).toContain('合计');
  });
});

describe('who may do what with quotes', () => {
  type Outcome = { list: 'seen' | 'hidden' | 403; get: number; update: number; print: number; delete: number };
  const cases: Array<[user: string, owner: string, expected: Outcome]> = [
    ['sales1', 'sales1', { list: 'seen', get: 200, update: 200, print: 200, delete: 403 }],
    ['sales2', 'sales1', { list: 'hidden', get: 404, update: 404, print: 404, delete: 403 }],
    ['sales3', 'sales1', { list: 'hidden', get: 404, update: 404, print: 404, delete: 403 }],
    ['manager1', 'sales1', { list: 'seen', get: 200, update: 200, print: 200, delete: 204 }],
    ['manager1', 'sales3', { list: 'hidden', get: 404, update: 404, print: 404, delete: 404 }],
    ['director', 'sales3', { list: 'seen', get: 200, update: 200, print: 200, delete: 204 }],
    ['admin', 'sales1', { list: 'seen', get: 200, update: 200, print: 200, delete: 204 }],
    ['finance', 'sales1', { list: 403, get: 403, update: 403, print: 403, delete: 403 }],
    ['service', 'sales1', { list: 403, get: 403, update: 403, print: 403, delete: 403 }],
    ['procurement', 'sales1', { list: 403, get: 403, update: 403, print: 403, delete: 403 }],
  ];

  it.each(cases)('%s on a quote of %s', async (user, owner, expected) => {
    const quote = await draft(owner, '5', `Matrix ${user}`);
    const list = await app.as(user).get(`/quotes?q=${encodeURIComponent(quote.quoteNumber)}`);
    const listed = list.status === 200 ? (list.body.items.some((q: { id: number }) => q.id === quote.id) ? 'seen' : 'hidden') : list.status;
    const outcome: Outcome = {
      list: listed,
      get: (await app.as(user).get(`/quotes/${quote.id}`)).status,
      update: (await app.as(user).patch(`/quotes/${quote.id}`, { version: quote.version, notes: 'checked' })).status,
      print: (await app.as(user).raw(`/quotes/${quote.id}/print`, { method: 'GET' })).status,
      delete: (await app.as(user).delete(`/quotes/${quote.id}`)).status,
    };
    expect(outcome).toEqual(expected);
  });
});
