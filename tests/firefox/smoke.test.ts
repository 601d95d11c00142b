// Firefox smoke suite: the Firefox build (.output/firefox-mv2) in Firefox ESR on the replicas at the sites'
// real origins. Run by `npm run test:firefox` (node:test through tsx), after `wxt build -b firefox` and the
// replicas' build. One browser for the whole file: a Firefox start costs seconds on two busy cores.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { TimeEntry } from '@/utils/model';
import type { ReplicaWindow } from '../replicas/shared/replica-api';
import { replicaUrls, type ReplicaSite } from '../support/replicas';
import { getByRole, textOf, waitFor, waitForText } from './dom';
import { launchFirefox, restartBackground, sendToBackground, type Firefox } from './firefox';
import { sidebarOf } from './sidebar';

/** A hung browser fails the test, not the CI job; each test takes seconds. */
const limit = { timeout: 120_000 };

let firefox: Firefox;
/** An options page kept open to talk to the background. */
let extensionPage: Page;
let clientId: string;

const clientName = 'Nile Foods';
/** Whom each replica's profileA and post belong to, as the page shows it. */
const accounts = {
  x: { key: 'wasla_demo', handle: 'wasla_demo', displayName: 'Wasla Demo 🌙' },
  facebook: { key: '100064000000001', handle: 'wasla.demo', displayName: 'Wasla Demo' },
  instagram: { key: 'wasla.demo', handle: 'wasla.demo', displayName: 'Wasla Demo' },
} satisfies Record<ReplicaSite, unknown>;
/** Each replica's composer, by the role and name the real site gives it. */
const composers = {
  x: { role: 'textbox', name: 'Post text' },
  facebook: { role: 'textbox', name: 'Write a comment…' },
  instagram: { role: 'textbox', name: 'Add a comment…' },
} satisfies Record<ReplicaSite, unknown>;
const templates = [
  { title: 'Thanks (Arabic)', bodies: { ar: 'شكرًا لتواصلك معنا، سنرد عليك قريبًا' } },
  { title: 'Multi-line answer', bodies: { en: 'Hello,\n\nThanks for asking.\nBest regards' } },
];

before(async () => {
  firefox = await launchFirefox();
  extensionPage = await firefox.openExtensionPage('options.html');
  const client = await sendToBackground(extensionPage, 'saveRecord', {
    store: 'clients',
    record: { nameEn: clientName, nameAr: 'أغذية النيل' },
  });
  assert.ok(client.ok, JSON.stringify(client));
  clientId = (client.value as { id: string }).id;
  for (const [platform, account] of Object.entries(accounts)) {
    const tagged = await sendToBackground(extensionPage, 'tagAccount', {
      platform: platform as ReplicaSite,
      ...account,
      clientId,
    });
    assert.ok(tagged.ok, JSON.stringify(tagged));
  }
  for (const template of templates) {
    const saved = await sendToBackground(extensionPage, 'saveRecord', {
      store: 'templates',
      record: { ...template, clientId: null },
    });
    assert.ok(saved.ok, JSON.stringify(saved));
  }
}, limit);
after(async () => firefox?.close());

/** A template's button: its accessible name starts with the template's title. */
const startingWith = (title: string) => new RegExp(`^${title.replace(/[()]/g, '\\$&')}`);

async function replicaState(page: Page) {
  return page.evaluate(() => {
    const api = (window as unknown as ReplicaWindow).__replica;
    return { modelText: api.modelText(), submitEnabled: api.submitEnabled() };
  });
}

/** Empties the site's reply box, presses the template's button in the sidebar and waits for the editor's model. */
async function insertInto(
  page: Page,
  sidebar: Awaited<ReturnType<typeof sidebarOf>>,
  site: keyof typeof composers,
  template: (typeof templates)[number],
) {
  const composer = await getByRole(page, composers[site]);
  await composer.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Delete');
  await waitFor('an empty composer', async () => (await replicaState(page)).modelText === '');
  await sidebar.click({ role: 'button', name: startingWith(template.title) });
  await sidebar.waitForText({ role: 'status' }, 'Inserted.');
  const body = Object.values(template.bodies)[0]!;
  await waitFor(
    `the ${site} model to hold "${template.title}"`,
    async () => (await replicaState(page)).modelText === body,
  );
}

for (const site of ['x', 'facebook', 'instagram'] as const) {
  test(`${site}: the sidebar appears and names the account and its client`, limit, async () => {
    const page = await firefox.openReplica(replicaUrls[site].profileA);
    const sidebar = await sidebarOf(page);
    const account = await sidebar.get({ role: 'region', name: 'Open account' });
    const shown = await textOf(account);
    assert.ok(shown.includes(accounts[site].displayName), `account card reads "${shown}"`);
    assert.ok(shown.includes(`@${accounts[site].handle}`), `account card reads "${shown}"`);
    // The client comes from the background over runtime messaging: content script ↔ background works.
    await sidebar.waitForText({ role: 'region', name: 'Client tag' }, new RegExp(clientName));
    await page.close();
  });

  test(`${site}: templates insert into the editor's own model`, limit, async () => {
    const page = await firefox.openReplica(replicaUrls[site].postWithComments);
    const sidebar = await sidebarOf(page);
    for (const template of templates) {
      await insertInto(page, sidebar, site, template);
      assert.equal((await replicaState(page)).submitEnabled, true, 'the site’s send control enables, as after typing');
    }
    await page.close();
  });
}

