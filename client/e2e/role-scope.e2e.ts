import { describe, expect, it } from 'vitest';
import { logIn, useBrowser } from './support/browser';
import { chooseOption, chooseTreeNode } from './support/element';

describe('a role an administrator builds', () => {
  const browser = useBrowser();

  it('gives a new user team-scoped customers and no contacts, and their menu shows it', async () => {
    const stamp = Date.now();
    const roleName = `E2E Team customers ${stamp}`;
    const username = `e2e_user_${stamp}`;
    const password = 'E2e@Pass2026';
    const { page } = browser;

    await logIn(page, 'admin');
    await page.click('[data-test=nav-admin-roles]');
    await page.click('[data-test=role-create]');
    await page.fill('[data-test=role-field-key]', `e2e_team_${stamp}`);
    await page.fill('[data-test=role-field-name]', roleName);
    await page.click('[data-test=grant-customers-read]');
    await page.click('[data-test=grant-customers-update]');
    await chooseOption(page, page.locator('[data-test=grant-scope-customers]'), 'Team');
    await page.click('[data-test=role-save]');
    await page.locator('[data-test=role-dialog]').waitFor({ state: 'hidden' });
    await page.locator('[data-test=role-table]', { hasText: roleName }).waitFor();
    expect(await page.textContent('[data-test=role-table]')).toContain('Customers (Team)');

    await page.click('[data-test=nav-admin-users]');
    await page.click('[data-test=user-create]');
    await page.fill('[data-test=user-field-username]', username);
    await page.fill('[data-test=user-field-displayName]', `E2E User ${stamp}`);
    await chooseTreeNode(page, page.locator('.el-select[data-test=user-field-team]'), 'East');
    await chooseOption(page, page.locator('[data-test=user-field-roles]'), roleName);
    await page.fill('[data-test=user-field-password]', password);
    await page.click('[data-test=user-save]');
    await page.locator('[data-test=user-dialog]').waitFor({ state: 'hidden' });

    await page.click('[data-test=user-menu]');
    await page.click('[data-test=logout]');
    await page.waitForURL('**/login');
    await logIn(page, username, password);
    await page.waitForURL('**/customers');
    await page.locator('[data-test=nav-customers]').waitFor();
    expect(await page.locator('[data-test=nav-contacts]').count()).toBe(0);
    expect(await page.locator('[data-test=nav-group-admin]').count()).toBe(0);
    // A teammate's customers are in scope.
    await expect.poll(async () => parseInt((await page.textContent('[data-test=list-total]')) ?? '0', 10)).toBeGreaterThan(0);
    await page.goto('/contacts');
    await page.waitForURL('**/forbidden?**');
  });
});
