import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, type CustomerRow } from './support/api';
import { logIn, useBrowser } from './support/browser';

const folder = mkdtempSync(join(tmpdir(), 'crm-import-'));

/** A CSV file as a spreadsheet program saves it, written to disk for the file picker. */
function csvFile(name: string, rows: string[][]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const path = join(folder, name);
  writeFileSync(path, `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`);
  return path;
}

async function openImportWith(page: Page, path: string): Promise<void> {
  await page.click('[data-test=customer-import]');
  await page.locator('[data-test=customer-import-dialog]').waitFor();
  await page.setInputFiles('[data-test=customer-import-file]', path);
}

const namesLike = async (api: ApiClient, name: string) =>
  (await api.request<{ items: CustomerRow[] }>('GET', `/customers?q=${encodeURIComponent(name)}&pageSize=200`)).items.filter(
    (customer) => customer.name === name,
  );

describe('customer import', () => {
  const browser = useBrowser();
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('checks a file with Chinese headers, skips the duplicate of an existing customer and imports the new one', async () => {
    const { page, baseUrl } = browser;
    const stamp = Date.now();
    const sales1 = await ApiClient.logIn(baseUrl, 'sales1');
    const { items } = await sales1.request<{ items: Array<CustomerRow & { customerType: string }> }>('GET', '/customers?pageSize=50');
    const existing = items.find((customer) => customer.customerType === 'company');
    if (!existing) throw new Error('the demo data gives sales1 a company customer');
    const fresh = `E2E Import ${stamp}`;
    const path = csvFile('customers.csv', [
      ['名称', '类型', '邮箱', '备注'],
      [existing.name, '公司', '', 'the same company again'],
      [fresh, '公司', `import${stamp}@e2e.example`, 'new'],
    ]);

    await logIn(page, 'sales1');
    await page.waitForURL('**/customers');
    await openImportWith(page, path);
    await page.click('[data-test=customer-import-skip]');
    expect(await page.isDisabled('[data-test=customer-import-send]')).toBe(true);
    await page.click('[data-test=customer-import-check]');

    const result = page.locator('[data-test=customer-import-result]');
    await result.waitFor();
    expect(await page.textContent('[data-test=customer-import-rows]')).toBe('2');
    expect(await page.textContent('[data-test=customer-import-imported]')).toBe('1');
    expect(await page.textContent('[data-test=customer-import-skipped]')).toBe('1');
    const duplicate = page.locator('[data-test=customer-import-duplicates] .el-table__body tr');
    await expect.poll(() => duplicate.count()).toBe(1);
    expect(await duplicate.locator('td').first().textContent()).toBe('2');
    expect(await duplicate.textContent()).toContain('Name');
    const link = duplicate.locator('a');
    expect(await link.textContent()).toContain(`${existing.code} ${existing.name}`);
    expect(await link.getAttribute('href')).toBe(`/customers/${existing.id}`);
    // A dry run writes nothing.
    expect(await namesLike(sales1, fresh)).toHaveLength(0);

    await page.click('[data-test=customer-import-send]');
    await expect.poll(() => result.textContent()).toContain('1 customer(s) imported');
    expect(await page.textContent('[data-test=customer-import-skipped]')).toBe('1');
    expect(await page.isDisabled('[data-test=customer-import-send]')).toBe(true);

    await page.click('[data-test=customer-import-dialog] .el-dialog__footer button >> text=Close');
    await page.locator('[data-test=customer-import-dialog]').waitFor({ state: 'hidden' });
    await page.fill('[data-test=customer-search]', fresh);
    await expect.poll(() => page.locator('[data-test=customer-link]').allTextContents()).toEqual([fresh]);

    const imported = await namesLike(sales1, fresh);
    expect(imported).toHaveLength(1);
    const me = await sales1.request<{ id: number }>('GET', '/auth/me');
    expect(imported[0]?.owner.id).toBe(me.id);
    expect(await namesLike(sales1, existing.name)).toHaveLength(1);
  });

  it('shows the problems of a rejected file by row and imports nothing', async () => {
    const { page, baseUrl } = browser;
    const stamp = Date.now();
    const bad = `E2E Bad Import ${stamp}`;
    const path = csvFile('rejected.csv', [
      ['客户名称', '邮箱'],
      [bad, 'not-an-email'],
      ['', `nameless${stamp}@e2e.example`],
    ]);

    await logIn(page, 'sales1');
    await page.waitForURL('**/customers');
    await openImportWith(page, path);
    await page.click('[data-test=customer-import-check]');

    const problems = page.locator('[data-test=customer-import-problems] .el-table__body tr');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2);
    const rows = await problems.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent?.trim()));
    expect(rows).toContain('2');
    expect(rows).toContain('3');
    expect(await page.textContent('[data-test=customer-import-problems]')).toContain('email');
    expect(await page.locator('[data-test=customer-import-result]').count()).toBe(0);
    expect(await page.isDisabled('[data-test=customer-import-send]')).toBe(true);

    const sales1 = await ApiClient.logIn(baseUrl, 'sales1');
    expect(await namesLike(sales1, bad)).toHaveLength(0);
  });
});
