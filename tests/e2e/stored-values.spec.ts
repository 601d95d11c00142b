// Corrupted extension storage in real Chromium (issue 18, one storage module): the background's guard rewrites a
// value that does not fit its schema (utils/storage-items.ts, guardStoredValues), and the sidebar's light reader
// never passes one on meanwhile (utils/overlay/stored-reader.ts).
import { expect, test } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { replicaUrls, serveReplicas } from '../support/replicas';
import { sidebarOf } from '../support/sidebar';
import { defaultSettings } from '@/utils/stored-values';
import { syncStatusOff } from '@/utils/sync/status';

let ext: LoadedExtension;
test.beforeAll(async () => {
  ext = await launchWithExtension();
  await serveReplicas(ext.context);
});
test.afterAll(async () => ext.dispose());

const stored = (key: string) => ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

test('a corrupted setting is rewritten from its schema, keeping the user’s other settings', async () => {
  await ext.worker.evaluate(() =>
    chrome.storage.local.set({ settings: { language: 'ar', theme: 'purple', agentName: 42, idleMinutes: 5 } }),
  );
  await expect.poll(() => stored('settings')).toEqual({ ...defaultSettings, language: 'ar' });
  await ext.worker.evaluate(() => chrome.storage.local.set({ settings: 'nonsense' }));
  await expect.poll(() => stored('settings')).toEqual(defaultSettings);
});

test('the sidebar keeps working over a corrupted sync status and open state, which the background then repairs', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.reserved);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByText('Not a client page')).toBeVisible();
  await ext.worker.evaluate(() =>
    chrome.storage.local.set({ syncStatus: { state: 'exploded', pending: 'many' }, sidebarOpen: ['x'] }),
  );
  await expect.poll(() => stored('syncStatus')).toEqual(syncStatusOff);
  await expect.poll(() => stored('sidebarOpen')).toEqual({});
  await expect(sidebar.getByText('Not a client page')).toBeVisible();
  await expect(sidebar.getByRole('group', { name: 'Team sync' })).toHaveCount(0);
  await page.close();
});
