import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sidebarOf } from '../support/sidebar';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { replicaUrls, serveReplicas } from '../support/replicas';

let ext: LoadedExtension;

test.beforeAll(async () => {
  ext = await launchWithExtension();
  await serveReplicas(ext.context);
});
test.afterAll(async () => ext.dispose());

test('the background answers a typed message', async () => {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html');
  const reply = await sendToBackground(page, 'ping');
  expect(reply.ok).toBe(true);
  if (reply.ok) expect(Date.parse(reply.value.at)).toBeGreaterThan(Date.now() - 60_000);
  await page.close();
});

test('the background refuses a malformed request and writes nothing', async () => {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html');
  const refused = await sendToBackground(page, 'saveRecord', { store: 'nonsense' as never, record: {} });
  // The request's own schema (utils/protocol.ts) says which field is wrong, what it should hold and what it held.
  expect(refused).toEqual({
    ok: false,
    problems: [
      {
        code: 'invalidValue',
        path: 'store',
        expected: {
          key: 'oneOf',
          value: 'clients | contracts | accounts | templates | entries | labels | snapshots | uses',
        },
        found: { key: 'textValue', value: 'nonsense' },
      },
    ],
  });
  const invalidClient = await sendToBackground(page, 'saveRecord', {
    store: 'clients',
    record: { nameAr: '', nameEn: '' },
  });
  expect(invalidClient).toEqual({ ok: false, problems: [{ code: 'clientName', path: 'nameAr' }] });
  const clients = await sendToBackground(page, 'listRecords', { store: 'clients', includeDeleted: true });
  expect(clients).toEqual({ ok: true, value: [] });
  await page.close();
});

for (const site of ['facebook', 'instagram', 'x'] as const) {
  test(`the sidebar mounts on the ${site} replica in its own extension frame`, async () => {
    const page = await ext.context.newPage();
    await page.goto(replicaUrls[site].profileA);
    await expect(sidebarOf(page)).toBeVisible();
    // The page holds only the frame (issue 16): an extension page it cannot read.
    const frameUrl = await page.evaluate(
      () => document.querySelector('wasla-sidebar')?.shadowRoot?.querySelector('iframe')?.src ?? null,
    );
    expect(frameUrl).toMatch(/^chrome-extension:\/\/[^/]+\/sidebar\.html$/);
    // Web pages cannot message the extension: no externally_connectable, so the page sees no runtime.
    const pageCanMessage = await page.evaluate(
      () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
    );
    expect(pageCanMessage).toBe('undefined');
    await page.close();
  });
}

test('the options page restores a backup and refuses a bad one by path, in Arabic when chosen', async () => {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html', '#backup');
  page.on('dialog', (dialog) => void dialog.accept());
  const clientId = '00000000-0000-4000-8000-0000000000c1';
  const stamp = '2026-11-01T08:00:00.000Z';
  const good = {
    format: 'wasla-backup',
    version: 1,
    exportedAt: stamp,
    data: {
      clients: [{ id: clientId, createdAt: stamp, updatedAt: stamp, deletedAt: null, nameAr: 'متجر', nameEn: 'Shop' }],
    },
  };
  const goodPath = join(tmpdir(), `wasla-good-${Date.now()}.json`);
  writeFileSync(goodPath, JSON.stringify(good));
  await page.getByLabel('Import backup').setInputFiles(goodPath);
  await expect(page.getByRole('status')).toHaveText('Backup restored. Records: 1.');

  await sendToBackground(page, 'updateSettings', { language: 'ar' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const badPath = join(tmpdir(), `wasla-bad-${Date.now()}.json`);
  writeFileSync(
    badPath,
    JSON.stringify({ ...good, data: { clients: [{ ...good.data.clients[0], createdAt: 'yesterday' }] } }),
  );
  await page.getByLabel('استيراد نسخة احتياطية').setInputFiles(badPath);
  await expect(page.getByRole('alert')).toContainText('العملاء › رقم ١ › وقت الإنشاء: ليس تاريخًا ووقتًا صالحين');
  const clients = await sendToBackground(page, 'listRecords', { store: 'clients' });
  expect(clients.ok && clients.value).toHaveLength(1);
  await sendToBackground(page, 'updateSettings', { language: 'en' });
  await page.close();
});
