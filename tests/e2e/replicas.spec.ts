// The replicas themselves (tests/replicas): served on the real origins, navigating like the real SPAs, and
// mounting real editors whose own model — not the DOM — decides what gets sent. No extension is loaded here.
import { expect, type Page } from '@playwright/test';
import { replicaTest } from '../support/replica-test';
import { readReplica, replicaOrigins, replicaUrls, xHomeStreamUrl, type ReplicaSite } from '../support/replicas';

const test = replicaTest;

/** Per site: where the account name shows, the links to follow, and the composer's parts. */
const sites: Record<
  ReplicaSite,
  {
    accountName: string;
    linkToB: string;
    linkToReserved: string;
    nameA: string;
    nameB: string;
    composer: string;
    submit: string;
    /** The key that starts a new line in the composer, and the one that sends. */
    newLine: string;
    send: string;
  }
> = {
  x: {
    accountName: '[data-testid="primaryColumn"] [data-testid="UserName"] > div:first-child',
    linkToB: '[data-testid="sidebarColumn"] a[href="/acme_store"]',
    linkToReserved: '[data-testid="AppTabBar_Explore_Link"]',
    nameA: 'Wasla Demo 🌙',
    nameB: '<b>Acme</b> \u200FStore',
    composer:
      '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"][role="textbox"][aria-label="Post text"][data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButtonInline"][role="button"]',
    newLine: 'Enter', // a new Draft.js block
    send: 'Control+Enter',
  },
  facebook: {
    accountName: 'div[role="main"] h1',
    linkToB: 'div[role="navigation"][aria-label="Shortcuts"] a[href="/acme.store"]',
    linkToReserved: 'div[role="banner"] a[href="/watch"]',
    nameA: 'Wasla Demo',
    nameB: 'Acme Store',
    composer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Write a comment…"]',
    submit: 'div[role="button"][aria-label="Comment"]',
    newLine: 'Shift+Enter',
    send: 'Enter',
  },
  instagram: {
    accountName: 'main[role="main"] header h2',
    linkToB: 'div[role="navigation"] a[href="/acme.store/"]',
    linkToReserved: 'div[role="navigation"] a[href="/explore/"]',
    nameA: 'wasla.demo',
    nameB: 'acme.store',
    composer: 'main form textarea[aria-label="Add a comment…"][placeholder="Add a comment…"]',
    submit: 'main form button[type="submit"]',
    newLine: 'Shift+Enter',
    send: 'Enter',
  },
};
const siteNames = Object.keys(sites) as ReplicaSite[];

/** Checks the control as a user meets it (disabled, or aria-disabled on a div button) and as the API reports it. */
async function expectSubmitDisabled(page: Page, site: ReplicaSite, disabled: boolean): Promise<void> {
  const submit = page.locator(sites[site].submit);
  if (disabled) await expect(submit).toBeDisabled();
  else await expect(submit).toBeEnabled();
  // X marks its button both ways; Facebook's div button can only say it with aria-disabled.
  if (site !== 'instagram') {
    if (disabled) await expect(submit).toHaveAttribute('aria-disabled', 'true');
    else await expect(submit).not.toHaveAttribute('aria-disabled', /.*/);
  }
  expect((await readReplica(page)).submitEnabled).toBe(!disabled);
}

