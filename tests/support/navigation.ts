import type { Page } from '@playwright/test';

/** In-site navigation as a user's click on a link does it: the replica turns it into history.pushState. */
export async function navigateInSite(page: Page, url: string): Promise<void> {
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
  }, url);
  await page.waitForURL(url);
}
