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

function upload(username: string, query: string, body: Buffer | string, contentType: string) {
  return app.as(username).raw(`/leads/import?${query}`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

async function leadCount(username: string): Promise<number> {
  return (await app.as(username).get('/leads?exactTotal=true')).body.total;
}

describe('lead import', () => {
  it('imports a CSV with Chinese headers in one go', async () => {
    const csv = '\uFEFF姓名,公司,电话,邮箱,来源\n王强,上海联创电子有限公司,+86 21 6000 0001,wq@lianchuang.example,exhibition\nAnna Berg,Nordic Tools AB,,anna@nordic.example,website\n';
    const before = await leadCount('sales1');
    const res = await upload('sales1', 'format=csv', csv, 'text/csv');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ imported: 2, assigned: 2 });
    expect(await leadCount('sales1')).toBe(before + 2);
    const found = await app.as('sales1').get(`/leads?q=${encodeURIComponent('联创')}`);
    expect(found.body.items[0]).toMatchObject({ name: '王强', source: 'exhibition', status: 'new' });
  });

  it('rejects a file with bad rows whole, reporting each row, and imports nothing', async () => {
    const csv = [
      'name,company,email,source',
      'Good Row,Fine Ltd,good@fine.example,website',
      ',No Name Ltd,x@y.example,website',
      'Bad Email,Oops Ltd,not-an-email,website',
      'Bad Source,Oops Ltd,ok@oops.example,telepathy',
      'Repeat,Again Ltd,good@fine.example,website',
    ].join('\n');
    const before = await leadCount('sales1');
    const res = await upload('sales1', 'format=csv', csv, 'text/csv');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_REJECTED');
    expect(res.body.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`).sort()).toEqual(['3:name', '4:email', '5:source', '6:email']);
    expect(await leadCount('sales1')).toBe(before);
    const unknownColumn = await upload('sales1', 'format=csv', 'name,shoe size\nA,42\n', 'text/csv');
    expect(unknownColumn.body.details[0]).toMatchObject({ row: 1, field: 'shoe size' });
  });

  it('imports Excel workbooks, into the pool when asked', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Leads');
    sheet.addRow(['name', 'company', 'phone', 'region']);
    for (let i = 1; i <= 30; i++) sheet.addRow([`Prospect ${i}`, `Company ${i}`, `+86 10 5000 ${String(i).padStart(4, '0')}`, 'north']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload('sales1', 'format=xlsx&assign=pool', file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.body).toEqual({ imported: 30, assigned: 0 });
    const pool = await app.as('sales2').get('/leads?pool=true&q=Prospect&pageSize=50');
    expect(pool.body.total).toBe(30);
    expect((await upload('sales1', 'format=xlsx', Buffer.from('not a workbook'), 'application/octet-stream')).body.details[0].field).toBe('file');
    expect((await upload('finance', 'format=csv', 'name\nX\n', 'text/csv')).status).toBe(403);
  });
});
