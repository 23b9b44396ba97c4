import { describe, expect, it } from 'vitest';
import { ApiClient } from './support/api';
import { logIn, useBrowser } from './support/browser';
import { chooseOption, chooseTreeNode } from './support/element';

interface LeadRow {
  id: number;
  name: string;
  status: string;
  ownerId: number | null;
  convertedCustomerId: number | null;
  convertedContactId: number | null;
  convertedOpportunityId: number | null;
}

interface PipelineRow {
  isDefault: boolean;
  stages: Array<{ id: number; nameEn: string; stageType: 'open' | 'won' | 'lost' }>;
}

describe('a lead from the website', () => {
  const browser = useBrowser();

  it('arrives with an intake token, is claimed from the pool, qualified, converted and won, and shows on the customer’s timeline', async () => {
    const { page, baseUrl } = browser;
    const stamp = Date.now();
    const person = `E2E Web Lead ${stamp}`;
    const company = `E2E Web Co ${stamp}`;

    // The administrator issues a website token for the East team; it is shown once.
    await logIn(page, 'admin');
    await page.goto('/admin/lead-intake');
    await page.click('[data-test=token-create]');
    await page.fill('[data-test=token-name]', `E2E website ${stamp}`);
    await chooseTreeNode(page, page.locator('[data-test=token-dialog] .el-select'), 'East');
    await page.click('[data-test=token-save]');
    const token = (await page.locator('[data-test=token-value]').textContent())?.trim() ?? '';
    expect(token).toMatch(/^crm_/);
    await page.click('[data-test=token-dialog] .el-dialog__footer button');
    await expect.poll(() => page.locator('[data-test=token-table]').textContent()).toContain(`E2E website ${stamp}`);

    // The website posts the lead; no rule places it, so it waits in the East pool.
    const intake = await fetch(`${baseUrl}/api/intake/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-token': token },
      body: JSON.stringify({ name: person, company, phone: `138${String(stamp).slice(-8)}`, email: `web${stamp}@e2e.example` }),
    });
    expect(intake.status).toBe(201);
    const { id: leadId, assigned } = (await intake.json()) as { id: number; assigned: boolean };
    expect(assigned).toBe(false);

    // A salesperson of the East team finds it in the lead pool and claims it.
    await page.context().clearCookies();
    await page.evaluate(() => localStorage.clear());
    await logIn(page, 'sales1');
    await page.click('[data-test=nav-lead-pool]');
    await page.fill('[data-test=lead-search]', person);
    await expect.poll(() => page.locator('.el-table-v2__main .el-table-v2__row').count()).toBe(1);
    expect(await page.locator('.el-table-v2__main .el-table-v2__row').textContent()).toContain(company);
    await page.locator('.el-table-v2__main [data-test=lead-claim]').click();
    await page.waitForURL(`**/leads/${leadId}`);
    await expect.poll(() => page.textContent('[data-test=lead-owner]')).toContain('Sam Sales');

    const sales1 = await ApiClient.logIn(baseUrl, 'sales1');
    const me = await sales1.request<{ id: number }>('GET', '/auth/me');
    expect((await sales1.request<LeadRow>('GET', `/leads/${leadId}`)).ownerId).toBe(me.id);

    // A first call, logged on the lead itself, before it has a customer.
    await page.click('[data-test=record-activities] [data-test=activity-log]');
    await page.fill('[data-test=activity-field-subject]', `Discovery call ${stamp}`);
    await page.click('[data-test=activity-save]');
    await expect.poll(() => page.textContent('[data-test=record-activities]')).toContain(`Discovery call ${stamp}`);
    const onLead = await sales1.request<{ items: Array<{ subject: string; leadId: number; customerId: number | null }> }>('GET', `/activities?leadId=${leadId}`);
    expect(onLead.items).toEqual([expect.objectContaining({ subject: `Discovery call ${stamp}`, leadId, customerId: null })]);

    // Qualifies it, then converts it into a customer, a contact and an opportunity.
    await page.click('[data-test=lead-edit]');
    await chooseOption(page, page.locator('[data-test=lead-field-status]'), 'Qualified');
    await page.click('[data-test=lead-save]');
    await expect.poll(() => page.textContent('[data-test=lead-status]')).toBe('Qualified');
    await page.click('[data-test=lead-convert]');
    expect(await page.inputValue('[data-test=lead-convert-customer]')).toBe(company);
    await page.fill('[data-test=lead-convert-opportunity]', `${company} deal`);
    await page.fill('[data-test=lead-convert-amount]', '48,000.50');
    await page.click('[data-test=lead-convert-submit]');
    await page.locator('[data-test=lead-conversion]').waitFor();
    await expect.poll(() => page.textContent('[data-test=lead-status]')).toBe('Converted');

    const converted = await sales1.request<LeadRow>('GET', `/leads/${leadId}`);
    expect(converted.status).toBe('converted');
    expect(converted.convertedCustomerId).toBeTruthy();
    expect(converted.convertedContactId).toBeTruthy();
    expect(converted.convertedOpportunityId).toBeTruthy();
    const customer = await sales1.request<{ name: string; contacts: Array<{ name: string }> }>('GET', `/customers/${converted.convertedCustomerId}`);
    expect(customer.name).toBe(company);
    expect(customer.contacts.map((contact) => contact.name)).toContain(person);

    // Through every open stage of the default pipeline, then won.
    await page.click('[data-test=lead-opportunity-link]');
    await page.waitForURL(`**/opportunities/${converted.convertedOpportunityId}`);
    await expect.poll(() => page.textContent('[data-test=opportunity-amount]')).toContain('48,000.50');
    const pipelines = await sales1.request<PipelineRow[]>('GET', '/pipelines');
    const stages = pipelines.find((pipeline) => pipeline.isDefault)?.stages ?? [];
    const wonStage = stages.find((stage) => stage.stageType === 'won');
    if (!wonStage) throw new Error('the default pipeline has no won stage');
    const path = [...stages.filter((stage) => stage.stageType === 'open').slice(1), wonStage];
    for (const stage of path) {
      await page.click('[data-test=opportunity-move]');
      await page.locator('.el-dropdown-menu__item:visible', { hasText: stage.nameEn }).click();
      await expect.poll(() => page.textContent('[data-test=opportunity-stage]')).toBe(stage.nameEn);
    }
    const won = await sales1.request<{ status: string; stageId: number; amount: string }>('GET', `/opportunities/${converted.convertedOpportunityId}`);
    expect(won).toMatchObject({ status: 'won', stageId: wonStage.id, amount: '48000.50' });

    // The customer's timeline shows the opportunity and its moves, the win newest.
    await page.goto(`/customers/${converted.convertedCustomerId}`);
    await page.click('.el-tabs__item:has-text("Timeline")');
    const timeline = page.locator('[data-test=customer-timeline]');
    await timeline.locator('[data-test=timeline-entry]').first().waitFor();
    const first = timeline.locator('[data-test=timeline-entry]').first();
    expect(await first.getAttribute('data-kind')).toBe('stage');
    expect(await first.textContent()).toContain(`to ${wonStage.nameEn}`);
    expect(await timeline.textContent()).toContain(`Opportunity “${company} deal” opened`);

    const api = await sales1.request<{ items: Array<{ kind: string; title: string; details: { to?: string } }> }>(
      'GET',
      `/customers/${converted.convertedCustomerId}/timeline`,
    );
    expect(api.items[0]).toMatchObject({ kind: 'stage', title: `${company} deal`, details: { to: wonStage.nameEn } });
    expect(api.items.filter((item) => item.kind === 'stage')).toHaveLength(path.length + 1);

    // A call logged from the timeline shows at its top and among the follow-ups due today.
    const today = new Date().toISOString().slice(0, 10);
    await page.click('[data-test=activity-log]');
    await page.fill('[data-test=activity-field-subject]', `Kick-off call ${stamp}`);
    await page.fill('[data-test=activity-field-outcome]', 'Delivery dates agreed');
    await page.fill('[data-test=activity-dialog] .el-form-item:has-text("Next follow-up") input', today);
    await page.keyboard.press('Enter');
    await page.click('[data-test=activity-save]');
    await expect.poll(() => timeline.locator('[data-test=timeline-entry]').first().getAttribute('data-kind')).toBe('activity');
    expect(await timeline.locator('[data-test=timeline-entry]').first().textContent()).toContain(`Kick-off call ${stamp}`);
    await page.click('[data-test=nav-activities]');
    await page.click('[data-test=activity-due]');
    await expect.poll(() => page.locator('.el-table-v2').textContent()).toContain(`Kick-off call ${stamp}`);
    const due = await sales1.request<{ items: Array<{ subject: string; customerId: number; nextFollowUpOn: string }> }>(
      'GET',
      `/activities?followUpDueBy=${today}&customerId=${converted.convertedCustomerId}`,
    );
    expect(due.items).toMatchObject([{ subject: `Kick-off call ${stamp}`, nextFollowUpOn: today }]);
  });
});
