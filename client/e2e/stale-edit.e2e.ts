import { describe, expect, it } from 'vitest';
import { ApiClient, type CustomerRow } from './support/api';
import { logIn, useBrowser } from './support/browser';

describe('editing a customer someone else changed meanwhile', () => {
  const browser = useBrowser();

  it('shows the conflict and reloads the other version on request', async () => {
    const sales1 = await ApiClient.logIn(browser.baseUrl, 'sales1');
    const customer = await sales1.request<CustomerRow>('POST', '/customers', { name: `E2E Stale ${Date.now()}`, phone: '+86 10 1000' });

    const { page } = browser;
    await logIn(page, 'sales1');
    await page.goto(`/customers/${customer.id}`);
    await page.click('[data-test=customer-edit]');
    await page.fill('[data-test=field-phone]', '+86 10 2000');

    // Someone else saves first.
    await sales1.request('PATCH', `/customers/${customer.id}`, { phone: '+86 10 3000', version: customer.version });

    await page.click('[data-test=customer-save]');
    const prompt = page.locator('.el-message-box');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('Changed by someone else');
    expect(await page.locator('[data-test=stale-warning]').count()).toBe(1);

    await prompt.locator('button', { hasText: 'Reload' }).click();
    await expect.poll(() => page.inputValue('[data-test=field-phone]')).toBe('+86 10 3000');
    expect(await page.locator('[data-test=stale-warning]').count()).toBe(0);

    await page.fill('[data-test=field-phone]', '+86 10 4000');
    await page.click('[data-test=customer-save]');
    await page.locator('[data-test=customer-dialog]').waitFor({ state: 'hidden' });
    await expect.poll(() => page.textContent('[data-test=customer-overview]')).toContain('+86 10 4000');
  });
});
