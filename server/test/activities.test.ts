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

async function lastFollowUp(customerId: number): Promise<Date | null> {
  const [row] = await app.server.dataSource.query(`SELECT last_follow_up_at AS at FROM customers WHERE id = ${customerId}`);
  const value = row.at ?? row.AT;
  return value ? new Date(value) : null;
}

describe('follow-up activities', () => {
  it('log against a lead on its own, within the lead’s scope', async () => {
    const lead = (await app.as('sales1').post('/leads', { name: 'Prospect Pan', company: 'Pan Logistics' })).body;
    const call = await app.as('sales1').post('/activities', { activityType: 'call', subject: 'First call', leadId: lead.id, nextFollowUpOn: '2026-12-01' });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({ leadId: lead.id, customerId: null });
    expect((await app.as('sales1').get(`/activities?leadId=${lead.id}`)).body.items.map((a: { id: number }) => a.id)).toEqual([call.body.id]);
    const customer = (await app.as('sales1').post('/customers', { name: 'Mixed Ltd' })).body;
    const mixed = await app.as('sales1').post('/activities', { activityType: 'call', subject: 'x', leadId: lead.id, customerId: customer.id });
    expect(mixed.body.details[0].field).toBe('leadId');
    expect((await app.as('sales3').post('/activities', { activityType: 'call', subject: 'x', leadId: lead.id })).status).toBe(404);
  });

  it('log against a customer, derive the customer from a contact, and restart the follow-up clock', async () => {
    const customer = (await app.as('sales1').post('/customers', { name: 'Followed Ltd' })).body;
    const contact = (await app.as('sales1').post('/contacts', { customerId: customer.id, name: '赵敏' })).body;
    expect(await lastFollowUp(customer.id)).toBeNull();

    const call = await app.as('sales1').post('/activities', {
      activityType: 'call',
      subject: 'Intro call',
      contactId: contact.id,
      occurredAt: '2026-11-20T09:30:00.000Z',
      outcome: 'Interested in WMS',
      nextFollowUpOn: '2026-11-27',
    });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({ customerId: customer.id, contactId: contact.id, activityType: 'call' });
    expect((await lastFollowUp(customer.id))?.toISOString()).toBe('2026-11-20T09:30:00.000Z');

    await app.as('sales1').post('/activities', { activityType: 'note', subject: 'Older note', customerId: customer.id, occurredAt: '2026-10-01T00:00:00.000Z' });
    expect((await lastFollowUp(customer.id))?.toISOString()).toBe('2026-11-20T09:30:00.000Z');

    const due = await app.as('sales1').get('/activities?followUpDueBy=2026-11-30');
    expect(due.body.items.map((a: { id: number }) => a.id)).toContain(call.body.id);
  });

  it('refuse records out of scope, inconsistent links and unknown types', async () => {
    const west = (await app.as('sales3').get('/customers?pageSize=1')).body.items[0];
    expect((await app.as('sales1').post('/activities', { activityType: 'call', subject: 'x', customerId: west.id })).status).toBe(404);
    const mine = (await app.as('sales1').post('/customers', { name: 'Mine Ltd' })).body;
    const other = (await app.as('sales1').post('/customers', { name: 'Other Ltd' })).body;
    const otherContact = (await app.as('sales1').post('/contacts', { customerId: other.id, name: 'Other person' })).body;
    const mixed = await app.as('sales1').post('/activities', { activityType: 'call', subject: 'x', customerId: mine.id, contactId: otherContact.id });
    expect(mixed.body.details).toEqual([{ field: 'contactId', reason: 'belongs to another customer than customerId' }]);
    expect((await app.as('sales1').post('/activities', { activityType: 'call', subject: 'x' })).body.details[0].field).toBe('customerId');
    expect((await app.as('sales1').post('/activities', { activityType: 'fax', subject: 'x', customerId: mine.id })).body.details[0].field).toBe('activityType');
  });

  it('are visible to the owner and their manager, not to other salespeople', async () => {
    const customer = (await app.as('sales1').post('/customers', { name: 'Visibility Ltd' })).body;
    const visit = (await app.as('sales1').post('/activities', { activityType: 'visit', subject: 'Site visit', customerId: customer.id })).body;
    expect((await app.as('manager1').get(`/activities/${visit.id}`)).status).toBe(200);
    expect((await app.as('sales2').get(`/activities/${visit.id}`)).status).toBe(404);
    expect((await app.as('sales3').patch(`/activities/${visit.id}`, { subject: 'x', version: 1 })).status).toBe(404);
    expect((await app.as('finance').get(`/activities/${visit.id}`)).status).toBe(403);
  });
});

describe('customer timeline', () => {
  it('merges activities, opportunities, stage changes and audit events newest first, paged', async () => {
    const customer = (await app.as('sales1').post('/customers', { name: 'Timeline Ltd' })).body;
    await app.as('sales1').patch(`/customers/${customer.id}`, { phone: '+86 10 5555 0000', version: 1 });
    const opp = (await app.as('sales1').post('/opportunities', { name: 'Timeline deal', customerId: customer.id, amount: '10.00' })).body;
    const pipelines = (await app.as('sales1').get('/pipelines')).body;
    const proposal = pipelines[0].stages.find((s: { nameEn: string }) => s.nameEn === 'Proposal');
    await app.as('sales1').post(`/opportunities/${opp.id}/stage`, { stageId: proposal.id, version: opp.version });
    await app.as('sales1').post('/activities', { activityType: 'meeting', subject: 'Kick-off', customerId: customer.id });

    const first = await app.as('sales1').get(`/customers/${customer.id}/timeline?limit=3`);
    expect(first.status).toBe(200);
    const kinds = first.body.items.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe('activity');
    expect(first.body.items[0].title).toBe('Kick-off');
    const times = first.body.items.map((e: { at: string }) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(first.body.nextCursor).not.toBeNull();

    const rest: Array<{ kind: string; title: string; details: Record<string, unknown> }> = [];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await app.as('sales1').get(`/customers/${customer.id}/timeline?limit=3&cursor=${cursor}`);
      rest.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const all = [...first.body.items, ...rest];
    expect(all.filter((e) => e.kind === 'stage').map((e) => e.details.to)).toEqual(['Proposal', 'Qualification']);
    expect(all.find((e) => e.kind === 'stage' && e.details.to === 'Proposal')!.details).toMatchObject({ toStageId: proposal.id, fromStageId: expect.any(Number) });
    expect(all.filter((e) => e.kind === 'opportunity').map((e) => e.title)).toEqual(['Timeline deal']);
    expect(all.filter((e) => e.kind === 'audit').map((e) => e.title)).toEqual(['update', 'create']);
    expect(new Set(all.map((e) => `${e.kind}:${(e as unknown as { id: number }).id}`)).size).toBe(all.length);

    expect((await app.as('sales3').get(`/customers/${customer.id}/timeline`)).status).toBe(404);
  });
});