for (const site of siteNames) {
  test.describe(`${site} replica`, () => {
    test('serves the app for every page path on the real origin, its bundle, and 404 for anything else', async ({
      replicaPage: page,
    }) => {
      const response = await page.goto(replicaUrls[site].reserved);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).origin).toBe(replicaOrigins[site]);
      expect((await readReplica(page)).site).toBe(site);
      // A reserved path is the site's own page: a heading, never an account.
      await expect(page.getByRole('heading').first()).toBeVisible();
      await expect(page.locator(sites[site].accountName)).toHaveCount(0);
      const statuses = await page.evaluate(async () =>
        // Not /favicon.ico: Chromium fetches that itself, outside Playwright's routing.
        Promise.all(
          ['/robots.txt', '/__replica/app.js', '/api/graphql/'].map(async (path) => (await fetch(path)).status),
        ),
      );
      expect(statuses).toEqual([404, 200, 404]);
    });

    test('in-site links re-render another account or a reserved page with pushState; Back works without a reload', async ({
      replicaPage: page,
    }) => {
      await page.goto(replicaUrls[site].profileA);
      await expect(page.locator(sites[site].accountName)).toHaveText(sites[site].nameA);
      await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
      await page.locator(sites[site].linkToB).click();
      await expect(page.locator(sites[site].accountName)).toHaveText(sites[site].nameB);
      expect(page.url()).toBe(replicaUrls[site].profileB);
      await page.goBack();
      await expect(page.locator(sites[site].accountName)).toHaveText(sites[site].nameA);
      await page.locator(sites[site].linkToReserved).click();
      await expect(page.locator(sites[site].accountName)).toHaveCount(0);
      if (site === 'facebook') await expect(page.locator('meta[property="al:android:url"]')).toHaveCount(0);
      expect(await page.evaluate(() => 'loadedOnce' in window)).toBe(true);
    });

    test('the submit control is disabled while empty and follows real typing; the model holds Arabic and a blank line', async ({
      replicaPage: page,
    }) => {
      await page.goto(replicaUrls[site].postWithComments);
      await expectSubmitDisabled(page, site, true);
      expect((await readReplica(page)).modelText).toBe('');

      await page.locator(sites[site].composer).click();
      await page.keyboard.type('   ');
      expect((await readReplica(page)).modelText).toBe('   ');
      await expectSubmitDisabled(page, site, true); // whitespace alone is not sendable
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('مرحبا بكم');
      await page.keyboard.press(sites[site].newLine);
      await page.keyboard.press(sites[site].newLine);
      await page.keyboard.type('Thanks!');
      expect((await readReplica(page)).modelText).toBe('مرحبا بكم\n\nThanks!');
      await expectSubmitDisabled(page, site, false);

      await page.locator(sites[site].submit).click();
      await expect.poll(async () => (await readReplica(page)).submitted).toEqual(['مرحبا بكم\n\nThanks!']);
      expect((await readReplica(page)).modelText).toBe('');
      await expectSubmitDisabled(page, site, true);

      await page.locator(sites[site].composer).click();
      await page.keyboard.type('again');
      await page.keyboard.press(sites[site].send);
      await expect.poll(async () => (await readReplica(page)).submitted).toEqual(['مرحبا بكم\n\nThanks!', 'again']);
      expect((await readReplica(page)).modelText).toBe('');
    });
  });
}

test.describe('DOM-only writes never reach the editor’s model', () => {
  test('Draft.js (X): textContent changes the screen, not the model; a paste event reaches the model and undoes', async ({
    replicaPage: page,
  }) => {
    await page.goto(replicaUrls.x.postWithComments);
    const editor = page.locator(sites.x.composer);
    await editor.evaluate((element) => {
      element.textContent = 'x';
    });
    await expect(editor).toHaveText('x');
    expect(await readReplica(page)).toMatchObject({ modelText: '', submitEnabled: false });

    await page.reload();
    await editor.click();
    await editor.evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'شكراً\n\nThanks');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(async () => (await readReplica(page)).modelText).toBe('شكراً\n\nThanks');
    await expectSubmitDisabled(page, 'x', false);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await readReplica(page)).modelText).toBe('');
  });

  test('Lexical (Facebook): textContent leaves the model empty; a paste event reaches the model and undoes', async ({
    replicaPage: page,
  }) => {
    await page.goto(replicaUrls.facebook.postWithComments);
    const editor = page.locator(sites.facebook.composer);
    await editor.evaluate((element) => {
      element.textContent = 'x';
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    expect(await readReplica(page)).toMatchObject({ modelText: '', submitEnabled: false });

    await editor.click();
    await editor.evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'شكراً\n\nThanks');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(async () => (await readReplica(page)).modelText).toBe('شكراً\n\nThanks');
    await expect(editor.locator('span[data-lexical-text="true"]').first()).toHaveText('شكراً');
    await expectSubmitDisabled(page, 'facebook', false);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await readReplica(page)).modelText).toBe('');
  });

  test('React textarea (Instagram): setting value, even with an input event, leaves React state empty; setRangeText + input does not', async ({
    replicaPage: page,
  }) => {
    await page.goto(replicaUrls.instagram.postWithComments);
    const textarea = page.locator(sites.instagram.composer);
    await textarea.evaluate((element: HTMLTextAreaElement) => {
      element.value = 'x';
    });
    expect(await readReplica(page)).toMatchObject({ modelText: '', submitEnabled: false });
    // React's value tracker saw the assignment, so it treats the input event as "no change".
    await textarea.evaluate((element: HTMLTextAreaElement) => {
      element.value = 'y';
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await readReplica(page)).toMatchObject({ modelText: '', submitEnabled: false });

    await textarea.evaluate((element: HTMLTextAreaElement) => {
      element.setRangeText('شكراً', 0, element.value.length, 'end');
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await readReplica(page)).toMatchObject({ modelText: 'شكراً', submitEnabled: true });
  });
});