test(
  'after a background restart the open sidebar still inserts (its relay to the page is opened again)',
  limit,
  async () => {
    const page = await firefox.openReplica(replicaUrls.x.postWithComments);
    const sidebar = await sidebarOf(page);
    const template = templates[0]!;
    await sidebar.get({ role: 'button', name: startingWith(template.title) });
    await restartBackground(extensionPage);
    await insertInto(page, sidebar, 'x', template);
    await page.close();
  },
);

function badgeText(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(() =>
    (
      globalThis as unknown as { browser: { browserAction: { getBadgeText(details: object): Promise<string> } } }
    ).browser.browserAction.getBadgeText({}),
  );
}

async function allEntries(): Promise<TimeEntry[]> {
  const listed = await sendToBackground(extensionPage, 'listRecords', { store: 'entries' });
  assert.ok(listed.ok);
  return listed.value as TimeEntry[];
}

test(
  'a timer started in the sidebar survives a background restart and stops with the right duration',
  limit,
  async () => {
    const page = await firefox.openReplica(replicaUrls.x.profileA);
    const sidebar = await sidebarOf(page);
    const start = await sidebar.get({ role: 'button', name: 'Start timer for this client' });
    const startedAt = Date.now();
    await start.click();
    await sidebar.get({ role: 'button', name: 'Stop timer' });

    const popup = await firefox.openExtensionPage('popup.html');
    await getByRole(popup, { role: 'timer', name: 'Elapsed time' });
    // The toolbar badge shows the elapsed time (MV2: browserAction; the MV3 `action` does not exist here).
    await waitFor('the badge to show the elapsed time', async () => /^0:0\d$/.test(await badgeText(popup)));
    await restartBackground(popup);
    const status = await sendToBackground(popup, 'getTimer');
    assert.ok(status.ok && status.value.timer?.clientId === clientId, `after restart: ${JSON.stringify(status)}`);

    // Stopped from the popup, which the restarted background answers.
    await popup.close();
    const again = await firefox.openExtensionPage('popup.html');
    const stop = await getByRole(again, { role: 'button', name: 'Stop timer' });
    const stoppedBefore = Date.now();
    await stop.click();
    await waitForText(again, { role: 'region', name: 'Timer' }, /No timer running\./);
    const stoppedAfter = Date.now();
    const entries = (await allEntries()).filter((entry) => entry.source === 'timer');
    assert.equal(entries.length, 1);
    const entry = entries[0]!;
    assert.ok(entry.end, 'the entry is closed');
    // The entry spans the clicks: it starts within the start click's round trip and ends within the stop's.
    const startMs = Date.parse(entry.start);
    const endMs = Date.parse(entry.end!);
    assert.ok(startMs >= startedAt - 1000 && startMs <= stoppedBefore, `start ${entry.start}`);
    assert.ok(endMs >= stoppedBefore - 1000 && endMs <= stoppedAfter + 1000, `end ${entry.end}`);
    assert.equal(await badgeText(again), '');
    // The sidebar hears about the stop (the page was open throughout the restart).
    await sidebar.get({ role: 'button', name: 'Start timer for this client' });
    await again.close();
    await page.close();
  },
);

test('the popup opens and shows the timesheet with today’s entry', limit, async () => {
  const popup = await firefox.openExtensionPage('popup.html');
  await getByRole(popup, { role: 'main', name: 'Timesheet' });
  const today = await getByRole(popup, { role: 'list', name: 'Today’s time entries'.replace('’', "'") });
  assert.match(await textOf(today), new RegExp(clientName));
  await popup.close();
});

test('a backup exports to a file and imports back', limit, async () => {
  const page = await firefox.openExtensionPage('options.html#backup');
  await (await getByRole(page, { role: 'button', name: 'Export backup' })).click();
  const exported = await waitForText(page, { role: 'status' }, /^Backup saved\. Records: \d+\.$/);
  const count = Number(/\d+/.exec(exported)![0]);
  const file = await waitFor('the backup download', async () => {
    const names = readdirSync(firefox.downloadsDir).filter((name) => /^wasla-backup-.*\.json$/.test(name));
    return names[0] ? join(firefox.downloadsDir, names[0]) : null;
  });
  const backup = await waitFor('the download to finish', async () => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as {
        format: string;
        data: { clients: { id: string; nameEn: string }[] };
      };
    } catch {
      return null;
    }
  });
  assert.equal(backup.format, 'wasla-backup');
  assert.deepEqual(
    backup.data.clients.map((c) => c.nameEn),
    [clientName],
  );

  // Import the same file with one more client in it: the import restores all of it.
  const [nile] = backup.data.clients;
  const imported = {
    ...backup,
    data: {
      ...backup.data,
      clients: [
        nile!,
        { ...nile!, id: '00000000-0000-4000-8000-0000000000f1', nameEn: 'Delta Dates', nameAr: 'تمور الدلتا' },
      ],
    },
  };
  const importPath = join(firefox.downloadsDir, 'import.json');
  writeFileSync(importPath, JSON.stringify(imported));
  page.on('dialog', (dialog) => void dialog.accept());
  const input = await getByRole(page, { role: 'file', name: 'Import backup' });
  await (input as unknown as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(importPath);
  await waitForText(page, { role: 'status' }, `Backup restored. Records: ${count + 1}.`);
  const clients = await sendToBackground(extensionPage, 'listRecords', { store: 'clients' });
  assert.ok(clients.ok);
  assert.deepEqual((clients.value as { nameEn: string }[]).map((c) => c.nameEn).sort(), ['Delta Dates', clientName]);
  await page.close();
});
