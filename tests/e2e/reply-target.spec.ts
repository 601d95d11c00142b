// Issue 14, item 4: the comment being answered. On each replica (rebuilt on the real sites' structure: no
// made-up attribute marks the comment), the user opens a comment's own reply box the way the site offers it —
// Facebook's reply box under the comment starting with a mention of its author, X's reply dialog holding the
// tweet, Instagram's "@user " typed into the post's box — and inserts a bilingual template: `{{customer}}` is
// that comment's author and the reply's language is the comment's, through the real editors. Focusing another
// reply box follows it; the post's own box answers the post's author.
import { expect, test, type Page } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { readReplica, replicaUrls, serveReplicas } from '../support/replicas';
import { ensureTagged, sidebarOf } from '../support/sidebar';

let ext: LoadedExtension;

const greeting = {
  title: 'Reply target greeting',
  bodies: { ar: 'أهلًا {{customer}}، شكرًا لك', en: 'Hello {{customer}}, thanks' },
};
const english = (name: string) => `Hello ${name}, thanks`;
const arabic = (name: string) => `أهلًا ${name}، شكرًا لك`;

test.beforeAll(async () => {
  ext = await launchWithExtension();
  await serveReplicas(ext.context);
  const options = await ext.context.newPage();
  await openExtensionPage(options, ext.extensionId, 'options.html');
  const saved = await sendToBackground(options, 'saveRecord', {
    store: 'templates',
    record: { ...greeting, clientId: null },
  });
  expect(saved.ok).toBe(true);
  await options.close();
});
test.afterAll(async () => ext.dispose());

async function insertGreeting(page: Page): Promise<void> {
  const sidebar = sidebarOf(page);
  await sidebar.getByLabel('Search templates').fill('Reply target');
  await sidebar.getByRole('button', { name: /^Reply target greeting/ }).click();
  await expect(sidebar.getByRole('status')).toHaveText('Inserted.');
}

const mentions = (page: Page) =>
  page.evaluate(() => (window as unknown as { __replica: { mentions(): string[] } }).__replica.mentions());

test('Facebook (Lexical, rich text): the reply box under a comment answers that comment, its mention kept intact', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.facebook.postWithComments);
  await ensureTagged(page, 'Reply target client on facebook');

  const john = page.locator('div[role="article"][aria-label="Comment by John Smith"]');
  await john.getByRole('button', { name: 'Reply', exact: true }).first().click();
  await expect(john.locator('[data-lexical-editor="true"]')).toBeFocused();
  expect((await readReplica(page)).modelText).toBe('John Smith ');
  await insertGreeting(page);
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(`John Smith ${english('John Smith')}`);
  // The mention is still one entity in Lexical's model, not text typed over.
  expect(await mentions(page)).toEqual(['John Smith']);
  expect((await readReplica(page)).submitEnabled).toBe(true);

  // Another comment's Reply: the sidebar follows the box now focused, and answers in that comment's language.
  const sara = page.locator('div[role="article"][aria-label="Comment by سارة محمد"]');
  await sara.getByRole('button', { name: 'Reply', exact: true }).first().click();
  await expect(sara.locator('[data-lexical-editor="true"]').last()).toBeFocused();
  await insertGreeting(page);
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(`سارة محمد ${arabic('سارة محمد')}`);
  expect(await mentions(page)).toEqual(['سارة محمد']);

  // The post's own box, below all comments, answers the post: {{customer}} is the post's author.
  await page.locator('[data-lexical-editor="true"][aria-label="Write a comment…"]').click();
  await insertGreeting(page);
  await expect
    .poll(async () => (await readReplica(page)).modelText)
    .toMatch(/^(Hello Wasla Demo, thanks|أهلًا Wasla Demo، شكرًا لك)$/);
  await page.close();
});

test('X (Draft.js): the reply dialog answers the tweet it holds', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.postWithComments);
  await ensureTagged(page, 'Reply target client on x');
  const tweets = page.locator('section article[data-testid="tweet"]');

  await tweets.nth(2).locator('[data-testid="reply"]').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]')).toBeFocused();
  await insertGreeting(page);
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(english('Jane Doe'));

  await tweets.nth(1).locator('[data-testid="reply"]').click();
  await expect(dialog.locator('[data-testid="User-Name"]')).toContainText('@ahmed_ali');
  await expect(dialog.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]')).toBeFocused();
  await insertGreeting(page);
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(arabic('أحمد علي'));

  // The inline composer under the post answers the post.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.locator('section [data-testid="tweetTextarea_0"][contenteditable="true"]').click();
  await insertGreeting(page);
  await expect
    .poll(async () => (await readReplica(page)).modelText)
    .toMatch(/^(Hello Wasla Demo 🌙, thanks|أهلًا Wasla Demo 🌙، شكرًا لك)$/);
  await page.close();
});

test('Instagram (React textarea): the "@user " a comment\'s Reply types names the comment answered', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.instagram.postWithComments);
  await ensureTagged(page, 'Reply target client on instagram');
  const row = (user: string) =>
    page
      .locator('main .comment')
      .filter({ has: page.locator(`a[href="/${user}/"]`) })
      .first();

  await row('mike_r').getByRole('button', { name: 'Reply' }).click();
  await expect(page.locator('main form textarea')).toBeFocused();
  await insertGreeting(page);
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(`@mike_r ${english('mike_r')}`);

  await row('layla.k').getByRole('button', { name: 'Reply' }).click();
  await insertGreeting(page);
  await expect.poll(async () => (await readReplica(page)).modelText).toBe(`@layla.k ${arabic('layla.k')}`);
  await page.close();
});
