import { expect, test, type Page } from '@playwright/test';
import { sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { navigateInSite } from '../support/navigation';
import { replicaUrls, serveReplicas } from '../support/replicas';
import { ensureTagged, sidebarFrameOf, sidebarOf } from '../support/sidebar';
import { syncStatusOff, type SyncStatus } from '@/utils/sync/status';

let ext: LoadedExtension;
test.beforeAll(async () => {
  ext = await launchWithExtension();
  await serveReplicas(ext.context);
});
test.afterAll(async () => ext.dispose());

/** What each replica shows: the display names its two profiles carry, verbatim. */
const sites = {
  x: {
    a: 'Wasla Demo 🌙',
    b: '<b>Acme</b> \u200fStore',
    commentText: 'Will online orders still ship',
    commenter: 'Jane Doe',
  },
  facebook: { a: 'Wasla Demo', b: 'Acme Store', commentText: 'What are your opening hours', commenter: 'John Smith' },
  instagram: { a: 'Wasla Demo', b: 'متجر أكمي', commentText: 'Do the new hours apply', commenter: 'mike_r' },
} as const;

for (const [site, names] of Object.entries(sites) as [keyof typeof sites, (typeof sites)[keyof typeof sites]][]) {
  test.describe(`on the ${site} replica`, () => {
    test('names the account, follows in-site navigation, and is neutral on reserved pages', async () => {
      const page = await ext.context.newPage();
      await page.goto(replicaUrls[site].profileA);
      const sidebar = sidebarOf(page);
      await expect(sidebar.getByText(names.a, { exact: true })).toBeVisible();
      await navigateInSite(page, replicaUrls[site].profileB);
      await expect(sidebar.getByText(names.b, { exact: true })).toBeVisible({ timeout: 1000 });
      await expect(sidebar.getByText(names.a, { exact: true })).toHaveCount(0);
      // Page text is text: markup in a display name is shown, never parsed.
      await expect(sidebarOf(page).locator('b')).toHaveCount(0);
      await navigateInSite(page, replicaUrls[site].reserved);
      await expect(sidebar.getByText('Not a client page')).toBeVisible({ timeout: 1000 });
      await expect(sidebar.getByText(names.b, { exact: true })).toHaveCount(0);
      await page.close();
    });

    test('tags the account to a new client, keeps the tag across reloads, and untags', async () => {
      const page = await ext.context.newPage();
      await page.goto(replicaUrls[site].profileA);
      const sidebar = sidebarOf(page);
      await sidebar.getByRole('button', { name: 'New client' }).click();
      const form = sidebar.getByRole('form', { name: 'New client' });
      await form.getByLabel('Name in English').fill(`Client on ${site}`);
      await form.getByLabel('Name in Arabic').fill('عميل');
      await form.getByRole('button', { name: 'Create client and tag' }).click();
      await expect(sidebar.getByText(`Client on ${site}`)).toBeVisible();
      await expect(sidebar.getByRole('button', { name: 'Start timer for this client' })).toBeVisible();

      await page.reload();
      await expect(sidebarOf(page).getByText(`Client on ${site}`)).toBeVisible();
      await sidebarOf(page).getByRole('button', { name: 'Untag this account' }).click();
      await expect(sidebarOf(page).getByRole('button', { name: 'Tag this account' })).toBeVisible();
      // Tag it again to an existing client by picking it.
      await sidebarOf(page)
        .getByLabel('Client', { exact: true })
        .selectOption({ label: `Client on ${site}` });
      await sidebarOf(page).getByRole('button', { name: 'Tag this account' }).click();
      await expect(sidebarOf(page).getByText(`Client on ${site}`)).toBeVisible();
      await page.close();
    });

    test('labels a clicked comment on a post and keeps the label across reloads', async () => {
      const page = await ext.context.newPage();
      await page.goto(replicaUrls[site].postWithComments);
      const sidebar = sidebarOf(page);
      await ensureTagged(page, `Labels client on ${site}`);
      await page.getByText(names.commentText).first().click();
      const form = sidebar.getByRole('form', { name: 'Label this post or comment' });
      await expect(form).toContainText(`${names.commenter}: ${names.commentText}`);
      await form.getByLabel('Label', { exact: true }).selectOption('question');
      await form.getByLabel('Note').fill('asked about delivery');
      await form.getByRole('button', { name: 'Save label' }).click();
      const recent = sidebar.getByRole('list', { name: 'Recent labels' });
      await expect(recent).toContainText('Question');
      await page.reload();
      await expect(sidebarOf(page).getByRole('list', { name: 'Recent labels' })).toContainText('Question');
      await page.close();
    });
  });
}

test('a Facebook Page tagged on its profile (by id) is recognised on its posts (by vanity handle)', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.facebook.profileAById);
  await ensureTagged(page, 'Facebook page client');
  const client = await sidebarOf(page).locator('.wasla-tag strong').textContent();
  await page.goto(replicaUrls.facebook.postWithComments);
  await expect(sidebarOf(page).getByRole('button', { name: 'Untag this account' })).toBeVisible();
  await expect(sidebarOf(page).locator('.wasla-tag strong')).toHaveText(client!);
  await page.close();
});

