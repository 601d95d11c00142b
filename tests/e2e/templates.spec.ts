import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, stopServiceWorker, type LoadedExtension } from '../support/extension';
import { readReplica, replicaUrls, serveReplicas } from '../support/replicas';
import { ensureTagged, sidebarFrameOf, sidebarOf } from '../support/sidebar';

let ext: LoadedExtension;

/** Plain templates whose rendered text is their body: the editor's model must hold exactly this. */
const plain = [
  { title: 'Thanks (Arabic)', bodies: { ar: 'شكرًا لتواصلك معنا، سنرد عليك قريبًا' } },
  { title: 'Thanks (English)', bodies: { en: 'Thanks for reaching out, we will reply soon.' } },
  { title: 'Multi-line answer', bodies: { en: 'Hello,\n\nThanks for asking.\nBest regards' } },
  { title: 'Emoji and link', bodies: { en: 'Thanks 🙏🏽 see https://acme.example/help?x=1&y=2 👍' } },
];
const greeting = { title: 'Greeting', bodies: { ar: 'مرحبًا {{customer}}، شكرًا لك', en: 'Hi {{customer}}, thank you' } };

/** The comment in Arabic and the one in English on each replica's post, and how to press its Reply. */
const comments = {
  x: {
    arabic: {
      author: 'أحمد علي',
      reply: (p: Page) => p.locator('article[data-testid="tweet"]').nth(1).locator('[data-testid="reply"]').click(),
    },
    english: {
      author: 'Jane Doe',
      reply: (p: Page) => p.locator('article[data-testid="tweet"]').nth(2).locator('[data-testid="reply"]').click(),
    },
    // The last one: the reply dialog's once a Reply opened it, else the inline composer.
    composer: '[data-testid="tweetTextarea_0"][contenteditable="true"] >> nth=-1',
  },
  facebook: {
    arabic: {
      author: 'سارة محمد',
      reply: (p: Page) =>
        p
          .locator('div[role="article"][aria-label="Comment by سارة محمد"]')
          .getByRole('button', { name: 'Reply', exact: true })
          .first()
          .click(),
    },
    english: {
      author: 'John Smith',
      reply: (p: Page) =>
        p
          .locator('div[role="article"][aria-label="Comment by John Smith"]')
          .getByRole('button', { name: 'Reply', exact: true })
          .first()
          .click(),
    },
    composer: '[data-lexical-editor="true"][aria-label="Write a comment…"]',
  },
  instagram: {
    arabic: {
      author: 'layla.k',
      reply: (p: Page) =>
        p
          .locator('main .comment')
          .filter({ has: p.locator('a[href="/layla.k/"]') })
          .getByRole('button', { name: 'Reply' })
          .click(),
    },
    english: {
      author: 'mike_r',
      reply: (p: Page) =>
        p
          .locator('main .comment')
          .filter({ has: p.locator('a[href="/mike_r/"]') })
          .first()
          .getByRole('button', { name: 'Reply' })
          .click(),
    },
    composer: 'main form textarea',
  },
} as const;

test.beforeAll(async () => {
  ext = await launchWithExtension();
  await serveReplicas(ext.context);
  const options = await ext.context.newPage();
  await openExtensionPage(options, ext.extensionId, 'options.html');
  for (const template of [...plain, greeting]) {
    const saved = await sendToBackground(options, 'saveRecord', {
      store: 'templates',
      record: { ...template, clientId: null },
    });
    expect(saved.ok).toBe(true);
  }
  await options.close();
});
test.afterAll(async () => ext.dispose());

async function emptyComposer(page: Page, selector: string) {
  await page.locator(selector).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await readReplica(page)).modelText).toBe('');
}

