import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from './chromium';
import { serveReplicas } from './replicas';

/**
 * A Playwright `test` with one browser (no extension), context and page per worker, serving the replicas:
 * every test starts with page.goto, a full load that resets the replica, and reusing the page keeps a file
 * fast on a busy two-core machine.
 */
export const replicaTest = base.extend<Record<never, never>, { replicaContext: BrowserContext; replicaPage: Page }>({
  replicaContext: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring: none
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumArgs });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await serveReplicas(context);
      await use(context);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  replicaPage: [async ({ replicaContext }, use) => use(await replicaContext.newPage()), { scope: 'worker' }],
});
