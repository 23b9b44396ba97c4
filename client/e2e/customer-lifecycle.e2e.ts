import { describe, expect, it } from 'vitest';
import { logIn, useBrowser } from './support/browser';

describe('a salesperson’s customer', () => {
  const browser = useBrowser();

  it('is created, found in the list, edited, and the edit shows in its history', async () => {
    const { page } = browser;
    const name = `E2E Lifecycle ${Date.now()}`;
    await logIn(page, 'sales1');
    await page.waitForURL('**/customers');

    await page.click('[data-test=customer-create]');
    await page.fill('[data-test=field-name]', name);
    await page.fill('[data-test=field-phone]', '+86 21 5555 0101');
    await page.fill('[data-test=field-creditLimit]', '25,000.50');
    await page.click('[data-test=customer-save]');
    await page.waitForURL(/\/customers\/\d+$/);
    await expect.poll(() => page.textContent('[data-test=customer-name]')).toBe(name);
    expect(await page.textContent('[data-test=customer-overview]')).toContain('25,000.50');

    await page.click('text=Customers >> nth=0');
    await page.fill('[data-test=customer-search]', name);
    const link = page.locator('[data-test=customer-link]', { hasText: name });
    await link.waitFor();
    await expect.poll(() => page.locator('[data-test=customer-link]').count()).toBe(1);
    await link.click();

    await page.click('[data-test=customer-edit]');
    await page.fill('[data-test=field-phone]', '+86 21 5555 0202');
    await page.click('[data-test=customer-save]');
    await page.locator('[data-test=customer-dialog]').waitFor({ state: 'hidden' });
    await expect.poll(() => page.textContent('[data-test=customer-overview]')).toContain('+86 21 5555 0202');

    await page.click('.el-tabs__item:has-text("History")');
    const change = page.locator('[data-test=history-change]', { hasText: 'Phone' });
    await change.waitFor();
    expect(await change.textContent()).toMatch(/\+86 21 5555 0101\s*→\s*\+86 21 5555 0202/);
    expect(await page.textContent('[data-test=record-history]')).toContain('Sam Sales');
  });
});
