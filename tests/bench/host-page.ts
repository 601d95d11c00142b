// What the host-page benches share (host-overhead.bench.ts, host-agent-trace.bench.ts, heap-breakdown.ts): the
// X replica's client profile as the page users meet, copies of the extension with other content scripts, and
// reads of the page that leave nothing of Playwright's in it.
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Frame, Page } from '@playwright/test';
import { syncStatusOff, type SyncStatus } from '@/utils/sync/status';
import { sendToBackground } from '../support/background';
import { extensionDir } from '../support/extension';

/**
 * Reads a value in the page's main world through CDP itself: Playwright's own evaluate would first inject its
 * utility script into the page, whose heap and script time would then count in whichever arm evaluated.
 */
export async function evaluate(cdp: CDPSession, expression: string): Promise<unknown> {
  const { result } = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as {
    result: { value?: unknown };
  };
  return result.value;
}

/** A content script that does nothing but touch the DOM once: the floor any extension pays on a page. */
export const oneLineContentScript = 'document.documentElement.dataset.floor = "1";';

/** A copy of the built extension whose three content scripts are `source` (the caller removes it). */
export function extensionWithContentScript(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wasla-part-'));
  cpSync(extensionDir, dir, { recursive: true });
  for (const file of readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js')))
    writeFileSync(join(dir, 'content-scripts', file), `${source}\n`);
  return dir;
}

/** What the background stores once a team sync has run (the sidebar shows its sync line from this). */
export const syncedStatus: SyncStatus = { ...syncStatusOff, state: 'synced', lastSyncedAt: '2026-11-27T08:00:00.000Z' };

/** Makes the X replica's profile a client's page (client, contract, tag) from an extension page, as options would. */
export async function tagAsClient(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const client = await sendToBackground(options, 'saveRecord', {
    store: 'clients',
    record: { nameAr: 'عميل', nameEn: 'Client', color: '#0f766e', notes: '', archived: false },
  });
  if (!client.ok) throw new Error('the bench could not create its client');
  const clientId = (client.value as { id: string }).id;
  const contract = await sendToBackground(options, 'saveRecord', {
    store: 'contracts',
    record: { clientId, startsOn: '2020-01-01', monthlyHours: 80, minDailyHours: 4 },
  });
  if (!contract.ok) throw new Error('the bench could not give its client a contract');
  const tagged = await sendToBackground(options, 'tagAccount', {
    platform: 'x',
    key: 'wasla_demo',
    handle: 'wasla_demo',
    displayName: 'Wasla Demo',
    clientId,
  });
  if (!tagged.ok) throw new Error('the bench could not tag its account');
  await options.close();
}

/** The sidebar's frame, once the page agent has placed it. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 600; i++) {
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/sidebar.html'));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no sidebar frame in 60 s');
}
