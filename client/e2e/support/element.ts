import type { Locator, Page } from 'playwright-core';

/**
 * Element Plus widgets as a user works them: selects open a popup (teleported to the body) and
 * the option is clicked there.
 */
export async function chooseOption(page: Page, select: Locator, label: string | RegExp): Promise<void> {
  await select.click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
}

/** A filterable remote select: type, wait for the answer, pick the match. */
export async function searchAndChoose(page: Page, select: Locator, query: string, label: string | RegExp = query): Promise<void> {
  await select.click();
  await select.locator('input').fill(query);
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
}

/** A tree select: open it and click the node. */
export async function chooseTreeNode(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.locator('.el-tree-node__content:visible', { hasText: label }).first().click();
}

/** The form item (label, input, error) that holds the element. */
export function formItem(page: Page, testId: string): Locator {
  return page.locator(`.el-form-item:has([data-test="${testId}"])`);
}
