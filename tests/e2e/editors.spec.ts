// utils/editors against the real editor libraries in the replicas (tests/replicas): the text must reach each
// editor's own model exactly and once, the caret must end after it, and undo must take it back out.
// The module is bundled with esbuild and injected into the page (main world); no extension is loaded here.
import { expect, type Page } from '@playwright/test';
import { replicaTest } from '../support/replica-test';
import { editorsBundle } from '../support/editors-bundle';
import { readReplica, replicaUrls, type ReplicaSite } from '../support/replicas';
import type { InsertOptions, InsertResult } from '../../utils/editors/index';

type EditorsModule = typeof import('../../utils/editors/index');

const test = replicaTest;

const sites: Record<
  ReplicaSite,
  { kind: string; composer: string; target: string; submit: string; elsewhere: string }
> = {
  x: {
    kind: 'draft',
    composer: '.public-DraftEditor-content[contenteditable="true"][data-testid="tweetTextarea_0"]',
    // The element X names with its test id (the Draft.js contenteditable itself), as the site adapter passes it.
    target: '[data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButtonInline"]',
    elsewhere: '[data-testid="primaryColumn"] h2',
  },
  facebook: {
    kind: 'lexical',
    composer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Write a comment…"]',
    target: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Write a comment…"]',
    submit: 'div[role="button"][aria-label="Comment"]',
    elsewhere: 'div[role="article"] div[data-ad-preview="message"]',
  },
  instagram: {
    kind: 'textarea',
    composer: 'main form textarea[aria-label="Add a comment…"]',
    target: 'main form textarea[aria-label="Add a comment…"]',
    submit: 'main form button[type="submit"]',
    elsewhere: 'main .post-caption > span[dir="auto"]',
  },
};

const samples = {
  arabic: 'شكرًا لتواصلك معنا، سنرد عليك قريبًا',
  english: 'Thanks for reaching out, we will reply soon.',
  blankLine: 'Hello Jane,\n\nThanks for asking.\nBest',
  emojiAndUrl: 'Thanks 🙏🏽 see https://acme.example/help?x=1&y=2 👍',
};

async function openComposer(page: Page, site: ReplicaSite): Promise<void> {
  await page.goto(replicaUrls[site].postWithComments);
  await page.addScriptTag({ content: await editorsBundle() });
}

/** Calls insertText in the page on the element `selector` names. */
function insert(page: Page, selector: string, text: string, options?: InsertOptions): Promise<InsertResult> {
  return page.evaluate(
    ([selector, text, options]) => {
      const editors = (window as unknown as { WaslaEditors: EditorsModule }).WaslaEditors;
      return editors.insertText(document.querySelector<HTMLElement>(selector)!, text, options);
    },
    [selector, text, options] as const,
  );
}

const modelText = async (page: Page): Promise<string | null> => (await readReplica(page)).modelText;

/** How many times `line` shows in the composer (value for a textarea, rendered text otherwise). */
function timesShown(page: Page, selector: string, line: string): Promise<number> {
  return page.locator(selector).evaluate((element, line) => {
    const shown = element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '');
    return shown.split(line).length - 1;
  }, line);
}

async function clearComposer(page: Page, site: ReplicaSite): Promise<void> {
  await page.locator(sites[site].composer).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect.poll(() => modelText(page)).toBe('');
}

