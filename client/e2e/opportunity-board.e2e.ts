import { describe, expect, it } from 'vitest';
import { ApiClient, type CustomerRow, type OpportunityRow } from './support/api';
import { logIn, useBrowser } from './support/browser';
import { searchAndChoose } from './support/element';

describe('a salesperson’s opportunity', () => {
  const browser = useBrowser();

  it('is created with a product line at the customer’s price and dragged to another stage on the board', async () => {
    const sales1 = await ApiClient.logIn(browser.baseUrl, 'sales1');
    const customerName = `E2E Board Co ${Date.now()}`;
    await sales1.request<CustomerRow>('POST', '/customers', { name: customerName });
    const dealName = `E2E Switch deal ${Date.now()}`;

    const { page } = browser;
    await logIn(page, 'sales1');
    await page.click('[data-test=nav-opportunities]');
    await page.click('[data-test=opportunity-create]');
    await page.fill('[data-test=opportunity-field-name]', dealName);
    await searchAndChoose(page, page.locator('[data-test=opportunity-field-customer]'), customerName);
    await page.click('[data-test=line-add]');
    await searchAndChoose(page, page.locator('[data-test=line-product-0]'), 'Core switch');
    // The price the customer pays today, from the standard price list.
    await expect.poll(() => page.inputValue('[data-test=line-price-0]')).toBe('12416.00');
    await page.fill('[data-test=line-quantity-0]', '2');
    await page.click('[data-test=opportunity-save]');

    await page.waitForURL(/\/opportunities\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await expect.poll(() => page.textContent('[data-test=opportunity-amount]')).toContain('24,832.00');

    await page.goto('/opportunities/board');
    const card = page.locator(`[data-test=card-${id}]`);
    await card.waitFor();
    const from = page.locator('.board__column', { has: card });
    expect(await from.getAttribute('data-stage')).toBe('Qualification');
    const proposal = page.locator('.board__column[data-stage="Proposal"]');
    const countBefore = Number(await proposal.locator('[data-test=column-count]').textContent());

    await card.dragTo(proposal.locator('.board__cards'));
    await expect.poll(() => proposal.locator(`[data-test=card-${id}]`).count()).toBe(1);
    await expect.poll(async () => Number(await proposal.locator('[data-test=column-count]').textContent())).toBe(countBefore + 1);

    const saved = await sales1.request<OpportunityRow>('GET', `/opportunities/${id}`);
    const board = await sales1.request<{ columns: Array<{ stage: { id: number; nameEn: string } }> }>('GET', '/opportunities/board');
    expect(board.columns.find((column) => column.stage.id === saved.stageId)?.stage.nameEn).toBe('Proposal');
    expect(saved.lines).toMatchObject([{ productCode: 'HW-NET-01', unitPrice: '12416.00', lineTotal: '24832.00' }]);
  });
});
