import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApiClient, type CustomerRow, type OrderRow, type QuoteRow } from './support/api';
import { logIn, useBrowser } from './support/browser';
import { chooseOption, searchAndChoose } from './support/element';

interface ContractRow {
  id: number;
  contractNumber: string;
  status: string;
  amount: string;
  signedOn: string | null;
  orderId: number | null;
  outstanding: string;
  attachments: Array<{ fileName: string; contentType: string; sizeBytes: number }>;
  instalments: Array<{ seq: number; dueOn: string; amount: string; paidAmount: string; outstanding: string; daysOverdue: number }>;
}

interface AgingRow {
  id: number;
  name: string;
  current: string;
  days31to60: string;
  total: string;
}

interface InvoiceRow {
  id: number;
  invoiceNumber: string | null;
  status: string;
  issuedOn: string | null;
  total: string;
  orderId: number | null;
}

/** The server counts days past due in UTC; the plan's dates are typed as the server will read them. */
const utcDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** Decimal strings to cents and back, for splitting the amount in the test (never in the browser). */
const cents = (value: string) => Math.round(Number(value) * 100);
const money = (value: number) => (value / 100).toFixed(2);
/** How the page shows an amount: thousands grouped. */
const shown = (value: string) => value.replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));

async function switchUser(page: Page, username: string): Promise<void> {
  await page.evaluate(() => localStorage.clear());
  await logIn(page, username);
}