test.describe('Reply buttons (as the real sites answer a comment)', () => {
  test('X: Reply on a reply opens the reply dialog holding that tweet and its own focused composer', async ({
    replicaPage: page,
  }) => {
    await page.goto(replicaUrls.x.postWithComments);
    const articles = page.locator('section article[data-testid="tweet"]');
    await expect(articles).toHaveCount(3);
    await expect(articles.nth(1).locator('[data-testid="tweetText"]')).toHaveAttribute('lang', 'ar');
    await expect(articles.nth(2).locator('[data-testid="User-Name"]')).toContainText('@jane_doe');
    await expect(page.locator('[data-replying-to]')).toHaveCount(0);
    await articles.nth(1).locator('[data-testid="reply"][aria-label="Reply"]').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('article[data-testid="tweet"] [data-testid="User-Name"]')).toContainText('@ahmed_ali');
    await expect(dialog.locator(sites.x.composer)).toBeFocused();
    await page.keyboard.type('hi');
    expect((await readReplica(page)).modelText).toBe('hi');
    // Reply on the post itself answers it from the inline composer.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await articles.nth(0).locator('[data-testid="reply"]').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator(sites.x.composer)).toBeFocused();
  });

  test('Facebook: Reply on a comment opens a rich-text reply box under it, starting with a mention of its author', async ({
    replicaPage: page,
  }) => {
    await page.goto(replicaUrls.facebook.postWithComments);
    const comment = page.locator('div[role="article"][aria-label="Comment by John Smith"]');
    await expect(comment.locator('[lang] div[dir="auto"]').first()).toHaveText(
      'What are your opening hours during Ramadan?',
    );
    await comment.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const box = comment.locator('div[contenteditable="true"][data-lexical-editor="true"][aria-label="Write a reply…"]');
    await expect(box).toBeFocused();
    await expect(page.locator('[data-replying-to]')).toHaveCount(0);
    await page.keyboard.type('thanks');
    expect(await readReplica(page)).toMatchObject({ modelText: 'John Smith thanks', submitEnabled: true });
    expect(
      await page.evaluate(() => (window as unknown as { __replica: { mentions(): string[] } }).__replica.mentions()),
    ).toEqual(['John Smith']);
  });

  test('Instagram: Reply on a comment starts the box with "@user " in React state, caret at the end', async ({
    replicaPage: page,
  }) => {
    await page.goto(replicaUrls.instagram.postWithComments);
    await expect(page.locator('main article, main ul > li, main h1')).toHaveCount(0);
    const comment = page.locator('main .comment').filter({ has: page.locator('a[href="/layla.k/"]') });
    await expect(comment.locator('a[href*="/c/"] time')).toHaveCount(1);
    await expect(comment.getByText('هل المتجر مفتوح بعد التراويح؟')).toHaveCount(1);
    await comment.getByRole('button', { name: 'Reply' }).click();
    await expect(page.locator(sites.instagram.composer)).toBeFocused();
    await page.keyboard.type('نعم');
    expect((await readReplica(page)).modelText).toBe('@layla.k نعم');
    await expect(page.locator('[data-replying-to]')).toHaveCount(0);
  });
});

