import { describe, expect, it } from 'vitest';
import { logIn, useBrowser } from './support/browser';

describe('login', () => {
  const browser = useBrowser();

  it('says so when the password is wrong', async () => {
    const { page } = browser;
    await page.goto('/login');
    await page.fill('[data-test=login-username]', 'sales2');
    await page.fill('[data-test=login-password]', 'not-the-password');
    await page.click('[data-test=login-submit]');
    await page.locator('[data-test=login-error]').waitFor();
    expect(await page.textContent('[data-test=login-error]')).toContain('Wrong username or password.');
  });

  it('brings the user back to the page they asked for, and logs out', async () => {
    const { page } = browser;
    await page.goto('/contacts');
    await page.waitForURL(/\/login\?redirect=/);
    await page.fill('[data-test=login-username]', 'sales2');
    await page.fill('[data-test=login-password]', 'Demo@2026');
    await page.click('[data-test=login-submit]');
    await page.waitForURL('**/contacts');

    await page.click('[data-test=user-menu]');
    expect(await page.textContent('.el-dropdown-menu__item[data-test=logout]')).toContain('Log out');
    await page.click('[data-test=logout]');
    await page.waitForURL('**/login');
    await page.goto('/customers');
    await page.waitForURL(/\/login\?redirect=/);
  });

  it('shows a user only the modules their roles include', async () => {
    const { page } = browser;
    await logIn(page, 'procurement');
    // Procurement reads orders and keeps the catalogue: the first of those modules opens.
    await page.waitForURL('**/orders');
    const items = await page.locator('.app-sidebar .el-menu-item').allTextContents();
    expect(items.map((item) => item.trim())).toEqual(['Orders', 'Products', 'Price lists']);
    await page.goto('/customers');
    await page.waitForURL('**/forbidden?**');
  });
});
