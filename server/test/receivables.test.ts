import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
const ids = new Map<string, number>();

beforeAll(async () => {
  app = await startTestApp();
  for (const user of (await app.as('admin').get('/users/options')).body) ids.set(user.username, user.id);
});

afterAll(async () => {
  await app?.stop();
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A contract of 1,000.00 for a new customer of the user, paid in three instalments: 100 and 45 days ago, and in 20 days. */
async function plannedContract(user = 'sales1') {
  const customer = (await app.as(user).post('/customers', { name: `Receivable buyer ${Math.random().toString(36).slice(2, 8)}` })).body;
  const contract = (await app.as(user).post('/contracts', { title: 'Paid in three', customerId: customer.id, amount: '1000.00' })).body;
  const planned = await app.as(user).put(`/contracts/${contract.id}/payment-plan`, {
    version: contract.version,
    instalments: [{ dueOn: day(-100), amount: '333.33' }, { dueOn: day(-45), amount: '333.33' }, { dueOn: day(20), amount: '333.34' }],
  });
  expect(planned.status).toBe(200);
  return { customer, contract: planned.body };
}

describe('receivables and payments', () => {
  it('allocate a partial payment to the oldest instalments and age what is left per customer, salesperson and team', async () => {
    const { customer, contract } = await plannedContract();
    const paid = await app.as('finance').post('/payments', { contractId: contract.id, amount: '400.00', paidOn: day(0), method: 'bank_transfer', reference: 'HSBC-001' });
    expect(paid.status).toBe(201);
    expect(paid.body.allocations.map((a: { seq: number; amount: string }) => [a.seq, a.amount])).toEqual([[1, '333.33'], [2, '66.67']]);

    const detail = (await app.as('sales1').get(`/contracts/${contract.id}`)).body;
    expect(detail.instalments.map((i: { outstanding: string; daysOverdue: number }) => [i.outstanding, i.daysOverdue])).toEqual([['0.00', 0], ['266.66', 45], ['333.34', 0]]);
    expect(detail.outstanding).toBe('600.00');

    const overdue = (await app.as('sales1').get(`/receivables?overdue=true&customerId=${customer.id}`)).body.items;
    expect(overdue).toEqual([expect.objectContaining({ seq: 2, outstanding: '266.66', daysOverdue: 45, contract: { id: contract.id, name: contract.contractNumber } })]);

    const byCustomer = (await app.as('finance').get('/receivables/aging?by=customer')).body;
    expect(byCustomer.rows.find((r: { id: number }) => r.id === customer.id)).toEqual({
      id: customer.id, name: customer.name, current: '333.34', days1to30: '0.00', days31to60: '266.66', days61to90: '0.00', over90: '0.00', total: '600.00',
    });
    const byOwner = (await app.as('finance').get('/receivables/aging?by=owner')).body;
    expect(byOwner.rows.find((r: { id: number }) => r.id === ids.get('sales1'))).toMatchObject({ days31to60: '266.66', current: '333.34' });
    const byTeam = (await app.as('manager1').get('/receivables/aging?by=team')).body;
    expect(byTeam.rows.map((r: { name: string }) => r.name)).toEqual(['East']);
    expect(byTeam.totals.total).toBe(byTeam.rows[0].total);
    // The report lists the largest groups and sums them all.
    const top = (await app.as('finance').get('/receivables/aging?by=customer&limit=1')).body;
    expect(top.rows).toHaveLength(1);
    expect(top.groupCount).toBe(byCustomer.groupCount);
    expect(top.rows[0]).toEqual(byCustomer.rows[0]);
    expect(top.totals).toEqual(byCustomer.totals);
    const largestFirst = byCustomer.rows.map((r: { total: string }) => Number(r.total));
    expect(largestFirst).toEqual([...largestFirst].sort((a, b) => b - a));
    expect(byCustomer.groupCount).toBe(byCustomer.rows.length);

    expect((await app.as('sales1').put(`/contracts/${contract.id}/payment-plan`, { version: detail.version, instalments: [] })).body.code).toBe('PLAN_HAS_PAYMENTS');
  });

  it('pay a chosen instalment first, refuse more than is owed, and never take one balance twice', async () => {
    const { contract } = await plannedContract();
    const third = contract.instalments[2];
    const chosen = await app.as('finance').post('/payments', { contractId: contract.id, amount: '333.34', paidOn: day(0), method: 'cash', instalmentId: third.id });
    expect(chosen.body.allocations).toEqual([{ instalmentId: third.id, seq: 3, amount: '333.34' }]);
    const tooMuch = await app.as('finance').post('/payments', { contractId: contract.id, amount: '666.67', paidOn: day(0), method: 'cash' });
    expect(tooMuch.body.details[0]).toMatchObject({ field: 'amount', reason: expect.stringContaining('666.66') });

    const both = await Promise.all([
      app.as('finance').post('/payments', { contractId: contract.id, amount: '400.00', paidOn: day(0), method: 'cheque' }),
      app.as('finance').post('/payments', { contractId: contract.id, amount: '400.00', paidOn: day(0), method: 'cheque' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 400]);
    expect((await app.as('finance').get(`/contracts/${contract.id}`)).body.outstanding).toBe('266.66');
    expect((await app.as('finance').get(`/payments?contractId=${contract.id}`)).body.items).toHaveLength(2);
  });

  it('show salespeople their own receivables, managers their team’s, finance everything; only finance records payments', async () => {
    const { customer, contract } = await plannedContract('sales1');
    const seen = async (user: string) => {
      const res = await app.as(user).get(`/receivables?customerId=${customer.id}`);
      return res.status === 200 ? res.body.items.length : res.status;
    };
    expect(await seen('sales1')).toBe(3);
    expect(await seen('sales2')).toBe(0);
    expect(await seen('sales3')).toBe(0);
    expect(await seen('manager1')).toBe(3);
    expect(await seen('finance')).toBe(3);
    expect(await seen('service')).toBe(403);
    expect((await app.as('sales1').post('/payments', { contractId: contract.id, amount: '1.00', paidOn: day(0), method: 'cash' })).status).toBe(403);
    expect((await app.as('manager1').post('/payments', { contractId: contract.id, amount: '1.00', paidOn: day(0), method: 'cash' })).status).toBe(403);
    expect((await app.as('sales2').get(`/payments?contractId=${contract.id}`)).body.items).toEqual([]);
  });
});