for (const site of ['x', 'facebook', 'instagram'] as const) {
  test.describe(`on the ${site} replica`, () => {
    test('inserts Arabic, English, multi-line and emoji+URL templates into the editor model exactly', async () => {
      const page = await ext.context.newPage();
      await page.goto(replicaUrls[site].postWithComments);
      await ensureTagged(page, `Templates client on ${site}`);
      const sidebar = sidebarOf(page);
      for (const template of plain) {
        await emptyComposer(page, comments[site].composer);
        await sidebar.getByRole('button', { name: new RegExp(`^${template.title.replace(/[()]/g, '\\$&')}`) }).click();
        await expect(sidebar.getByRole('status')).toHaveText('Inserted.');
        const body = Object.values(template.bodies)[0]!;
        await expect.poll(async () => (await readReplica(page)).modelText, { message: template.title }).toBe(body);
        expect((await readReplica(page)).submitEnabled).toBe(true);
      }
      // Counted per template, client and platform.
      const uses = await sendToBackground(await optionsPage(), 'listRecords', { store: 'uses' });
      expect(uses.ok && (uses.value as { platform: string }[]).filter((u) => u.platform === site)).toHaveLength(
        plain.length,
      );
      await page.close();
    });

    test('answers in the language of the comment being replied to, greeting its author', async () => {
      const page = await ext.context.newPage();
      await page.goto(replicaUrls[site].postWithComments);
      const sidebar = sidebarOf(page);
      for (const [which, expected] of [
        ['arabic', (name: string) => `مرحبًا ${name}، شكرًا لك`],
        ['english', (name: string) => `Hi ${name}, thank you`],
      ] as const) {
        await emptyComposer(page, comments[site].composer);
        const comment = comments[site][which];
        await comment.reply(page);
        const before = (await readReplica(page)).modelText ?? '';
        await sidebar.getByRole('button', { name: /^Greeting/ }).click();
        await expect(sidebar.getByRole('status')).toHaveText('Inserted.');
        await expect
          .poll(async () => (await readReplica(page)).modelText, { message: which })
          .toBe(before + expected(comment.author));
      }
      await page.close();
    });
  });
}

test('an unresolved variable is shown and never inserted', async () => {
  const options = await optionsPage();
  await sendToBackground(options, 'saveRecord', {
    store: 'templates',
    record: { title: 'Signed', bodies: { en: 'Thanks, {{agent}}' }, clientId: null },
  });
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.postWithComments);
  await emptyComposer(page, comments.x.composer);
  const sidebar = sidebarOf(page);
  await sidebar.getByLabel('Search templates').fill('signed');
  await sidebar.getByRole('button', { name: /^Signed/ }).click();
  await expect(sidebar.getByRole('status')).toContainText('fill in {{agent}} first');
  expect((await readReplica(page)).modelText).toBe('');
  await sendToBackground(options, 'updateSettings', { agentName: 'Mona' });
  await sidebar.getByRole('button', { name: /^Signed/ }).click();
  await expect.poll(async () => (await readReplica(page)).modelText).toBe('Thanks, Mona');
  await page.close();
});

async function optionsPage(): Promise<Page> {
  const existing = ext.context.pages().find((p) => p.url().includes('/options.html'));
  if (existing) return existing;
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html');
  return page;
}

test('saves the text written in the reply box as a template for the open client', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.instagram.postWithComments);
  await ensureTagged(page, 'Templates client on instagram');
  await emptyComposer(page, comments.instagram.composer);
  await page.keyboard.type('نشكرك على سؤالك، التوصيل متاح يوميًا');
  const sidebar = sidebarOf(page);
  await sidebar.getByText('Save the reply box text as a template').click();
  const form = sidebar.getByRole('form', { name: 'Save the reply box text as a template' });
  await form.getByLabel('Template title').fill('Delivery (Arabic)');
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved as “Delivery (Arabic)”.');
  const templates = await sendToBackground(await optionsPage(), 'listRecords', { store: 'templates' });
  const saved =
    templates.ok &&
    (
      templates.value as {
        title: string;
        bodies: Record<string, string>;
        clientId: string | null;
        platforms: string[];
      }[]
    ).find((t) => t.title === 'Delivery (Arabic)');
  expect(saved).toMatchObject({ bodies: { ar: 'نشكرك على سؤالك، التوصيل متاح يوميًا' }, platforms: ['instagram'] });
  expect(saved && saved.clientId).toBeTruthy();
  await expect(sidebar.getByRole('button', { name: /^Delivery \(Arabic\)/ })).toBeVisible();
  await page.close();
});

// Issue 14 item 5 and issue 16 item 5: keyboard first, across the sidebar's frame. The command is pressed through
// the worker's hook (Chrome lets no test press a real extension shortcut); it counts as one keystroke.
test('from a focused reply box to the right template inserted in at most 4 keystrokes; Esc returns without inserting', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.postWithComments);
  await page.bringToFront();
  await emptyComposer(page, comments.x.composer); // the reply box is focused
  const keys: string[] = [];
  const command = async () => {
    keys.push('focus-templates command');
    await ext.worker.evaluate(() =>
      (globalThis as never as { waslaCommand: (c: string) => Promise<void> }).waslaCommand('focus-templates'),
    );
  };
  const press = async (key: string) => {
    keys.push(key);
    await page.keyboard.press(key);
  };
  const search = sidebarOf(page).getByLabel('Search templates');
  await command();
  await expect(search).toBeFocused();
  await press('m');
  await press('u');
  await press('Enter');
  expect(keys.length).toBeLessThanOrEqual(4);
  const body = plain[2]!.bodies.en!;
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(body);
  // Focus is back in the reply box with the caret at its end: the next key types after the template.
  await page.keyboard.type('!');
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(`${body}!`);

  await command();
  await expect(search).toBeFocused();
  await page.keyboard.press('t');
  await page.keyboard.press('Escape');
  await expect(search).not.toBeFocused();
  await page.keyboard.type('?');
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(`${body}!?`);
  await page.close();
});

