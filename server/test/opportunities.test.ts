import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

let app: TestApp;
let standard: { id: number; stages: Array<{ id: number; nameEn: string; stageType: string; probability: number }> };
const ids = new Map<string, number>();

beforeAll(async () => {
  app = await startTestApp();
  const pipelines = (await app.as('sales1').get('/pipelines')).body;
  standard = pipelines.find((p: { isDefault: boolean }) => p.isDefault);
  for (const user of (await app.as('admin').get('/users/options')).body) ids.set(user.username, user.id);
});

afterAll(async () => {
  await app?.stop();
});

const stage = (name: string) => standard.stages.find((s) => s.nameEn === name)!;

async function customerOf(username: string, extra: object = {}) {
  return (await app.as('director').post('/customers', { name: `Buyer of ${username} ${Math.random()}`, ownerId: ids.get(username), ...extra })).body;
}

async function productByCode(code: string) {
  return (await app.as('sales1').get(`/products?q=${code}`)).body.items[0];
}

describe('pipelines', () => {
  it('come with a standard pipeline and the nine-step project pipeline', async () => {
    const pipelines = (await app.as('sales1').get('/pipelines')).body;
    const project = pipelines.find((p: { nameEn: string }) => p.nameEn === 'Project sales');
    const open = project.stages.filter((s: { stageType: string }) => s.stageType === 'open');
    expect(open.map((s: { nameZh: string }) => s.nameZh)).toEqual([
      '项目立项', '项目跟踪', '技术确认', '商务确认', '合同签订', '供货回款', '售后服务', '客户回访', '深度拓展',
    ]);
    expect(project.stages.map((s: { stageType: string }) => s.stageType).slice(-2)).toEqual(['won', 'lost']);
  });

  it('are edited by administrators; a stage with opportunities cannot be removed', async () => {
    const body = {
      nameEn: 'Standard sales',
      nameZh: '标准销售',
      stages: standard.stages.filter((s) => s.nameEn !== 'Negotiation').map(({ id, nameEn, probability, stageType }) => ({ id, nameEn, nameZh: nameEn, probability, stageType })),
    };
    expect((await app.as('sales1').put(`/pipelines/${standard.id}`, body)).status).toBe(403);
    const customer = await customerOf('sales1');
    await app.as('sales1').post('/opportunities', { name: 'Blocks removal', customerId: customer.id, stageId: stage('Negotiation').id });
    const blocked = await app.as('admin').put(`/pipelines/${standard.id}`, body);
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('STAGE_IN_USE');
    const noWon = await app.as('admin').post('/pipelines', { nameEn: 'x', nameZh: 'x', stages: [{ nameEn: 'a', nameZh: 'a', probability: 10, stageType: 'open' }] });
    expect(noWon.body.details[0]).toEqual({ field: 'stages', reason: 'needs at least one won stage' });
  });
});