test('a small Label button next to the hovered comment opens its label form', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.facebook.postWithComments);
  await ensureTagged(page, 'Hover client');
  await page.getByText('What are your opening hours').first().hover();
  const button = page.getByRole('button', { name: 'Label this comment by John Smith' });
  await expect(button).toBeVisible();
  await button.click();
  const form = sidebarOf(page).getByRole('form', { name: 'Label this post or comment' });
  await expect(form).toContainText('John Smith: What are your opening hours');
  await expect(form.getByLabel('Label', { exact: true })).toBeFocused();
  await page.close();
});

test('the sidebar follows the host dark theme and turns right-to-left in Arabic', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${replicaUrls.instagram.profileA}?theme=dark`);
  await expect(sidebarOf(page)).toBeVisible();
  const root = sidebarFrameOf(page).locator('.wasla-root');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await sendToBackground(options, 'updateSettings', { language: 'ar' });
  const arabic = sidebarFrameOf(page).getByRole('complementary', { name: 'وصلة' });
  await expect(arabic).toBeVisible();
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('wasla-sidebar iframe')).toHaveAttribute('title', 'وصلة');
  await expect(arabic.getByRole('button', { name: 'إخفاء شريط وصلة الجانبي' })).toBeVisible();
  await sendToBackground(options, 'updateSettings', { language: 'en' });
  await expect(sidebarOf(page)).toBeVisible();
  await options.close();
  await page.close();
});

test('on a feed the sidebar shows its frame alone until there is more: the sync line appears once team sync is on', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.reserved);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByText('Not a client page')).toBeVisible();
  await expect(sidebar.getByRole('group', { name: 'Team sync' })).toHaveCount(0);
  const status: SyncStatus = { ...syncStatusOff, state: 'offline', pending: 1 };
  await ext.worker.evaluate((value) => chrome.storage.local.set({ syncStatus: value }), status);
  await expect(sidebar.getByRole('group', { name: 'Team sync' }).getByRole('status')).toHaveText(
    'Offline — will retry · 1 change waiting',
  );
  await expect(sidebar.getByText('Not a client page')).toBeVisible();
  await ext.worker.evaluate((value) => chrome.storage.local.set({ syncStatus: value }), syncStatusOff);
  await expect(sidebar.getByRole('group', { name: 'Team sync' })).toHaveCount(0);
  await page.close();
});

test('the keyboard command hides and shows the sidebar, remembered per site', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.profileA);
  await page.bringToFront();
  await expect(sidebarOf(page)).toBeVisible();
  await ext.worker.evaluate(() =>
    (globalThis as never as { waslaCommand: (c: string) => Promise<void> }).waslaCommand('toggle-sidebar'),
  );
  await expect(sidebarOf(page)).toBeHidden();
  await expect(sidebarFrameOf(page).getByRole('button', { name: 'Show Wasla sidebar' })).toBeVisible();
  await page.reload();
  await expect(sidebarFrameOf(page).getByRole('button', { name: 'Show Wasla sidebar' })).toBeVisible();
  const facebook = await ext.context.newPage();
  await facebook.goto(replicaUrls.facebook.profileA);
  await expect(sidebarOf(facebook)).toBeVisible(); // another site keeps its own state
  await page.bringToFront();
  // From the keyboard: the pressed control is replaced by the other, and focus follows it.
  await sidebarFrameOf(page).getByRole('button', { name: 'Show Wasla sidebar' }).focus();
  await page.keyboard.press('Enter');
  await expect(sidebarOf(page)).toBeVisible();
  await expect(sidebarOf(page).getByRole('button', { name: 'Hide Wasla sidebar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sidebarFrameOf(page).getByRole('button', { name: 'Show Wasla sidebar' })).toBeFocused();
  await sidebarFrameOf(page).getByRole('button', { name: 'Show Wasla sidebar' }).click();
  await expect(sidebarOf(page)).toBeVisible();
  await page.close();
  await facebook.close();
});

test('the sidebar covers neither the composer nor its Reply button at 1280 px', async () => {
  for (const site of ['x', 'facebook', 'instagram'] as const) {
    const page = await ext.context.newPage();
    await page.goto(replicaUrls[site].postWithComments);
    const box = await sidebarOf(page).boundingBox();
    const composer = await page
      .locator('[data-testid="tweetTextarea_0"], [data-lexical-editor="true"], textarea')
      .first()
      .boundingBox();
    expect(box && composer).toBeTruthy();
    const overlaps = (a: NonNullable<typeof box>, b: NonNullable<typeof box>) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlaps(box!, composer!), site).toBe(false);
    await page.close();
  }
});

// Issue 16: the sidebar is an extension page in a frame; the host page's own scripts see only the frame.
test("the host page's scripts can neither read nor drive the sidebar", async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.instagram.profileB);
  await ensureTagged(page, 'Private agency client');
  await expect(sidebarOf(page).getByText('Private agency client')).toBeVisible();
  // page.evaluate runs in the page's main world, where facebook.com's or x.com's own scripts run.
  const seen = await page.evaluate(() => {
    const iframe = document.querySelector('wasla-sidebar')?.shadowRoot?.querySelector('iframe');
    let inside: string;
    try {
      inside = iframe?.contentWindow?.document.body.innerText ?? 'no document';
    } catch {
      inside = 'blocked';
    }
    return {
      frame: Boolean(iframe),
      contentDocument: iframe?.contentDocument ?? null,
      inside,
      pageText: document.documentElement.innerText,
    };
  });
  expect(seen.frame).toBe(true);
  expect(seen.contentDocument).toBeNull();
  expect(seen.inside).toBe('blocked');
  expect(seen.pageText).not.toContain('Private agency client');
  await page.close();
});

test("nothing the host page's scripts can see names the extension's id", async () => {
  const page = await ext.context.newPage();
  // Runs in the page's main world before the site's own scripts, as a fingerprinting script on the site would:
  // it keeps every message posted to the window.
  await page.addInitScript(() => {
    const kept: string[] = [];
    (window as unknown as { keptMessages: string[] }).keptMessages = kept;
    addEventListener('message', (event) => kept.push(JSON.stringify(event.data)));
  });
  await page.goto(replicaUrls.x.profileA);
  await expect(sidebarOf(page).getByText('Wasla Demo', { exact: false }).first()).toBeVisible();
  const seen = await page.evaluate(() => ({
    messages: (window as unknown as { keptMessages: string[] }).keptMessages,
    frameSrc: document.querySelector('wasla-sidebar')?.shadowRoot?.querySelector('iframe')?.src ?? '',
  }));
  // WXT's content-script context posted "<id>:x:wxt:content-script-started" to the window by default.
  expect(seen.messages.filter((message) => message.includes(ext.extensionId))).toEqual([]);
  // The frame's URL is Chromium's per-session dynamic one, not chrome-extension://<id>/.
  expect(seen.frameSrc).toMatch(/^chrome-extension:\/\//);
  expect(seen.frameSrc).not.toContain(ext.extensionId);
  await page.close();
});

test('the follower count appears in the sidebar as soon as the account is tagged', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.profileB);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('button', { name: 'New client' })).toBeVisible();
  await expect(sidebar.getByText(/^Followers:/)).toHaveCount(0);
  await ensureTagged(page, 'Followers client');
  // No reload, no other page: the count the page shows (1,234) is there right after tagging.
  await expect(sidebar.getByText(/^Followers:/)).toHaveText(/^Followers: 1,234 /);
  await page.close();
});

test('says which comment the focused reply box answers, follows another reply box, and falls back to the post', async () => {
  const page = await ext.context.newPage();
  await page.goto(replicaUrls.x.postWithComments);
  const sidebar = sidebarOf(page);
  await page.locator('article[data-testid="tweet"]').nth(1).locator('[data-testid="reply"]').click();
  await expect(sidebar.getByText(/^Replying to:/)).toHaveText('Replying to: أحمد علي');
  await page.locator('article[data-testid="tweet"]').nth(2).locator('[data-testid="reply"]').click();
  await expect(sidebar.getByText(/^Replying to:/)).toHaveText('Replying to: Jane Doe');
  // A reply to the post itself: {{customer}} is the post's author, and the sidebar says so.
  await page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="reply"]').click();
  await expect(sidebar.getByText(/^Replying to the post/)).toHaveText(
    'Replying to the post; {{customer}} is its author: Wasla Demo 🌙',
  );
  await page.close();
});

test("on an account page no reader can read, it says so and offers a diagnostic without the page's text", async () => {
  const page = await ext.context.newPage();
  // An account-shaped address whose page holds nothing any reader knows (a layout the adapters have not met).
  await page.route('https://x.com/quiet_acct', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html><body><main><div>Someone Private · 999 followers</div></main></body></html>',
    }),
  );
  await page.goto('https://x.com/quiet_acct');
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByText("Wasla can't read this page yet")).toBeVisible({ timeout: 15_000 });
  await sidebar.getByText('What Wasla found on this page').click();
  const diagnostic = sidebar.getByLabel('Diagnostic (page kind and counts, no text from the page)');
  await expect(diagnostic).toContainText('site=x kind=account urlHandle=yes');
  await expect(diagnostic).toContainText('account=no');
  await expect(diagnostic).not.toContainText('quiet_acct');
  await expect(diagnostic).not.toContainText('Someone Private');
  await sidebar.getByRole('button', { name: 'Copy the diagnostic' }).click();
  await expect(sidebar.getByRole('status')).toHaveText('Copied.');
  // What was copied is the diagnostic: pasted into a field of the page, it is there.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste-here' })),
  );
  await page.locator('#paste-here').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.locator('#paste-here')).toHaveValue(/site=x kind=account urlHandle=yes/);
  // And in Arabic.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await sendToBackground(options, 'updateSettings', { language: 'ar' });
  await expect(sidebarFrameOf(page).getByText('لا تستطيع وصلة قراءة هذه الصفحة بعد')).toBeVisible();
  await sendToBackground(options, 'updateSettings', { language: 'en' });
  await options.close();
  await page.close();
});

const commentReplyButtons = {
  x: (page: Page, author: string) =>
    page.locator('article[data-testid="tweet"]').filter({ hasText: author }).locator('[data-testid="reply"]'),
  facebook: (page: Page, author: string) =>
    page
      .locator(`div[role="article"][aria-label="Comment by ${author}"]`)
      .getByRole('button', { name: 'Reply', exact: true })
      .first(),
  instagram: (page: Page, author: string) =>
    page.locator('main .comment').filter({ hasText: author }).first().getByRole('button', { name: 'Reply' }),
};

for (const site of ['x', 'facebook', 'instagram'] as const) {
  test(`on the ${site} replica a comment reached by keyboard becomes the label target`, async () => {
    const page = await ext.context.newPage();
    await page.goto(replicaUrls[site].postWithComments);
    await ensureTagged(page, `Keyboard labels on ${site}`);
    // Keyboard focus on the comment's own control (what Tab reaches), no click anywhere in the page.
    await commentReplyButtons[site](page, sites[site].commenter).focus();
    const form = sidebarOf(page).getByRole('form', { name: 'Label this post or comment' });
    await expect(form).toContainText(`${sites[site].commenter}: ${sites[site].commentText}`);
    await page.close();
  });
}
