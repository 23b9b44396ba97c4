import { describe, expect, it } from 'vitest';
import { ApiClient, type CustomerRow } from './support/api';
import { logIn, useBrowser } from './support/browser';

describe('data scope', () => {
  const browser = useBrowser();

  it('hides another salesperson’s customer from the list and from its address', async () => {
    const sales3 = await ApiClient.logIn(browser.baseUrl, 'sales3');
    const { items } = await sales3.request<{ items: CustomerRow[] }>('GET', '/customers?pageSize=1');
    const theirs = items[0];
    if (!theirs) throw new Error('the demo data gives sales3 customers');

    const { page } = browser;
    await logIn(page, 'sales1');
    await page.waitForURL('**/customers');
    await page.fill('[data-test=customer-search]', theirs.code);
    await expect.poll(() => page.textContent('[data-test=list-total]')).toContain('0 in total');
    expect(await page.locator('[data-test=customer-link]').count()).toBe(0);

    await page.goto(`/customers/${theirs.id}`);
    await page.locator('[data-test=not-found]').waitFor();
    expect(await page.textContent('[data-test=not-found]')).toContain('Customer not found');
    expect(await page.locator('[data-test=customer-name]').count()).toBe(0);
  });
});