for (const site of Object.keys(sites) as ReplicaSite[]) {
  const { kind, composer, target, submit, elsewhere } = sites[site];

  test.describe(`${site} (${kind})`, () => {
    test('each sample reaches the model exactly and once, enables submit, and leaves the caret after it', async ({
      replicaPage: page,
    }) => {
      await openComposer(page, site);
      for (const [name, text] of Object.entries(samples)) {
        await page.locator(composer).click();
        expect(await insert(page, target, text), name).toEqual({ ok: true, kind });
        expect(await modelText(page), name).toBe(text);
        expect((await readReplica(page)).submitEnabled, name).toBe(true);
        for (const line of text.split('\n').filter(Boolean))
          expect(await timesShown(page, composer, line), `${name}: ${line}`).toBe(1);
        if (name === 'arabic' && kind === 'draft') {
          // Draft.js sets the block's direction from its first strong character.
          await expect(page.locator(`${composer} .public-DraftStyleDefault-block`)).toHaveClass(
            /public-DraftStyleDefault-rtl/,
          );
        }
        if (name === 'arabic' && kind === 'lexical') {
          await expect(page.locator(`${composer} p`)).toHaveJSProperty('dir', 'auto');
          expect(await page.locator(`${composer} p`).evaluate((p) => p.matches(':dir(rtl)'))).toBe(true);
        }
        await page.keyboard.type('!');
        expect(await modelText(page), name).toBe(`${text}!`);
        // What the site would send is the inserted text (the replicas record it and empty the box).
        await page.locator(submit).click();
        await expect.poll(async () => (await readReplica(page)).submitted.at(-1), name).toBe(`${text}!`);
        expect(await modelText(page)).toBe('');
      }
    });

    test('inserts at the caret, replaces a selection, and one Ctrl+Z takes the insertion back out', async ({
      replicaPage: page,
    }) => {
      await openComposer(page, site);
      await page.locator(composer).click();
      await page.keyboard.type('abcd');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await insert(page, target, 'XY')).toEqual({ ok: true, kind });
      expect(await modelText(page)).toBe('abXYcd');
      await page.keyboard.type('!');
      expect(await modelText(page)).toBe('abXY!cd');

      await clearComposer(page, site);
      await page.keyboard.type('Hello world');
      for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
      expect(await insert(page, target, 'Jane\n\nBye')).toEqual({ ok: true, kind });
      expect(await modelText(page)).toBe('Hello Jane\n\nBye');

      await clearComposer(page, site);
      await page.keyboard.type('abcd');
      expect(await insert(page, target, samples.blankLine)).toEqual({ ok: true, kind });
      expect(await modelText(page)).toBe(`abcd${samples.blankLine}`);
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page)).toBe('abcd');
    });

    test('focuses the editor itself and inserts at the caret the user left there (Lexical: after the text once the selection moved away)', async ({
      replicaPage: page,
    }) => {
      await openComposer(page, site);
      await page.locator(composer).click();
      await page.keyboard.type('abcd');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      // A click on a button (the sidebar's) takes focus while the document's selection stays in the editor.
      await page.evaluate(() => {
        const button = document.body.appendChild(document.createElement('button'));
        button.id = 'sidebar-button';
        button.textContent = 'Insert template';
        button.style.cssText = 'position: fixed; top: 0; right: 0; z-index: 9999';
      });
      await page.locator('#sidebar-button').click();
      await expect(page.locator('#sidebar-button')).toBeFocused();
      expect(await insert(page, target, 'XY')).toEqual({ ok: true, kind });
      await expect(page.locator(composer)).toBeFocused();
      expect(await modelText(page)).toBe('abXYcd');

      // A click on the page's text takes the selection out of the editor. Textarea and Draft.js still know
      // their caret (after 'XY'); for Lexical the text goes after what is there.
      await page.locator(elsewhere).click();
      await expect(page.locator(composer)).not.toBeFocused();
      expect(await insert(page, target, ' 👍 done')).toEqual({ ok: true, kind });
      const expected = kind === 'lexical' ? 'abXYcd 👍 done' : 'abXY 👍 donecd';
      expect(await modelText(page)).toBe(expected);
      await page.keyboard.type('!');
      expect(await modelText(page)).toBe(expected.replace('done', 'done!'));
    });
  });
}

test.describe('from an isolated world, as a content script runs it', () => {
  // Chrome gives the page and the extension separate JavaScript worlds over one DOM: the module is evaluated in
  // a fresh isolated world (CDP Page.createIsolatedWorld), so the events it builds come from another world.
  for (const site of Object.keys(sites) as ReplicaSite[]) {
    test(`${site}: the blank-line sample reaches the model from an isolated world`, async ({ replicaPage: page }) => {
      await page.goto(replicaUrls[site].postWithComments);
      const cdp = await page.context().newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'wasla-editors',
      });
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: `${await editorsBundle()}
          if ('__replica' in window) throw new Error('this is the page world');
          WaslaEditors.insertText(document.querySelector(${JSON.stringify(sites[site].target)}), ${JSON.stringify(samples.blankLine)});`,
        contextId: executionContextId,
        awaitPromise: true,
        returnByValue: true,
      });
      await cdp.detach();
      expect(exceptionDetails).toBeUndefined();
      expect(result.value).toEqual({ ok: true, kind: sites[site].kind });
      expect(await readReplica(page)).toMatchObject({ modelText: samples.blankLine, submitEnabled: true });
    });
  }
});

