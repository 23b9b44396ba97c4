import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
const ids = new Map<string, number>();
const teams = new Map<string, number>();

beforeAll(async () => {
  app = await startTestApp();
  for (const user of (await app.as('admin').get('/users/options')).body) ids.set(user.username, user.id);
  for (const team of (await app.as('admin').get('/teams')).body) teams.set(team.name, team.id);
});

afterAll(async () => {
  await app?.stop();
});

async function intake(token: string, body: object) {
  return app.as(null).raw('/intake/leads', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-token': token },
    body: JSON.stringify(body),
  });
}

describe('leads', () => {
  let token: string;

  it('arrive from the website with an API token and wait in the team pool when no rule places them', async () => {
    const issued = await app.as('admin').post('/leads/api-tokens', { name: 'Website', teamId: teams.get('Sales') });
    expect(issued.status).toBe(201);
    token = issued.body.token;
    expect(issued.body.tokenHint).toBe(token.slice(0, 10));
    expect((await app.as('admin').get('/leads/api-tokens')).body[0]).not.toHaveProperty('token');

    expect((await intake('wrong', { name: 'Nobody' })).status).toBe(401);
    expect((await intake(token, { name: '' })).status).toBe(400);
    const arrived = await intake(token, { name: '周杰', company: '南京智造科技有限公司', phone: '+86 25 8888 0001', email: 'zhou@zhizao.example' });
    expect(arrived.status).toBe(201);
    expect(arrived.body.assigned).toBe(false);

    const pool1 = await app.as('sales1').get('/leads?pool=true');
    const pool3 = await app.as('sales3').get('/leads?pool=true');
    expect(pool1.body.items.map((l: { id: number }) => l.id)).toContain(arrived.body.id);
    expect(pool3.body.items.map((l: { id: number }) => l.id)).toContain(arrived.body.id);
    expect((await app.as('sales1').get('/leads')).body.items.map((l: { id: number }) => l.id)).not.toContain(arrived.body.id);
    expect((await app.as('finance').get('/leads?pool=true')).status).toBe(403);

    const claimed = await app.as('sales3').post(`/leads/${arrived.body.id}/claim`);
    expect(claimed.body.ownerId).toBe(ids.get('sales3'));
    const late = await app.as('sales1').post(`/leads/${arrived.body.id}/claim`);
    expect(late.status).toBe(404);
    expect((await app.as('sales1').get('/leads?pool=true')).body.items.map((l: { id: number }) => l.id)).not.toContain(arrived.body.id);

    // Released back into the releaser's own team pool (West): East cannot see it there.
    const released = await app.as('sales3').post(`/leads/${arrived.body.id}/release`);
    expect(released.body.ownerId).toBeNull();
    expect((await app.as('sales1').post(`/leads/${arrived.body.id}/claim`)).status).toBe(404);
    expect((await app.as('sales3').post(`/leads/${arrived.body.id}/claim`)).body.ownerId).toBe(ids.get('sales3'));
  });

  it('are assigned round-robin by the rules, matching rules first', async () => {
    await app.as('admin').post('/leads/rules', { name: 'Exhibitions to East', matchField: 'source', matchValue: 'exhibition', teamId: teams.get('East'), priority: 10 });
    await app.as('admin').post('/leads/rules', { name: 'Everything else to West', teamId: teams.get('West'), priority: 1 });
    const owners: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await intake(token, { name: `Visitor ${i}`, source: 'exhibition' });
      expect(res.body.assigned).toBe(true);
      owners.push((await app.as('director').get(`/leads/${res.body.id}`)).body.ownerId);
    }
    // East's members who may work leads: manager1, sales1, sales2, taking turns.
    expect(new Set(owners)).toEqual(new Set([ids.get('manager1'), ids.get('sales1'), ids.get('sales2')]));
    expect(owners[3]).toBe(owners[0]);
    const other = await intake(token, { name: 'Web visitor', source: 'website' });
    expect((await app.as('director').get(`/leads/${other.body.id}`)).body.ownerId).toBe(ids.get('sales3'));
    expect((await intake(token, { name: 'x', source: 'carrier_pigeon' })).body.details[0].field).toBe('source');
  });

  it('convert, once qualified, into a customer, a contact and an opportunity in one step', async () => {
    const lead = (await app.as('sales1').post('/leads', { name: '孙丽', company: '苏州精工模具有限公司', phone: '+86 512 6666 0101', source: 'referral' })).body;
    expect(lead.ownerId).toBe(ids.get('sales1'));
    expect((await app.as('sales1').post(`/leads/${lead.id}/convert`, {})).body.code).toBe('LEAD_NOT_QUALIFIED');
    const noReason = await app.as('sales1').patch(`/leads/${lead.id}`, { status: 'disqualified', version: lead.version });
    expect(noReason.body.details[0].field).toBe('disqualifyReason');
    const qualified = await app.as('sales1').patch(`/leads/${lead.id}`, { status: 'qualified', version: lead.version });
    expect(qualified.body.status).toBe('qualified');

    const converted = await app.as('sales1').post(`/leads/${lead.id}/convert`, { opportunity: { name: 'Mould line upgrade', amount: '250000.00' } });
    expect(converted.status).toBe(200);
    expect(converted.body.status).toBe('converted');
    const customer = await app.as('sales1').get(`/customers/${converted.body.convertedCustomerId}`);
    expect(customer.body).toMatchObject({ name: '苏州精工模具有限公司', source: 'referral', owner: { id: ids.get('sales1') } });
    expect(customer.body.contacts.map((c: { name: string }) => c.name)).toEqual(['孙丽']);
    const opp = await app.as('sales1').get(`/opportunities/${converted.body.convertedOpportunityId}`);
    expect(opp.body).toMatchObject({ name: 'Mould line upgrade', amount: '250000.00', contactIds: [converted.body.convertedContactId] });

    const stages = (await app.as('sales1').get('/pipelines')).body.find((p: { id: number }) => p.id === opp.body.pipelineId).stages;
    const won = await app.as('sales1').post(`/opportunities/${opp.body.id}/stage`, { stageId: stages.find((s: { stageType: string }) => s.stageType === 'won').id, version: opp.body.version });
    expect(won.body.status).toBe('won');
    expect((await app.as('sales1').patch(`/leads/${lead.id}`, { notes: 'x', version: converted.body.version })).body.code).toBe('LEAD_CONVERTED');
  });

  it('offer to attach to an existing customer when the lead looks like one, and convert nothing on failure', async () => {
    const existing = (await app.as('sales1').post('/customers', { name: 'Known Buyer Ltd', phone: '+86 21 7000 0001' })).body;
    const lead = (await app.as('sales1').post('/leads', { name: 'Li Wei', company: 'Known Buyer Ltd' })).body;
    const qualified = (await app.as('sales1').patch(`/leads/${lead.id}`, { status: 'qualified', version: lead.version })).body;
    const dup = await app.as('sales1').post(`/leads/${lead.id}/convert`, {});
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'POSSIBLE_DUPLICATE', details: [{ id: existing.id, visible: true, matchedOn: ['name'] }] });
    expect((await app.as('sales1').get(`/leads/${lead.id}`)).body.status).toBe('qualified');

    const badOpp = await app.as('sales1').post(`/leads/${lead.id}/convert`, { existingCustomerId: existing.id, opportunity: { name: 'x', pipelineId: 999999 } });
    expect(badOpp.status).toBe(400);
    const contactsBefore = (await app.as('sales1').get(`/customers/${existing.id}`)).body.contacts.length;
    expect(contactsBefore).toBe(0);

    const attached = await app.as('sales1').post(`/leads/${lead.id}/convert`, { existingCustomerId: existing.id });
    expect(attached.body).toMatchObject({ status: 'converted', convertedCustomerId: existing.id, convertedOpportunityId: null });
    expect((await app.as('sales1').get(`/customers/${existing.id}`)).body.contacts.map((c: { name: string }) => c.name)).toEqual(['Li Wei']);
    expect(qualified.version).toBeGreaterThan(lead.version);
  });

  it('carry custom fields, validated, in the list, the record and its history', async () => {
    const field = await app.as('admin').post('/custom-fields', {
      entity: 'leads', fieldKey: 'budget_band', labelEn: 'Budget band', labelZh: '预算区间', fieldType: 'number',
    });
    expect(field.status).toBe(201);
    const bad = await app.as('sales1').post('/leads', { name: 'Budget person', customFields: { budget_band: 'lots' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('customFields.budget_band');
    const lead = (await app.as('sales1').post('/leads', { name: 'Budget person', customFields: { budget_band: 3 } })).body;
    expect(lead.customFields).toEqual({ budget_band: 3 });
    const changed = await app.as('sales1').patch(`/leads/${lead.id}`, { version: lead.version, customFields: { budget_band: 5 } });
    expect(changed.body.customFields).toEqual({ budget_band: 5 });
    const listed = await app.as('sales1').get('/leads?q=Budget%20person');
    expect(listed.body.items[0].customFields).toEqual({ budget_band: 5 });
    const history = (await app.as('sales1').get(`/leads/${lead.id}/history`)).body;
    expect(history[0]).toMatchObject({ action: 'update', changes: { 'cf.budget_band': [3, 5] } });
    expect((await app.as('sales3').get(`/leads/${lead.id}/history`)).status).toBe(404);
  });

  it('keep salespeople to their own leads and managers to their team’s', async () => {
    const lead = (await app.as('sales2').post('/leads', { name: 'Private prospect' })).body;
    expect((await app.as('sales1').get(`/leads/${lead.id}`)).status).toBe(404);
    expect((await app.as('manager1').get(`/leads/${lead.id}`)).status).toBe(200);
    expect((await app.as('sales3').patch(`/leads/${lead.id}`, { notes: 'x', version: lead.version })).status).toBe(404);
    expect((await app.as('service').get('/leads')).status).toBe(403);
  });
});
