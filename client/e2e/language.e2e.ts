import { describe, expect, it } from 'vitest';
import { logIn, useBrowser } from './support/browser';

describe('language', () => {
  const browser = useBrowser();

  it('switches to Chinese, labels and all, and stays Chinese for this user', async () => {
    const { page } = browser;
    await logIn(page, 'sales1');
    await page.waitForURL('**/customers');
    expect(await page.textContent('.app-sidebar')).toContain('Customers');

    await page.click('[data-test=language-switch] >> text=简体中文');
    await expect.poll(() => page.textContent('.app-sidebar')).toContain('客户');
    expect(await page.textContent('.app-sidebar')).toContain('联系人');
    expect(await page.textContent('[data-test=customer-create]')).toContain('新建客户');
    expect(await page.getAttribute('[data-test=customer-search]', 'placeholder')).toBe('名称、编号、电话或邮箱');
    // Element Plus switches too: its pager reads "条/页" in Chinese.
    expect(await page.textContent('.el-pagination')).toContain('条/页');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    await page.reload();
    await expect.poll(() => page.textContent('.app-sidebar')).toContain('客户');
  });
});
