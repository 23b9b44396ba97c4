import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient, type CustomerRow, type OpportunityRow, type QuoteRow } from './support/api';
import { logIn, useBrowser } from './support/browser';

/** Signs the current user out by dropping the stored session, then signs the next one in. */
async function switchUser(page: Page, username: string): Promise<void> {
  await page.evaluate(() => localStorage.clear());
  await logIn(page, username);
}

async function confirmBox(page: Page): Promise<void> {
  await page.locator('.el-message-box__btns .el-button--primary').click();
}

describe('a quote beyond the salesperson’s discount limit', () => {
  const browser = useBrowser();

  it('is made from an opportunity, rejected, changed, approved, sent, printed and accepted', async () => {
    const { page, baseUrl } = browser;
    const stamp = Date.now();
    const title = `E2E Quote ${stamp}`;

    // A product at an awkward price, and a salesperson's opportunity for 3 of them at 15% off.
    const procurement = await ApiClient.logIn(baseUrl, 'procurement');
    const product = await procurement.request<{ id: number }>('POST', '/products', {
      code: `E2E-QW-${stamp}`,
      name: `E2E Awkward widget ${stamp}`,
      unit: 'pcs',
      listPrice: '33.33',
      taxRate: '13.00',
    });
    const sales1 = await ApiClient.logIn(baseUrl, 'sales1');
    const customer = await sales1.request<CustomerRow>('POST', '/customers', { name: `E2E Quote Co ${stamp}` });
    const opportunity = await sales1.request<OpportunityRow>('POST', '/opportunities', {
      name: `E2E Widget deal ${stamp}`,
      customerId: customer.id,
      lines: [{ productId: product.id, quantity: '3', discountPercent: '15' }],
    });
    const users = await sales1.request<Array<{ id: number; username: string; displayName: string }>>('GET', '/users/options');
    const manager1 = users.find((user) => user.username === 'manager1');
    if (!manager1) throw new Error('the demo company has no manager1');

    // From the opportunity's page: the quote starts from its line; a bad quantity lands on its cell.
    await logIn(page, 'sales1');
    await page.goto(`/opportunities/${opportunity.id}`);
    await page.click('[data-test=opportunity-create-quote]');
    const dialog = page.locator('[data-test=quote-dialog]');
    await dialog.locator('[data-test=quote-from-opportunity]').waitFor();
    expect(await page.inputValue('[data-test=quote-line-quantity-0]')).toBe('3');
    expect(await page.inputValue('[data-test=quote-line-discountPercent-0]')).toBe('15');
    await page.fill('[data-test=quote-field-title]', title);
    await page.fill('[data-test=quote-line-quantity-0]', '0');
    await page.click('[data-test=quote-save]');
    await expect.poll(() => page.locator('[data-test=quote-line-error-quantity-0]').textContent()).toContain('more than 0');
    await page.fill('[data-test=quote-line-quantity-0]', '3');
    await page.fill('[data-test=quote-line-taxRate-0]', '13');
    await page.click('[data-test=quote-save]');
    await page.waitForURL(/\/quotes\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());

    // The server's amounts, to the cent.
    await expect.poll(() => page.textContent('[data-test=quote-total]')).toBe('CNY 96.04');
    expect(await page.textContent('[data-test=line-gross]')).toBe('99.99');
    expect(await page.textContent('[data-test=quote-subtotal]')).toBe('CNY 99.99');
    expect(await page.textContent('[data-test=quote-discount-total]')).toBe('−CNY 15.00');
    expect(await page.textContent('[data-test=quote-tax-total]')).toBe('CNY 11.05');
    const quoteNumber = (await page.textContent('[data-test=quote-number]'))?.trim() ?? '';
    const created = await sales1.request<QuoteRow>('GET', `/quotes/${id}`);
    expect(created).toMatchObject({ quoteNumber, status: 'draft', total: '96.04' });
    expect(created.lines).toMatchObject([{ unitPrice: '33.33', discountPercent: '15.00', taxRate: '13.00', grossAmount: '99.99', lineTotal: '96.04' }]);

    // 15% is beyond sales1's 10%: sending waits for an approval, and the server agrees.
    await page.locator('[data-test=quote-needs-approval]').waitFor();
    expect(await page.locator('[data-test=quote-send]').isDisabled()).toBe(true);
    const refused = await sales1.send('POST', `/quotes/${id}/send`, { version: created.version });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('APPROVAL_REQUIRED');
    await page.click('[data-test=quote-submit]');
    await expect.poll(() => page.textContent('[data-test=quote-status]')).toBe('Awaiting approval');
    expect(await page.textContent('[data-test=quote-approver]')).toContain(manager1.displayName);

    // The East manager finds it in the queue and rejects it, saying why.
    await switchUser(page, 'manager1');
    await expect.poll(() => page.locator('[data-test=nav-badge-quotes]').count()).toBe(1);
    await page.click('[data-test=nav-quotes]');
    await page.click('[data-test=view-quote-approvals]');
    // The pinned number column is drawn apart from the row's other cells: the row is found by its title.
    const row = page.locator('.el-table-v2__main .el-table-v2__row', { hasText: title });
    await row.waitFor();
    await row.locator('[data-test=queue-reject]').click();
    await page.click('[data-test=quote-decision-save]');
    await page.locator('[data-test=quote-decision-dialog] .el-form-item__error').waitFor();
    await page.fill('[data-test=quote-decision-comment]', 'Too generous: 12% at most');
    await page.click('[data-test=quote-decision-save]');
    await row.waitFor({ state: 'detached' });
    const rejected = await sales1.request<QuoteRow>('GET', `/quotes/${id}`);
    expect(rejected.status).toBe('rejected');
    expect(rejected.approvals).toMatchObject([{ approver: { id: manager1.id }, decision: 'rejected', comment: 'Too generous: 12% at most' }]);

    // The salesperson reads the reason, lowers the discount to 12% and submits again.
    await switchUser(page, 'sales1');
    await page.goto(`/quotes/${id}`);
    await expect.poll(() => page.textContent('[data-test=quote-rejection]')).toContain('12% at most');
    await page.click('[data-test=quote-edit]');
    await page.fill('[data-test=quote-line-discountPercent-0]', '12');
    await page.click('[data-test=quote-save]');
    await expect.poll(() => page.textContent('[data-test=quote-total]')).toBe('CNY 99.43');
    expect(await page.textContent('[data-test=quote-status]')).toBe('Draft');
    await page.click('[data-test=quote-submit]');
    await expect.poll(() => page.textContent('[data-test=quote-status]')).toBe('Awaiting approval');

    // The manager approves it from the quote's own page.
    await switchUser(page, 'manager1');
    await page.click('[data-test=nav-quotes]');
    await page.click('[data-test=view-quote-approvals]');
    await page.locator('[data-test=quote-link]:visible', { hasText: quoteNumber }).click();
    await page.waitForURL(`**/quotes/${id}`);
    await page.click('[data-test=quote-approve]');
    await page.click('[data-test=quote-decision-save]');
    await expect.poll(() => page.textContent('[data-test=quote-status]')).toBe('Approved');

    // Now it can be sent, printed and marked accepted.
    await switchUser(page, 'sales1');
    await page.goto(`/quotes/${id}`);
    await page.click('[data-test=quote-send]');
    await expect.poll(() => page.textContent('[data-test=quote-status]')).toBe('Sent');
    const [printWindow] = await Promise.all([page.context().waitForEvent('page'), page.click('[data-test=quote-print]')]);
    await expect.poll(() => printWindow.url()).toMatch(/^blob:/);
    await printWindow.waitForLoadState();
    const printed = await printWindow.content();
    expect(printed).toContain(quoteNumber);
    expect(printed).toContain('99.43');
    const html = await (await sales1.send('GET', `/quotes/${id}/print`)).text();
    expect(html).toContain(quoteNumber);
    expect(html).toContain('CNY 99.43');
    expect(html).not.toContain('96.04');
    await printWindow.close();

    await page.click('[data-test=quote-accept]');
    await confirmBox(page);
    await expect.poll(() => page.textContent('[data-test=quote-status]')).toBe('Accepted');
    const accepted = await sales1.request<QuoteRow>('GET', `/quotes/${id}`);
    expect(accepted).toMatchObject({ status: 'accepted', total: '99.43' });
    expect(accepted.approvals.map((approval) => approval.decision)).toEqual(['rejected', 'approved']);
  });
});