test.describe('Site details the extension reads', () => {
  test('X renders a display name with markup-like text and a right-to-left mark as text', async ({
    replicaPage: page,
  }) => {
    await page.goto(replicaUrls.x.profileB);
    const name = page.locator('[data-testid="UserName"]');
    await expect(name.locator('span', { hasText: /^@acme_store$/ })).toHaveCount(1);
    await expect(name.locator('b')).toHaveCount(0);
    await expect(page.locator('a[href="/acme_store/verified_followers"]')).toHaveText('1,234 Followers');
    await expect(
      page.locator('article[data-testid="tweet"] a[href^="/acme_store/status/"] time').first(),
    ).toBeVisible();
  });

  test('Facebook keeps the app link current and renders the same Page by id and by /people/', async ({
    replicaPage: page,
  }) => {
    const appLink = page.locator('meta[property="al:android:url"]');
    await page.goto(replicaUrls.facebook.profileAById);
    await expect(page.locator(sites.facebook.accountName)).toHaveText('Wasla Demo');
    await expect(appLink).toHaveAttribute('content', 'fb://profile/100064000000001');
    await page.locator(sites.facebook.linkToB).click();
    await expect(appLink).toHaveAttribute('content', 'fb://profile/100064000000002');
    await expect(page.locator('a[href$="/followers/"]')).toHaveText('٣٫٤ ألف متابع');
    await page.goto(replicaUrls.facebook.profileAPeople);
    await expect(page.locator(sites.facebook.accountName)).toHaveText('Wasla Demo');
    await expect(page.locator('a[href$="/followers/"]')).toHaveText('12K followers');
  });

  test('Instagram gives the exact follower count in a title only when it abbreviates', async ({
    replicaPage: page,
  }) => {
    await page.goto(replicaUrls.instagram.profileA);
    await expect(page.locator('header a[href="/wasla.demo/followers/"] span[title="12,345"]')).toHaveText('12.3K');
    await page.goto(replicaUrls.instagram.profileB);
    const count = page.locator('header a[href="/acme.store/followers/"] span');
    await expect(count).toHaveText('١٬٢٣٤');
    await expect(count).not.toHaveAttribute('title', /.*/);
  });

  test('?theme=dark renders every replica dark and stays dark across in-site navigation; without it, light', async ({
    replicaPage: page,
  }) => {
    const appearance = () =>
      page.evaluate(() => {
        const [red, green, blue] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
        return {
          colorScheme: getComputedStyle(document.documentElement).colorScheme,
          dark: red! + green! + blue! < 150,
        };
      });
    for (const site of siteNames) {
      await page.goto(`${replicaUrls[site].profileA}?theme=dark`);
      expect(await appearance(), site).toEqual({ colorScheme: 'dark', dark: true });
      await page.locator(sites[site].linkToB).click();
      await expect(page.locator(sites[site].accountName)).toHaveText(sites[site].nameB);
      expect(await appearance(), site).toEqual({ colorScheme: 'dark', dark: true });
    }
    await page.goto(replicaUrls.x.profileA);
    expect(await appearance()).toEqual({ colorScheme: 'light', dark: false });
  });

  test('old hosts redirect to the canonical origin', async ({ replicaPage: page }) => {
    await page.goto('https://twitter.com/wasla_demo?theme=dark');
    await page.waitForURL(`${replicaUrls.x.profileA}?theme=dark`);
    await expect(page.locator(sites.x.accountName)).toHaveText(sites.x.nameA);
  });

  test('X /home?stream=N&batch=B adds N full tweets in separate batches, then marks the stream done', async ({
    replicaContext,
  }) => {
    // A page of its own: the init script below must not outlive this test.
    const page = await replicaContext.newPage();
    // Count the DOM commits that add timeline cells: one per batch, not one for everything.
    await page.addInitScript(() => {
      let commits = 0;
      new MutationObserver((records) => {
        if (
          records.some((record) =>
            [...record.addedNodes].some(
              (node) => node instanceof Element && node.matches('[data-testid="cellInnerDiv"]'),
            ),
          )
        ) {
          commits += 1;
        }
      }).observe(document, { childList: true, subtree: true });
      Object.assign(window, { cellCommits: () => commits });
    });
    await page.goto(xHomeStreamUrl(200, 20));
    await expect(page.locator('html[data-stream-done="1"]')).toHaveCount(1, { timeout: 10_000 });
    await expect(page.locator('article[data-testid="tweet"]')).toHaveCount(200);
    await expect(page.locator('article[data-testid="tweet"] [role="group"] button')).toHaveCount(800);
    expect(
      await page.evaluate(() => (window as unknown as { cellCommits: () => number }).cellCommits()),
    ).toBeGreaterThanOrEqual(10);
    await expect(page.locator('[data-testid="tweetButtonInline"]')).toHaveText('Post');
    await page.close();
  });
});
