import ExcelJS from 'exceljs';
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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function upload(username: string, query: string, body: Buffer | string, contentType = 'text/csv') {
  return app.as(username).raw(`/customers/import?${query}`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

async function customerTotal(username: string): Promise<number> {
  return (await app.as(username).get('/customers?exactTotal=true&status=all')).body.total;
}

interface Problem {
  row: number;
  field: string;
  reason: string;
}

const problemKeys = (details: Problem[]) => details.map((d) => `${d.row}:${d.field}`).sort();

describe('customer import', () => {
  it('imports Chinese headers and picklist labels, with the codes, history and owner a single create would give', async () => {
    const csv = [
      '\uFEFF客户名称,类型,行业,客户级别,地区,电话,邮箱,标签,信用额度,备注',
      '苏州精工机械有限公司,公司,制造业,A,华东,+86 512 6000 0001,info@jinggong.example,重点 老客户,"1,250,000.50",来自旧系统',
      'Harbor Retail GmbH,company,Retail,b,south,,sales@harbor.example,,,',
    ].join('\n');
    const sales1Id = (await app.as('sales1').get('/auth/me')).body.id;
    const before = await customerTotal('sales1');
    const res = await upload('sales1', 'format=csv', csv);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: 2, imported: 2, skipped: 0, duplicates: [], dryRun: false });
    expect(await customerTotal('sales1')).toBe(before + 2);

    const found = (await app.as('sales1').get(`/customers?q=${encodeURIComponent('精工机械')}`)).body.items[0];
    expect(found).toMatchObject({
      name: '苏州精工机械有限公司',
      customerType: 'company',
      industry: 'manufacturing',
      customerLevel: 'A',
      phone: '+86 512 6000 0001',
      tags: ['重点', '老客户'],
      creditLimit: '1250000.50',
    });
    expect(found.owner.id).toBe(sales1Id);
    expect(found.code).toMatch(/^CUS\d{7,}$/);
    expect(found.region).not.toBeNull();
    const harbor = (await app.as('sales1').get('/customers?q=Harbor%20Retail')).body.items[0];
    expect(harbor).toMatchObject({ industry: 'retail', customerLevel: 'B' });
    expect(harbor.code).not.toBe(found.code);
    const history = (await app.as('sales1').get(`/customers/${found.id}/history`)).body;
    expect(history[0]).toMatchObject({ action: 'import' });
    // A manager sees the imported customers of their team; a salesperson of another team does not.
    expect((await app.as('manager1').get(`/customers/${found.id}`)).status).toBe(200);
    expect((await app.as('sales3').get(`/customers/${found.id}`)).status).toBe(404);
  });

  it('rejects a file with bad rows whole, reporting row and field, and imports nothing', async () => {
    const csv = [
      'name,industry,email,credit_limit,owner',
      'Good Row Ltd,it,good@row.example,100.00,',
      ',it,noname@row.example,,',
      'Bad Email Ltd,it,not-an-email,,',
      'Bad Industry Ltd,astrology,bi@row.example,,',
      'Bad Money Ltd,it,bm@row.example,12.345,',
      'Stranger Owner Ltd,it,so@row.example,,nobody-here',
      'Not My Team Ltd,it,nt@row.example,,sales3',
      'Two Faults Ltd,astrology,still-not-an-email,,',
    ].join('\n');
    const before = await customerTotal('manager1');
    const res = await upload('manager1', 'format=csv', csv);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_REJECTED');
    expect(problemKeys(res.body.details)).toEqual(['3:name', '4:email', '5:industry', '6:creditLimit', '7:owner', '8:owner', '9:email', '9:industry']);
    expect(res.body.details.find((d: Problem) => d.row === 5).reason).toContain('astrology');
    expect(await customerTotal('manager1')).toBe(before);

    const unknownColumn = await upload('sales1', 'format=csv', 'name,shoe size\nA Ltd,42\n');
    expect(unknownColumn.body.details[0]).toMatchObject({ row: 1, field: 'shoe size' });
    const noName = await upload('sales1', 'format=csv', 'phone\n+86 10 1\n');
    expect(noName.body.details[0]).toMatchObject({ row: 1, field: 'name', reason: 'column is missing' });
    expect((await upload('sales1', 'format=xlsx', Buffer.from('not a workbook'), 'application/octet-stream')).body.details[0].field).toBe('file');
    expect((await upload('finance', 'format=csv', 'name\nX Ltd\n')).status).toBe(403);
  });

  it('finds duplicates in the file and company-wide: rejected by default, left out with duplicates=skip', async () => {
    const existing = await app.as('sales3').post('/customers', { name: 'Westwind Logistics Co', phone: '+86 28 8000 0001' });
    expect(existing.status).toBe(201);
    const csv = [
      'name,type,phone,email',
      'Fresh Start Trading,company,+86 21 7000 0001,fresh@start.example',
      'WESTWIND LOGISTICS CO,company,,',
      'Other Name Same Phone,company,+86 28 8000 0001,',
      'Fresh Start Trading,company,,',
      '张伟,person,+86 139 0000 0001,',
      '张伟,person,+86 139 0000 0002,',
    ].join('\n');
    const rejected = await upload('sales1', 'format=csv', csv);
    expect(rejected.status).toBe(400);
    expect(problemKeys(rejected.body.details)).toEqual(['3:name', '4:phone', '5:name']);
    // sales1 may not see sales3's customer: the report says a customer exists, not which.
    expect(rejected.body.details[0].reason).toContain('outside your scope');
    expect(rejected.body.details[2].reason).toContain('repeats row 2');

    const dryRun = await upload('sales1', 'format=csv&duplicates=skip&dryRun=true', csv);
    expect(dryRun.body).toMatchObject({ rows: 6, imported: 3, skipped: 3, dryRun: true });
    const before = await customerTotal('sales1');
    const res = await upload('sales1', 'format=csv&duplicates=skip', csv);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: 6, imported: 3, skipped: 3, dryRun: false });
    expect(res.body.duplicates).toEqual([
      { row: 3, matchedOn: ['name'], existing: null },
      { row: 4, matchedOn: ['phone'], existing: null },
      { row: 5, matchedOn: ['name'], existing: null, earlierRow: 2 },
    ]);
    expect(await customerTotal('sales1')).toBe(before + 3);

    // The director sees everything, so the existing match is named.
    const again = await upload('director', 'format=csv&duplicates=skip&dryRun=true', 'name\nWestwind Logistics Co\n');
    expect(again.body.duplicates[0].existing).toMatchObject({ id: existing.body.id, code: existing.body.code });
  });

  it('imports Excel with custom field columns and assigns owners a manager may assign to', async () => {
    const field = await app.as('admin').post('/custom-fields', {
      entity: 'customers',
      fieldKey: 'import_segment',
      labelEn: 'Import segment',
      labelZh: '导入细分',
      fieldType: 'picklist',
      picklistKey: 'customer_level',
    });
    expect(field.status).toBe(201);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['名称', '负责人', '导入细分', 'region']);
    for (let i = 1; i <= 40; i++) sheet.addRow([`Excel Customer ${i} Ltd`, i % 2 ? 'sales1' : 'sales2', i % 2 ? 'A' : 'C', 'north']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload('manager1', 'format=xlsx', file, XLSX);
    expect(res.status).toBe(201);
    expect(res.body.imported).toBe(40);
    const list = (await app.as('sales2').get('/customers?q=Excel%20Customer&pageSize=50')).body;
    expect(list.total).toBe(20);
    expect(list.items[0].customFields).toEqual({ import_segment: 'C' });
    const filtered = await app.as('manager1').get('/customers?q=Excel%20Customer&cf.import_segment=A&exactTotal=true');
    expect(filtered.body.total).toBe(20);
    // A salesperson may not hand customers to a colleague.
    const denied = await upload('sales1', 'format=csv', 'name,owner\nPassed On Ltd,sales2\n');
    expect(problemKeys(denied.body.details)).toEqual(['2:owner']);
  });

  it('takes back what the CRM exported', async () => {
    await app.as('sales2').post('/customers', { name: 'Roundtrip Export Ltd', industry: 'energy', tags: ['one', 'two'] });
    const exported = await app.as('sales2').raw('/customers/export?q=Roundtrip', { method: 'GET' });
    const csv = String(exported.body).replace('Roundtrip Export Ltd', 'Roundtrip Export Two Ltd').replace(/CUS\d+/, '');
    const res = await upload('sales2', 'format=csv', csv);
    expect(res.body.details ?? []).toEqual([]);
    expect(res.status).toBe(201);
    const copy = (await app.as('sales2').get('/customers?q=Roundtrip%20Export%20Two')).body.items[0];
    expect(copy).toMatchObject({ industry: 'energy', tags: ['one', 'two'] });
  });
});
