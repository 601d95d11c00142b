import { expect, type FrameLocator, type Page } from '@playwright/test';

/**
 * The sidebar's frame (issue 16): an extension page in an iframe the content script places. Tests reach what is
 * inside through Playwright's frames, as assistive tools do; the page's own DOM holds only the frame.
 */
export const sidebarFrameOf = (page: Page): FrameLocator => page.frameLocator('wasla-sidebar iframe');

/** The sidebar landmark, inside its frame; every locator built from it stays inside the sidebar. */
export const sidebarOf = (page: Page) => sidebarFrameOf(page).getByRole('complementary', { name: 'Wasla' });

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
