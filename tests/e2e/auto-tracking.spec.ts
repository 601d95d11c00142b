import { expect, test } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { navigateInSite } from '../support/navigation';
import { replicaUrls, serveReplicas } from '../support/replicas';
import { allEntries, createClient } from '../support/timer';

let ext: LoadedExtension;
test.beforeAll(async () => {
  ext = await launchWithExtension();
  await serveReplicas(ext.context);
});
test.afterAll(async () => ext.dispose());

async function tag(page: import('@playwright/test').Page, platform: 'x', key: string, clientId: string) {
  const saved = await sendToBackground(page, 'tagAccount', { platform, key, handle: key, displayName: key, clientId });
  expect(saved.ok).toBe(true);
}

test('automatic mode starts the client timer on its page, switches on another client page, never runs two', async () => {
  const options = await ext.context.newPage();
  await openExtensionPage(options, ext.extensionId, 'options.html');
  const acme = await createClient(options, 'Acme Store');
  const wasla = await createClient(options, 'Wasla Demo');
  await tag(options, 'x', 'acme_store', acme);
  await tag(options, 'x', 'wasla_demo', wasla);
  await sendToBackground(options, 'updateSettings', { autoTracking: 'automatic' });

  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.profileA); // wasla_demo
  await expect
    .poll(async () => (await sendToBackground(options, 'getTimer')).ok && (await sendToBackground(options, 'getTimer')))
    .toMatchObject({
      value: { timer: { clientId: wasla } },
    });
  await navigateInSite(page, replicaUrls.x.profileB); // acme_store
  await expect
    .poll(async () => {
      const status = await sendToBackground(options, 'getTimer');
      return status.ok ? status.value.timer?.clientId : null;
    })
    .toBe(acme);
  const entries = await allEntries(options);
  expect(entries.filter((e) => e.end === null)).toHaveLength(1);
  expect(entries.map((e) => [e.clientId, e.source])).toEqual([
    [wasla, 'auto'],
    [acme, 'auto'],
  ]);
  await sendToBackground(options, 'stopTimer');
  await page.close();
});

test('offer mode asks before starting and changes nothing by itself', async () => {
  const options = await ext.context.newPage();
  await openExtensionPage(options, ext.extensionId, 'options.html');
  await sendToBackground(options, 'updateSettings', { autoTracking: 'offer' });
  const before = (await allEntries(options)).length;
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.profileA);
  await expect
    .poll(() => ext.worker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all))))
    .toContainEqual(expect.stringMatching(/^wasla-auto-start:/));
  expect(
    (await sendToBackground(options, 'getTimer')).ok && (await sendToBackground(options, 'getTimer')),
  ).toMatchObject({ value: { timer: null } });
  expect(await allEntries(options)).toHaveLength(before);
  await sendToBackground(options, 'updateSettings', { autoTracking: 'off' });
  await page.close();
});