describe('opportunities', () => {
  it('are created with exact line totals and prices from the customer’s price list', async () => {
    const customer = await customerOf('sales1', { customerLevel: 'A' });
    const server = await productByCode('HW-SRV-01');
    const training = await productByCode('SV-TRN-01');
    const created = await app.as('sales1').post('/opportunities', {
      name: 'Data centre refresh',
      customerId: customer.id,
      expectedCloseDate: '2027-03-31',
      lines: [
        { productId: server.id, quantity: '2' },
        { productId: training.id, quantity: '3', unitPrice: '33.33', discountPercent: '15' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.lines.map((l: { unitPrice: string; lineTotal: string }) => [l.unitPrice, l.lineTotal])).toEqual([
      ['34200.00', '68400.00'],
      ['33.33', '84.99'],
    ]);
    expect(created.body).toMatchObject({
      amount: '68484.99',
      status: 'open',
      stageId: stage('Qualification').id,
      probability: 10,
      owner: { id: ids.get('sales1') },
      customer: { id: customer.id },
    });
    expect(created.body.stageHistory).toHaveLength(1);
    const amountWithLines = await app.as('sales1').patch(`/opportunities/${created.body.id}`, { amount: '1.00', version: 1 });
    expect(amountWithLines.body.details[0].field).toBe('amount');
  });

  it('refuse customers, contacts and products that do not fit', async () => {
    const west = await customerOf('sales3');
    expect((await app.as('sales1').post('/opportunities', { name: 'x', customerId: west.id })).status).toBe(404);
    const mine = await customerOf('sales1');
    const someoneElsesContact = (await app.as('director').post('/contacts', { customerId: west.id, name: 'Not yours' })).body;
    const res = await app.as('sales1').post('/opportunities', {
      name: 'x',
      customerId: mine.id,
      contactIds: [someoneElsesContact.id],
      lines: [{ productId: 999999, quantity: '1' }, { productId: (await productByCode('HW-NET-01')).id, quantity: '0' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['contactIds', 'lines.0.productId', 'lines.1.quantity']);
  });

  it('move through stages with history, close as lost only with a reason, and answer 409 when stale', async () => {
    const customer = await customerOf('sales1');
    const opp = (await app.as('sales1').post('/opportunities', { name: 'Stage walk', customerId: customer.id, amount: '5000.00' })).body;
    const moved = await app.as('sales1').post(`/opportunities/${opp.id}/stage`, { stageId: stage('Proposal').id, version: opp.version });
    expect(moved.body).toMatchObject({ stageId: stage('Proposal').id, probability: 50, status: 'open' });
    expect(moved.body.stageHistory[1]).toMatchObject({ fromStageId: stage('Qualification').id, toStageId: stage('Proposal').id });
    expect(moved.body.stageHistory[1].secondsInStage).toBeGreaterThanOrEqual(0);

    expect((await app.as('sales1').post(`/opportunities/${opp.id}/stage`, { stageId: stage('Lost').id, version: opp.version })).status).toBe(409);
    const noReason = await app.as('sales1').post(`/opportunities/${opp.id}/stage`, { stageId: stage('Lost').id, version: moved.body.version });
    expect(noReason.body.details).toEqual([{ field: 'lostReason', reason: 'is required when an opportunity is lost' }]);
    const lost = await app.as('sales1').post(`/opportunities/${opp.id}/stage`, { stageId: stage('Lost').id, lostReason: 'price', closeNote: 'Too expensive', version: moved.body.version });
    expect(lost.body).toMatchObject({ status: 'lost', lostReason: 'price', probability: 0 });
    expect(lost.body.closedAt).not.toBeNull();
    const won = await app.as('sales1').post(`/opportunities/${opp.id}/stage`, { stageId: stage('Won').id, version: lost.body.version });
    expect(won.body).toMatchObject({ status: 'won', lostReason: null, probability: 100 });
    const history = await app.as('sales1').get(`/opportunities?status=won&customerId=${customer.id}`);
    expect(history.body.items.map((o: { id: number }) => o.id)).toEqual([opp.id]);
  });

  it('show a board per stage with counts and exact totals in the viewer’s scope', async () => {
    const east = await customerOf('sales2');
    for (const amount of ['100.10', '200.20']) {
      await app.as('sales2').post('/opportunities', { name: `Board ${amount}`, customerId: east.id, amount, stageId: stage('Needs analysis').id });
    }
    const own = (await app.as('sales2').get('/opportunities/board')).body;
    const column = own.columns.find((c: { stage: { id: number } }) => c.stage.id === stage('Needs analysis').id);
    expect(column).toMatchObject({ count: 2, totalAmount: '300.30' });
    expect(column.cards).toHaveLength(2);
    const manager = (await app.as('manager1').get('/opportunities/board')).body;
    const managerColumn = manager.columns.find((c: { stage: { id: number } }) => c.stage.id === stage('Needs analysis').id);
    expect(managerColumn.count).toBeGreaterThanOrEqual(2);
    const west = (await app.as('sales3').get('/opportunities/board')).body;
    expect(west.columns.find((c: { stage: { id: number } }) => c.stage.id === stage('Needs analysis').id).count).toBe(0);
  });
});

describe('opportunity permissions', () => {
  const cases: Array<[user: string, owner: string, read: number, update: number, remove: number]> = [
    ['sales1', 'sales1', 200, 200, 403],
    ['sales1', 'sales2', 404, 404, 403],
    ['sales1', 'sales3', 404, 404, 403],
    ['manager1', 'sales1', 200, 200, 204],
    ['manager1', 'sales3', 404, 404, 404],
    ['director', 'sales3', 200, 200, 204],
    ['finance', 'sales1', 403, 403, 403],
    ['service', 'sales1', 403, 403, 403],
    ['procurement', 'sales1', 403, 403, 403],
  ];

  it.each(cases)('%s on an opportunity of %s: read %s, update %s, delete %s', async (user, owner, read, update, remove) => {
    const customer = await customerOf(owner);
    const opp = (await app.as(owner).post('/opportunities', { name: 'Matrix', customerId: customer.id })).body;
    expect((await app.as(user).get(`/opportunities/${opp.id}`)).status).toBe(read);
    expect((await app.as(user).patch(`/opportunities/${opp.id}`, { notes: 'x', version: opp.version })).status).toBe(update);
    expect((await app.as(user).delete(`/opportunities/${opp.id}`)).status).toBe(remove);
  });
});
