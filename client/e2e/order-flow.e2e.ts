import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient, type CustomerRow, type OrderRow, type QuoteRow } from './support/api';
import { logIn, useBrowser } from './support/browser';

/** Signs the current user out by dropping the stored session, then signs the next one in. */
async function switchUser(page: Page, username: string): Promise<void> {
  await page.evaluate(() => localStorage.clear());
  await logIn(page, username);
}

/** The calendar day as YYYY-MM-DD: the server's (UTC) for the promised date, the browser's for delivery. */
const utcDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Moves the order one step from its page, with a note, and waits for the new status. */
async function moveTo(page: Page, status: string, label: string, note: string): Promise<void> {
  await page.click(`[data-test=order-move-${status}]`);
  const dialog = page.locator('[data-test=order-move-dialog]');
  await dialog.waitFor();
  await dialog.locator('[data-test=order-move-note]').fill(note);
  await page.click('[data-test=order-move-save]');
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.textContent('[data-test=order-status]')).toBe(label);
}

describe('an order made from an accepted quote', () => {
  const browser = useBrowser();

  it('is created from the quote, found late, delivered and completed; finance only reads it', async () => {
    const { page, baseUrl } = browser;
    const stamp = Date.now();

    // An accepted quote of sales1's: 3 × 33.33 at 5% off (within the 10% limit), 13% tax.
    const procurement = await ApiClient.logIn(baseUrl, 'procurement');
    const product = await procurement.request<{ id: number }>('POST', '/products', {
      code: `E2E-OR-${stamp}`,
      name: `E2E Order widget ${stamp}`,
      unit: 'pcs',
      listPrice: '33.33',
      taxRate: '13.00',
    });
    const sales1 = await ApiClient.logIn(baseUrl, 'sales1');
    const me = await sales1.request<{ displayName: string }>('GET', '/auth/me');
    const customer = await sales1.request<CustomerRow>('POST', '/customers', { name: `E2E Order Co ${stamp}` });
    const draft = await sales1.request<QuoteRow>('POST', '/quotes', {
      title: `E2E For an order ${stamp}`,
      customerId: customer.id,
      lines: [{ productId: product.id, quantity: '3', discountPercent: '5' }],
    });
    const sent = await sales1.request<QuoteRow>('POST', `/quotes/${draft.id}/send`, { version: draft.version });
    const quote = await sales1.request<QuoteRow>('POST', `/quotes/${draft.id}/accept`, { version: sent.version });
    expect(quote.status).toBe('accepted');

    // From the quote's page: the order, promised for yesterday.
    await logIn(page, 'sales1');
    await page.goto(`/quotes/${quote.id}`);
    await page.click('[data-test=quote-create-order]');
    const dialog = page.locator('[data-test=order-dialog]');
    await dialog.waitFor();
    const promised = dialog.locator('[data-test=order-field-promised-on] input');
    await promised.fill(utcDay(-1));
    await promised.press('Enter');
    await dialog.locator('[data-test=order-field-address]').fill('上海市浦东新区 1 号');
    await dialog.locator('[data-test=order-field-notes]').fill('Deliver before noon');
    await page.click('[data-test=order-save]');
    await page.waitForURL(/\/orders\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const orderNumber = (await page.textContent('[data-test=order-number]'))?.trim() ?? '';
    expect(orderNumber).toMatch(/^SO\d{4}-\d{6}$/);

    // The quote's lines and totals, late from the start.
    await expect.poll(() => page.textContent('[data-test=order-total]')).toBe(`CNY ${quote.total}`);
    expect(await page.textContent('[data-test=order-line-gross]')).toBe('99.99');
    expect(await page.textContent('[data-test=order-status]')).toBe('Draft');
    await page.locator('[data-test=order-late-warning]').waitFor();
    expect(await page.textContent('[data-test=order-quote]')).toContain(quote.quoteNumber);
    expect(await page.textContent('[data-test=order-address]')).toBe('上海市浦东新区 1 号');
    const created = await sales1.request<OrderRow>('GET', `/orders/${id}`);
    expect(created).toMatchObject({ orderNumber, status: 'draft', total: quote.total, late: true, promisedOn: utcDay(-1), quote: { id: quote.id } });

    // The list's "Late only" finds it, marked late.
    await page.click('[data-test=nav-orders]');
    await page.click('[data-test=order-filter-late]');
    await page.fill('[data-test=order-search]', orderNumber);
    await expect.poll(() => page.locator('[data-test=order-link]:visible').allTextContents()).toEqual([orderNumber]);
    const row = page.locator('.el-table-v2__main .el-table-v2__row', { hasText: `E2E Order Co ${stamp}` });
    expect(await row.locator('[data-test=order-late]').textContent()).toBe('Late');
    const lateOnes = await sales1.request<{ items: OrderRow[] }>('GET', '/orders?late=true&pageSize=100');
    expect(lateOnes.items.map((order) => order.id)).toContain(id);

    // The quote now links to its order instead of offering another.
    await page.goto(`/quotes/${quote.id}`);
    await expect.poll(() => page.textContent('[data-test=quote-order-link]')).toContain(orderNumber);
    expect(await page.locator('[data-test=quote-create-order]').count()).toBe(0);

    // Step by step to completed; delivery asks for the date, today by default.
    await page.click('[data-test=quote-order-link]');
    await page.waitForURL(`**/orders/${id}`);
    await moveTo(page, 'confirmed', 'Confirmed', 'Confirmed by phone');
    await moveTo(page, 'in_delivery', 'In delivery', 'Truck left the depot');
    await page.click('[data-test=order-move-delivered]');
    const deliveredOn = page.locator('[data-test=order-move-dialog] [data-test=order-move-delivered-on] input');
    expect(await deliveredOn.inputValue()).toBe(localToday());
    await page.locator('[data-test=order-move-dialog] [data-test=order-move-note]').fill('Signed for at the gate');
    await page.click('[data-test=order-move-save]');
    await expect.poll(() => page.textContent('[data-test=order-status]')).toBe('Delivered');
    await expect.poll(() => page.locator('[data-test=order-late-warning], [data-test=order-late]').count()).toBe(0);
    expect((await page.textContent('[data-test=order-delivered-on]'))?.trim()).not.toBe('');
    await moveTo(page, 'completed', 'Completed', 'Paid and closed');
    expect(await page.locator('[data-test^=order-move-]').count()).toBe(0);
    expect(await page.locator('[data-test=order-edit]').count()).toBe(0);

    // The steps show every one done, each by sales1; the history keeps the notes.
    for (const status of ['draft', 'confirmed', 'in_delivery', 'delivered', 'completed']) {
      const step = page.locator(`[data-test=order-step-${status}]`);
      expect(await step.getAttribute('data-state')).toBe('success');
      expect(await step.locator('[data-test=order-step-by]').textContent()).toBe(me.displayName);
    }
    await page.click('#tab-history');
    await expect
      .poll(() => page.locator('[data-test=order-history-note]').allTextContents())
      .toEqual(['', 'Confirmed by phone', 'Truck left the depot', 'Signed for at the gate', 'Paid and closed']);
    const completed = await sales1.request<OrderRow>('GET', `/orders/${id}`);
    expect(completed).toMatchObject({ status: 'completed', deliveredOn: localToday(), late: false, nextStatuses: [] });
    expect(completed.statusHistory.map((change) => [change.fromStatus, change.toStatus, change.changedBy?.name])).toEqual([
      [null, 'draft', me.displayName],
      ['draft', 'confirmed', me.displayName],
      ['confirmed', 'in_delivery', me.displayName],
      ['in_delivery', 'delivered', me.displayName],
      ['delivered', 'completed', me.displayName],
    ]);
    expect(completed.statusHistory[3]?.note).toBe('Signed for at the gate');

    // The customer's page lists the order.
    await page.goto(`/customers/${customer.id}`);
    await page.click('#tab-orders');
    await expect.poll(() => page.locator('[data-test=customer-order-link]').allTextContents()).toEqual([orderNumber]);

    // Finance reads every order but changes none: no status buttons, no Edit.
    await switchUser(page, 'finance');
    await page.goto(`/orders/${id}`);
    await expect.poll(() => page.textContent('[data-test=order-number]')).toBe(orderNumber);
    expect(await page.textContent('[data-test=order-status]')).toBe('Completed');
    expect(await page.locator('[data-test^=order-move-]').count()).toBe(0);
    expect(await page.locator('[data-test=order-edit]').count()).toBe(0);
  });
});