/** Runs axe-core inside the sidebar's frame (its own document) and lists what it finds. */
async function axeViolations(page: Page): Promise<string[]> {
  const frame = page.frames().find((candidate) => new URL(candidate.url()).pathname === '/sidebar.html');
  if (!frame) throw new Error('no sidebar frame');
  if (!(await frame.evaluate(() => 'axe' in window)))
    await frame.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await frame.evaluate(() =>
    (
      window as never as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

// Issue 16 item 6 and issue 19 item 8: the template search referred to a list that is not there when nothing matches.
test('axe finds no violation in the sidebar in English or Arabic, light or dark, also when no template matches', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.facebook.postWithComments);
  await ensureTagged(page, 'Accessible client');
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('button', { name: /^Greeting/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await sidebar.getByLabel('Search templates').fill('nothing matches this');
  await expect(sidebar.getByText('No templates match.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const options = await ext.context.newPage();
  await openExtensionPage(options, ext.extensionId, 'options.html');
  await sendToBackground(options, 'updateSettings', { language: 'ar' });
  await expect(sidebarFrameOf(page).getByRole('complementary', { name: 'وصلة' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await sidebarFrameOf(page).getByLabel('البحث في القوالب').fill('');
  expect(await axeViolations(page)).toEqual([]);
  // Issue 21: the design tokens' dark half, forced by the Theme setting, in both languages.
  await sendToBackground(options, 'updateSettings', { theme: 'dark' });
  await expect(sidebarFrameOf(page).locator('.wasla-root')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page)).toEqual([]);
  await sendToBackground(options, 'updateSettings', { language: 'en' });
  await expect(sidebarFrameOf(page).getByRole('complementary', { name: 'Wasla' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await sendToBackground(options, 'updateSettings', { theme: 'auto' });
  await options.close();
  await page.close();
});

/** Whether the extension's service worker runs now (Chrome lists a running worker as a target). */
async function workerRunning(): Promise<boolean> {
  const session = await ext.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  await session.detach();
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
}

// The first search after Chrome stopped the worker waited for it to wake and restore its index (~1.6 s over
// 10,000 templates): the sidebar's frame now answers from its own index, built in its idle time. Last in this
// file: `ext.worker` is the stopped worker afterwards.
test('with the service worker stopped, a typed query lists the template without waking the worker, also a new one', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.postWithComments);
  const sidebar = sidebarOf(page);
  const search = sidebar.getByLabel('Search templates');
  const indexState = sidebarFrameOf(page).locator('html');
  await expect(indexState).toHaveAttribute('data-template-index', 'ready');

  await stopServiceWorker(ext);
  await expect.poll(workerRunning).toBe(false);
  await search.fill('multi line');
  await expect(sidebar.getByRole('button', { name: /^Multi-line answer/ })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: /^Greeting/ })).toHaveCount(0);
  expect(await workerRunning()).toBe(false);

  // A template saved elsewhere: the frame reads the templates again and finds it with the worker stopped.
  const frame = page.frames().find((candidate) => new URL(candidate.url()).pathname === '/sidebar.html')!;
  await frame.evaluate(() => {
    const seen: string[] = [];
    (window as never as { indexStates: string[] }).indexStates = seen;
    new MutationObserver(() => seen.push(document.documentElement.dataset.templateIndex ?? '')).observe(
      document.documentElement,
      { attributes: true, attributeFilter: ['data-template-index'] },
    );
  });
  const saved = await sendToBackground(await optionsPage(), 'saveRecord', {
    store: 'templates',
    record: { title: 'Quokka sighting', bodies: { en: 'We saw a quokka near the store.' }, clientId: null },
  });
  expect(saved.ok).toBe(true);
  // Stale from the change's notice until the templates are read again.
  await expect
    .poll(() => frame.evaluate(() => (window as never as { indexStates: string[] }).indexStates.join(' ')))
    .toBe('pending ready');
  await expect(sidebar.getByRole('button', { name: /^Multi-line answer/ })).toBeVisible();
  await stopServiceWorker(ext);
  await expect.poll(workerRunning).toBe(false);
  await search.fill('quokka');
  await expect(sidebar.getByRole('button', { name: /^Quokka sighting/ })).toBeVisible();
  expect(await workerRunning()).toBe(false);
  await page.close();
});
