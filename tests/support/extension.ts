import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from './chromium';

export const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  /** Closes the browser; the profile stays until `dispose` so a test can reopen it (browser restart). */
  close(): Promise<void>;
  dispose(): Promise<void>;
}

/** Launches Chromium with the built extension in a (new or given) persistent profile. */
export async function launchWithExtension(
  options: { profileDir?: string; headless?: boolean } = {},
): Promise<LoadedExtension> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'wasla-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [...quietChromiumArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profileDir,
    close: () => context.close(),
    dispose: async () => {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Stops the extension's service worker the way Chrome does when it idles (recipe: shared/ENVIRONMENT.md). */
export async function stopServiceWorker(ext: LoadedExtension): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('persistent context has no browser handle');
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const targets = targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
  for (const target of targets) await session.send('Target.closeTarget', { targetId: target.targetId });
  await session.detach();
}
