import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, type CustomFieldRow } from './support/api';
import { logIn, useBrowser } from './support/browser';
import { chooseOption } from './support/element';

describe('a custom field added by an administrator', () => {
  const browser = useBrowser();
  const key = `e2e_tier_${Date.now()}`;
  const label = `E2E contract tier ${Date.now()}`;

  // A required field on every customer would stop the other scenarios creating customers.
  afterAll(async () => {
    const admin = await ApiClient.logIn(browser.baseUrl, 'admin');
    const fields = await admin.request<CustomFieldRow[]>('GET', '/custom-fields/all?entity=customers');
    for (const field of fields.filter((item) => item.fieldKey === key)) await admin.request('DELETE', `/custom-fields/${field.id}`);
  });

  it('appears, required, in the customer form, and a customer cannot be created without it', async () => {
    const { page } = browser;
    await logIn(page, 'admin');
    await page.click('[data-test=nav-admin-custom-fields]');
    await page.click('[data-test=cf-create]');
    await page.fill('[data-test=cf-def-labelEn]', label);
    await page.fill('[data-test=cf-def-labelZh]', '合同等级');
    await page.fill('[data-test=cf-def-key]', key);
    await chooseOption(page, page.locator('[data-test=cf-def-type]'), /^Text$/);
    await page.click('[data-test=cf-def-required]');
    await page.click('[data-test=cf-def-save]');
    await page.locator('[data-test=custom-field-dialog]').waitFor({ state: 'hidden' });
    await page.locator('[data-test=cf-table]', { hasText: label }).waitFor();

    await page.click('[data-test=nav-customers]');
    await page.click('[data-test=customer-create]');
    const item = page.locator(`[data-test=cf-item-${key}]`);
    await item.waitFor();
    expect(await item.textContent()).toContain(label);
    expect(await item.getAttribute('class')).toContain('is-required');

    await page.fill('[data-test=field-name]', `E2E Without tier ${Date.now()}`);
    await page.click('[data-test=customer-save]');
    await expect.poll(() => item.locator('.el-form-item__error').textContent()).toContain('Required');
    expect(page.url()).toMatch(/\/customers$/);

    await page.fill(`[data-test=cf-${key}]`, 'Gold');
    await page.click('[data-test=customer-save]');
    await page.waitForURL(/\/customers\/\d+$/);
    await expect.poll(() => page.textContent(`[data-test=cf-value-${key}]`)).toBe('Gold');
  });
});