/** Types a date into an Element Plus date picker (the selector names the picker or its form item) and confirms it. */
async function typeDate(page: Page, selector: string, day: string): Promise<void> {
  const input = page.locator(`input${selector}, ${selector} input`).first();
  await input.fill(day);
  await input.press('Enter');
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('from an order to cash', () => {
  const browser = useBrowser();

  it('a contract with a file and a payment plan is signed, partly paid, aged and invoiced', async () => {
    const { page, baseUrl } = browser;
    const stamp = Date.now();

    // Arranged through the API: a product, and a confirmed order of sales1's from an accepted quote.
    const procurement = await ApiClient.logIn(baseUrl, 'procurement');
    const product = await procurement.request<{ id: number }>('POST', '/products', {
      code: `E2E-CT-${stamp}`,
      name: `E2E Contract widget ${stamp}`,
      unit: 'pcs',
      listPrice: '33.33',
      taxRate: '13.00',
    });
    const sales1 = await ApiClient.logIn(baseUrl, 'sales1');
    const customer = await sales1.request<CustomerRow>('POST', '/customers', { name: `E2E Cash Co ${stamp}` });
    const draft = await sales1.request<QuoteRow>('POST', '/quotes', {
      title: `E2E For a contract ${stamp}`,
      customerId: customer.id,
      lines: [{ productId: product.id, quantity: '30', discountPercent: '5' }],
    });
    const sent = await sales1.request<QuoteRow>('POST', `/quotes/${draft.id}/send`, { version: draft.version });
    const quote = await sales1.request<QuoteRow>('POST', `/quotes/${draft.id}/accept`, { version: sent.version });
    const created = await sales1.request<OrderRow>('POST', '/orders', { quoteId: quote.id });
    const order = await sales1.request<OrderRow>('POST', `/orders/${created.id}/status`, { status: 'confirmed', version: created.version });
    expect(order.total).toBe(quote.total);

    // sales1 makes the contract from the order's page: its customer and total.
    await logIn(page, 'sales1');
    await page.goto(`/orders/${order.id}`);
    await page.click('[data-test=create-contract]');
    const dialog = page.locator('[data-test=contract-dialog]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-test=contract-source-hint]').textContent()).toContain(order.orderNumber);
    await dialog.locator('[data-test=contract-field-title]').fill(`E2E Supply agreement ${stamp}`);
    await page.click('[data-test=contract-save]');
    await page.waitForURL(/\/contracts\/\d+$/);
    const contractId = Number(new URL(page.url()).pathname.split('/').pop());
    const contractNumber = (await page.textContent('[data-test=contract-number]'))?.trim() ?? '';
    expect(contractNumber).toMatch(/^CT\d{4}-\d{6}$/);
    await expect.poll(() => page.textContent('[data-test=contract-status]')).toBe('Draft');
    expect(await page.textContent('[data-test=contract-amount]')).toBe(`CNY ${shown(order.total)}`);

    // A file the server refuses shows its reason; a small PDF is attached.
    await page.click('#tab-attachments');
    await page.setInputFiles('[data-test=attachment-input]', { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await expect.poll(() => page.textContent('[data-test=attachment-refusal]')).toContain('PDF, PNG, JPEG, Word or Excel');
    await page.setInputFiles('[data-test=attachment-input]', { name: 'signed contract.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => page.locator('[data-test=attachment-name]').allTextContents()).toEqual(['signed contract.pdf']);
    expect(await page.textContent('[data-test=attachment-size]')).toBe(`${PDF.length} B`);

    // The payment plan: two instalments, one 45 days overdue; a wrong sum first shows the server's figures.
    const first = cents(order.total) > 10_000 ? 10_000 : Math.floor(cents(order.total) / 2);
    const second = cents(order.total) - first;
    await page.click('#tab-plan');
    await page.click('[data-test=plan-edit]');
    const plan = page.locator('[data-test=plan-dialog]');
    await plan.waitFor();
    await page.click('[data-test=plan-add]');
    await page.click('[data-test=plan-add]');
    await typeDate(page, '[data-test=plan-due-0]', utcDay(-45));
    await plan.locator('[data-test=plan-amount-0]').fill(money(first));
    await typeDate(page, '[data-test=plan-due-1]', utcDay(30));
    await plan.locator('[data-test=plan-amount-1]').fill(money(second - 1));
    await page.click('[data-test=plan-save]');
    await expect.poll(() => plan.locator('[data-test=plan-instalments] .el-form-item__error').textContent()).toContain(money(first + second - 1));
    await plan.locator('[data-test=plan-amount-1]').fill(money(second));
    await page.click('[data-test=plan-save]');
    await plan.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('[data-test=plan-outstanding]').allTextContents()).toEqual([shown(money(first)), shown(money(second))]);
    expect(await page.locator('[data-test=plan-days-overdue]').allTextContents()).toEqual(['45', '']);

    // In approval, then signed on the day asked for.
    await page.click('[data-test=contract-move-in_approval]');
    await page.click('[data-test=contract-move-save]');
    await expect.poll(() => page.textContent('[data-test=contract-status]')).toBe('In approval');
    await page.click('[data-test=contract-move-signed]');
    await page.locator('[data-test=contract-move-signed-on]').waitFor();
    await typeDate(page, '[data-test=contract-move-signed-on]', utcDay(-1));
    await page.click('[data-test=contract-move-save]');
    await expect.poll(() => page.textContent('[data-test=contract-status]')).toBe('Signed');
    const signed = await sales1.request<ContractRow>('GET', `/contracts/${contractId}`);
    expect(signed).toMatchObject({ status: 'signed', signedOn: utcDay(-1), orderId: order.id, amount: order.total, outstanding: order.total });
    expect(signed.attachments).toEqual([expect.objectContaining({ fileName: 'signed contract.pdf', contentType: 'application/pdf', sizeBytes: PDF.length })]);
    expect(signed.instalments.map((i) => [i.dueOn, i.amount])).toEqual([
      [utcDay(-45), money(first)],
      [utcDay(30), money(second)],
    ]);
    // A salesperson records no payments: no button.
    expect(await page.locator('[data-test=payment-record]').count()).toBe(0);

    // Finance records a partial payment from the receivables page.
    await switchUser(page, 'finance');
    await page.click('[data-test=nav-receivables]');
    await page.click('[data-test=payment-record]');
    const payment = page.locator('[data-test=payment-dialog]');
    await payment.waitFor();
    await searchAndChoose(page, payment.locator('[data-test=payment-field-contract]'), contractNumber);
    await expect.poll(() => payment.locator('[data-test=payment-balance]').textContent()).toContain(shown(order.total));
    await payment.locator('[data-test=payment-field-amount]').fill('20.00');
    await chooseOption(page, payment.locator('[data-test=payment-field-method]'), 'Cheque');
    await payment.locator('[data-test=payment-field-reference]').fill(`CHQ-${stamp}`);
    await page.click('[data-test=payment-save]');
    await payment.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.payment-allocation').textContent()).toContain('Instalment 1: 20.00');
    const remaining = money(first - 2000);

    // The overdue instalment, with what is left of it, in the receivables list.
    await page.click('[data-test=receivable-filter-overdue]');
    const row = page.locator('.el-table-v2__main .el-table-v2__row', { hasText: customer.name });
    // Only the overdue instalment is left once the switch applies (the one due in 30 days is not late).
    await expect.poll(() => row.locator('[data-test=receivable-outstanding]').allTextContents()).toEqual([shown(remaining)]);
    expect(await row.locator('[data-test=receivable-days-overdue]').allTextContents()).toEqual(['45']);
    const overdue = await (await ApiClient.logIn(baseUrl, 'finance')).request<{ items: Array<{ contract: { id: number }; outstanding: string }> }>(
      'GET',
      `/receivables?overdue=true&customerId=${customer.id}`,
    );
    expect(overdue.items).toEqual([expect.objectContaining({ contract: { id: contractId, name: contractNumber }, outstanding: remaining })]);

    // Its amount in the 31-60 days column of the aging by customer, and the chart drawn.
    await page.click('[data-test=view-receivables-aging]');
    const agingRow = page.locator('[data-test=aging-table] .el-table__body tr', { hasText: customer.name });
    await agingRow.waitFor();
    expect(await agingRow.locator('[data-test=aging-days31to60]').textContent()).toBe(shown(remaining));
    expect(await agingRow.locator('[data-test=aging-current]').textContent()).toBe(shown(money(second)));
    await page.locator('[data-test=aging-chart] canvas').waitFor();
    const finance = await ApiClient.logIn(baseUrl, 'finance');
    const aging = await finance.request<{ rows: AgingRow[] }>('GET', '/receivables/aging?by=customer');
    expect(aging.rows.find((r) => r.id === customer.id)).toMatchObject({ days31to60: remaining, current: money(second) });

    // Finance invoices the order and issues the invoice: it gets this year's next number.
    await page.goto(`/orders/${order.id}`);
    await page.click('[data-test=create-invoice]');
    await page.locator('[data-test=invoice-dialog]').waitFor();
    await page.click('[data-test=invoice-save]');
    await page.waitForURL(/\/invoices\/\d+$/);
    const invoiceId = Number(new URL(page.url()).pathname.split('/').pop());
    await expect.poll(() => page.textContent('[data-test=invoice-status]')).toBe('Draft');
    expect(await page.textContent('[data-test=invoice-total]')).toBe(`CNY ${shown(order.total)}`);
    await page.click('[data-test=invoice-issue]');
    await page.locator('[data-test=invoice-issue-dialog]').waitFor();
    await page.click('[data-test=invoice-issue-save]');
    const year = utcDay().slice(0, 4);
    await expect.poll(() => page.textContent('[data-test=invoice-number]')).toMatch(new RegExp(`^INV-${year}-\\d{6}$`));
    expect(await page.textContent('[data-test=invoice-status]')).toBe('Issued');
    const invoice = await finance.request<InvoiceRow>('GET', `/invoices/${invoiceId}`);
    expect(invoice).toMatchObject({ status: 'issued', orderId: order.id, total: order.total, invoiceNumber: (await page.textContent('[data-test=invoice-number]'))?.trim() });
  });
});