test.describe('what cannot be inserted into', () => {
  test('detached, non-editable and disabled elements return ok:false and change nothing', async ({
    replicaPage: page,
  }) => {
    await openComposer(page, 'instagram');
    const results = await page.evaluate(async () => {
      const { insertText } = (window as unknown as { WaslaEditors: EditorsModule }).WaslaEditors;
      const disabled = document.body.appendChild(document.createElement('textarea'));
      disabled.disabled = true;
      const detachedEditor = document.createElement('div');
      detachedEditor.contentEditable = 'true';
      return {
        detachedTextarea: await insertText(document.createElement('textarea'), 'x'),
        detachedEditor: await insertText(detachedEditor, 'x'),
        heading: await insertText(document.querySelector<HTMLElement>('main .post-caption > span[dir="auto"]')!, 'x'),
        disabled: await insertText(disabled, 'x'),
        values: [detachedEditor.textContent, disabled.value],
      };
    });
    expect(results).toEqual({
      detachedTextarea: { ok: false, kind: 'textarea', reason: 'detached' },
      detachedEditor: { ok: false, kind: 'contenteditable', reason: 'detached' },
      heading: { ok: false, kind: null, reason: 'notEditable' },
      disabled: { ok: false, kind: null, reason: 'notEditable' },
      values: ['', ''],
    });
    expect(await readReplica(page)).toMatchObject({ modelText: '', submitEnabled: false });
  });

  test('an editor that ignores its method reports notApplied after the timeout and nothing is inserted', async ({
    replicaPage: page,
  }) => {
    await openComposer(page, 'facebook');
    // Looks like Lexical but no Lexical listens: the one synthetic event does nothing, and nothing else is tried.
    const result = await page.evaluate(async () => {
      const { insertText } = (window as unknown as { WaslaEditors: EditorsModule }).WaslaEditors;
      const fake = document.body.appendChild(document.createElement('div'));
      fake.contentEditable = 'true';
      fake.dataset.lexicalEditor = 'true';
      fake.textContent = 'before';
      const started = performance.now();
      const result = await insertText(fake, 'Hello', { timeoutMs: 150 });
      return { result, text: fake.textContent, waited: performance.now() - started >= 150 };
    });
    expect(result).toEqual({
      result: { ok: false, kind: 'lexical', reason: 'notApplied' },
      text: 'before',
      waited: true,
    });
  });

  test('a plain contenteditable gets the text once, line breaks included, and Ctrl+Z removes it', async ({
    replicaPage: page,
  }) => {
    await openComposer(page, 'instagram');
    await page.evaluate(() => {
      const plain = document.body.appendChild(document.createElement('div'));
      plain.id = 'plain';
      plain.contentEditable = 'true';
      plain.textContent = 'Hi';
    });
    const result = await insert(page, '#plain', samples.blankLine);
    expect(result).toEqual({ ok: true, kind: 'contenteditable' });
    // The browser lays the lines out as its own blocks and breaks; each line shows once, in order.
    const shown = await page.locator('#plain').evaluate((element) => (element as HTMLElement).innerText);
    expect(shown.split('\n').filter(Boolean)).toEqual(['HiHello Jane,', 'Thanks for asking.', 'Best']);
    await page.keyboard.press('Control+z');
    await expect(page.locator('#plain')).toHaveText('Hi');
  });
});

test.describe('facebook reply box (Lexical rich text, opened by a comment’s Reply)', () => {
  const replyBox =
    'div[role="article"][aria-label="Comment by John Smith"] [data-lexical-editor="true"][aria-label="Write a reply…"]';
  const mentions = (page: Page) =>
    page.evaluate(() => (window as unknown as { __replica: { mentions(): string[] } }).__replica.mentions());

  test('inserts after the opening mention, which stays one entity in the model; one Ctrl+Z leaves it as it was', async ({
    replicaPage: page,
  }) => {
    await openComposer(page, 'facebook');
    await page
      .locator('div[role="article"][aria-label="Comment by John Smith"]')
      .getByRole('button', { name: 'Reply', exact: true })
      .first()
      .click();
    await expect(page.locator(replyBox)).toBeFocused();
    expect(await mentions(page)).toEqual(['John Smith']);
    // Focus leaves for the sidebar, as when a template is picked there.
    await page.evaluate(() => {
      const button = document.body.appendChild(document.createElement('button'));
      button.id = 'sidebar-button';
      button.textContent = 'Insert template';
      button.style.cssText = 'position: fixed; top: 0; right: 0; z-index: 9999';
    });
    await page.locator('#sidebar-button').click();
    expect(await insert(page, replyBox, samples.blankLine)).toEqual({ ok: true, kind: 'lexical' });
    expect(await modelText(page)).toBe(`John Smith ${samples.blankLine}`);
    expect(await mentions(page)).toEqual(['John Smith']);
    expect((await readReplica(page)).submitEnabled).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe('John Smith ');
    expect(await mentions(page)).toEqual(['John Smith']);
  });
});
