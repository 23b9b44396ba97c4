import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api';
import { logIn, useBrowser } from './support/browser';

describe('a picklist option added by an administrator', () => {
  const browser = useBrowser();
  const key = `e2e_${Date.now()}`;
  const label = `E2E Aerospace ${Date.now()}`;

  afterAll(async () => {
    const admin = await ApiClient.logIn(browser.baseUrl, 'admin');
    await admin.request('DELETE', `/picklists/industry/options/${key}`).catch(() => undefined);
  });

  it('is offered in the customer form’s select', async () => {
    const { page } = browser;
    await logIn(page, 'admin');
    await page.click('[data-test=nav-admin-picklists]');
    await page.click('[data-test=picklist-industry]');
    await page.click('[data-test=option-add]');
    await page.fill('[data-test=option-field-key]', key);
    await page.fill('[data-test=option-field-labelEn]', label);
    await page.fill('[data-test=option-field-labelZh]', '航空航天');
    await page.click('[data-test=option-save]');
    await page.locator('[data-test=option-dialog]').waitFor({ state: 'hidden' });
    await page.locator('[data-test=option-table]', { hasText: label }).waitFor();

    await page.click('[data-test=nav-customers]');
    await page.click('[data-test=customer-create]');
    await page.click('[data-test=field-industry]');
    const option = page.locator('.el-select-dropdown__item:visible', { hasText: label });
    await option.waitFor();
    await option.click();
    expect(await page.textContent('[data-test=field-industry]')).toContain(label);
  });
});
