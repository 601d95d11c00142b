import { expect, type Page } from '@playwright/test';

export const sidebarOf = (page: Page) => page.getByRole('complementary', { name: 'Wasla' });

/** Tags the open account to a new client from the sidebar, unless it already is tagged. */
export async function ensureTagged(page: Page, clientName: string): Promise<void> {
  const sidebar = sidebarOf(page);
  const untag = sidebar.getByRole('button', { name: 'Untag this account' });
  const create = sidebar.getByRole('button', { name: 'New client' });
  await expect(untag.or(create)).toBeVisible();
  if (await untag.isVisible()) return;
  await create.click();
  const form = sidebar.getByRole('form', { name: 'New client' });
  await form.getByLabel('Name in English').fill(clientName);
  await form.getByRole('button', { name: 'Create client and tag' }).click();
  await expect(untag).toBeVisible();
}
