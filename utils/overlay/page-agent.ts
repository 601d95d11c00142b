import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type Browser } from 'wxt/browser';
import { detectEditor, findEditable, insertText } from '../editors';
// The page agent keeps @webext-core/messaging (the protocol's own library) for its one request (pageShown) and
// the two keyboard commands: measured on the X replica's client profile (heap snapshots, same build with and
// without it), plain runtime calls instead would save 5 KB of the page's JS heap (0.005 MB of the 0.15 MB the
// agent adds over a one-line content script) and 2.9 KB of minified script, not worth hand-rolling its wire format.
import { messaging, tabMessaging } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { diagnose } from './diagnostic';
import { mountFrameHost } from './frame-host';
import { openPost, watchChosenPost, watchHoveredPost, type HoveredPost } from './label-target';
import { attempt, watchPage, type PageReading } from './page-reader';
import { chooseSide, type Side } from './placement';
import {
  sidebarPortName,
  type FrameLayout,
  type FrameMessage,
  type InsertOutcome,
  type LabelTarget,
  type PageFacts,
  type PageMessage,
  type ReplyingTo,
} from './port';
import { hostTheme } from './theme';

/** How every site's page agent is injected (entrypoints/*.content). */
export const pageAgentInjection = {
  // The sidebar itself is an extension page in a frame (entrypoints/sidebar): no CSS goes into the host page.
  cssInjectionMode: 'manual',
  // At document_start the sidebar's frame starts loading alongside the page (it used to wait for the page's
  // DOMContentLoaded, then load and start while the page rendered); reading the page waits for the parsed document.
  runAt: 'document_start',
  // WXT's default also posts "<extension id>:…:content-script-started" to the window, where every page script
  // can read it: it would name the extension on the host page (and wake the page's own message listeners).
  noScriptStartedPostMessage: true,
} as const;

/** How long an account or post page may stay unread before the sidebar says it can't read it (SPAs render late). */
const unreadableAfterMs = 2500;

/**
 * What stays in the host page (issue 16): read the page through the site's adapter, track the reply box the user
 * is in, insert through that editor's own input path, pick the label target, and place the sidebar's frame so it
 * leaves the reply box uncovered. Everything the user reads and does in the sidebar runs in the frame, an
 * extension page; the two talk over one runtime port (port.ts) that the frame opens. Every listener goes through
 * `ctx`, so an extension reload leaves nothing behind in the page.
 */
export function startPageAgent(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const platform = adapter.platform;
  let facts: PageFacts = {
    platform,
    url: location.href,
    kind: 'unknown',
    account: null,
    followers: null,
    theme: 'light',
    labelTarget: null,
    replyingTo: null,
    unreadable: null,
  };
  let port: Browser.runtime.Port | null = null;
  let layout: FrameLayout | null = null;
  let side: Side = 'right';
  const post = (message: PageMessage) => port?.postMessage(message);
  const update = (patch: Partial<PageFacts>) => {
    if ((Object.keys(patch) as (keyof PageFacts)[]).every((key) => patch[key] === facts[key])) return;
    facts = { ...facts, ...patch };
    post({ type: 'facts', facts });
  };

  const frame = mountFrameHost(ctx, (target) => {
    update({ labelTarget: target });
    frame.showLabelButton(null, layout);
    frame.iframe.focus();
    post({ type: 'focusLabel' });
  });

  // The reply box the user last focused: the sidebar's own controls take focus away from it, and insertion,
  // "Replying to" and the keyboard command all mean that one.
  let composer: HTMLElement | null = null;
  const currentComposer = () => (composer?.isConnected ? composer : attempt(() => adapter.findComposer(document)));
  const replyingTo = (box: HTMLElement | null): ReplyingTo | null => {
    const answered = box ? attempt(() => adapter.replyTarget(box, document)) : null;
    return answered ? { authorName: answered.authorName, text: answered.text, kind: answered.kind } : null;
  };
  const sameReplyingTo = (a: ReplyingTo | null, b: ReplyingTo | null) =>
    a?.authorName === b?.authorName && a?.kind === b?.kind && a?.text === b?.text;
  const followReplyingTo = (box: HTMLElement) => {
    const answering = replyingTo(box);
    if (!sameReplyingTo(answering, facts.replyingTo)) update({ replyingTo: answering });
  };
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || frame.contains(target) || !detectEditor(target)) return;
      composer = target;
      followReplyingTo(target);
      // A comment's Reply focuses the box and then fills in the "@author " mention (Instagram: React sets the
      // value after focusing it, and setting a value fires no input event): read again once it is painted.
      ctx.requestAnimationFrame(() => composer === target && followReplyingTo(target));
      place();
    },
    { capture: true },
  );
  // Leaving the reply box for the sidebar (a click, the keyboard command): what it holds now says whom it answers.
  ctx.addEventListener(
    document,
    'focusout',
    (event) => {
      if (event.target === composer && composer) followReplyingTo(composer);
    },
    { capture: true },
  );

  // Keeps the frame off the reply box (or the content column when there is none) and in the host's colours. Both
  // are read in an IntersectionObserver callback, after the browser's own layout: reading them straight away
  // would force an extra layout of a busy page.
  let placing: IntersectionObserver | null = null;
  function place() {
    // Before the body is parsed there is nothing to keep clear of; the first reading of the page places the frame.
    if (!document.body) return;
    placing?.disconnect();
    const target = currentComposer() ?? attempt(() => adapter.contentRoot(document)) ?? document.body;
    placing = new IntersectionObserver(([entry]) => {
      placing?.disconnect();
      placing = null;
      const obstacle = target === document.body || !entry ? null : entry.boundingClientRect;
      side = chooseSide(entry?.rootBounds?.width ?? window.innerWidth, obstacle, layout?.preferred ?? 'right');
      if (layout) frame.place(layout, side);
      update({ theme: hostTheme(document) });
    });
    placing.observe(target);
  }
  ctx.onInvalidated(() => placing?.disconnect());
  let resizeFrame = false;
  ctx.addEventListener(window, 'resize', () => {
    if (resizeFrame) return;
    resizeFrame = true;
    ctx.requestAnimationFrame(() => {
      resizeFrame = false;
      place();
    });
  });

  const reportShown = () => {
    if (document.visibilityState === 'visible') {
      void messaging.sendMessage('pageShown', {
        platform,
        key: facts.account?.key ?? null,
        handle: facts.account?.handle ?? '',
      });
    }
  };
  ctx.addEventListener(document, 'visibilitychange', reportShown);

  let unreadableCheck: number | undefined;
  const readPage = () =>
    watchPage(ctx, adapter, (page: PageReading) => {
      if (page.account?.key !== facts.account?.key || page.kind !== facts.kind) queueMicrotask(reportShown);
      const samePage = page.url === facts.url;
      update({
        url: page.url,
        kind: page.kind,
        account: page.account,
        followers: page.followers,
        labelTarget:
          samePage && facts.labelTarget
            ? facts.labelTarget
            : page.kind === 'post'
              ? attempt(() => openPost(adapter))
              : null,
        // Before the user focuses a reply box, the page's own one answers (a post page's composer answers the post).
        replyingTo: samePage && facts.replyingTo ? facts.replyingTo : replyingTo(currentComposer()),
        unreadable: page.account ? null : samePage ? facts.unreadable : null,
      });
      place();
      // A page that should name an account and still names none once it has had time to render: say so.
      if (unreadableCheck !== undefined) clearTimeout(unreadableCheck);
      unreadableCheck = undefined;
      if (!page.account && (page.kind === 'account' || page.kind === 'post')) {
        unreadableCheck = ctx.setTimeout(() => {
          if (facts.url === page.url && !facts.account)
            update({ unreadable: diagnose(adapter, document, currentComposer()) });
        }, unreadableAfterMs);
      }
    });

  // The label target follows the post or comment the user clicks or moves keyboard focus into.
  const setTarget = (target: LabelTarget) => update({ labelTarget: target });
  whenParsed(ctx, () => {
    readPage();
    watchChosenPost(ctx, adapter, setTarget);
    watchHoveredPost(ctx, adapter, (hovered: HoveredPost | null) => frame.showLabelButton(hovered, layout));
  });

  const answer = (id: number, value: InsertOutcome | string) => post({ type: 'answer', id, value });
  const onFrameMessage = async (message: FrameMessage) => {
    if (message.type === 'layout') {
      const preferredChanged = message.layout.preferred !== layout?.preferred;
      layout = message.layout;
      frame.place(layout, side);
      if (preferredChanged) place();
    } else if (message.type === 'insert') {
      const box = currentComposer();
      if (!box) return answer(message.id, { ok: false, reason: 'noComposer' });
      const answering = replyingTo(box);
      if (!sameReplyingTo(answering, message.replyingTo)) {
        update({ replyingTo: answering });
        return answer(message.id, { ok: false, reason: 'answersOther', replyingTo: answering });
      }
      const result = await insertText(box, message.text);
      answer(message.id, result.ok ? { ok: true } : { ok: false, reason: result.reason });
    } else if (message.type === 'composerText') {
      answer(message.id, composerText(currentComposer()));
    } else if (message.type === 'returnFocus') {
      returnToComposer(currentComposer());
    }
  };

  // The frame opens the port; only the extension's own sidebar page may (a runtime port cannot come from the
  // host page). A reloaded frame replaces the old port.
  const onConnect = (incoming: Browser.runtime.Port) => {
    const from = incoming.sender;
    if (
      incoming.name !== sidebarPortName ||
      from?.id !== browser.runtime.id ||
      !from.url ||
      // The sidebar's frame itself, or (Firefox) the background relaying for it: no tab, so an extension page.
      (new URL(from.url).pathname !== '/sidebar.html' && from.tab !== undefined)
    )
      return;
    port?.disconnect();
    port = incoming;
    incoming.onMessage.addListener((message) => void onFrameMessage(message as FrameMessage));
    incoming.onDisconnect.addListener(() => {
      if (port === incoming) port = null;
    });
    post({ type: 'facts', facts });
  };
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => {
    browser.runtime.onConnect.removeListener(onConnect);
    port?.disconnect();
  });

  const unlisten = [
    tabMessaging.onMessage('toggleSidebar', () => post({ type: 'toggle' })),
    tabMessaging.onMessage('focusTemplates', () => {
      if (!port) return;
      frame.iframe.focus();
      post({ type: 'focusTemplates' });
    }),
  ];
  ctx.onInvalidated(() => unlisten.forEach((stop) => stop()));
}

/** Runs `then` once the document is parsed (at once if it already is). */
function whenParsed(ctx: ContentScriptContext, then: () => void): void {
  if (document.readyState !== 'loading') then();
  else ctx.addEventListener(document, 'DOMContentLoaded', then, { once: true });
}

/**
 * Esc in the sidebar: focus back in the reply box, caret after its text. Draft.js forgets the DOM caret when it
 * loses focus and Chrome puts it at the start on focus, so the caret is placed explicitly (Draft follows the DOM
 * selection through selectionchange); a textarea keeps its own selection.
 */
function returnToComposer(box: HTMLElement | null): void {
  const editable = box ? findEditable(box) : null;
  if (!editable) return;
  editable.focus({ preventScroll: true });
  if (editable instanceof HTMLTextAreaElement) return;
  const selection = editable.ownerDocument.getSelection();
  const walker = editable.ownerDocument.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if ((node as Text).data.length > 0) last = node as Text;
  if (last) selection?.setBaseAndExtent(last, last.data.length, last, last.data.length);
}

/** The text now in the reply box, as its editor shows it (textarea value, or the editable's rendered text). */
function composerText(box: HTMLElement | null): string {
  if (!box) return '';
  const editable =
    box instanceof HTMLTextAreaElement
      ? box
      : (box.closest('[contenteditable="true"]') ?? box.querySelector('[contenteditable="true"]') ?? box);
  return (editable instanceof HTMLTextAreaElement ? editable.value : (editable as HTMLElement).innerText).replace(
    /\n$/,
    '',
  );
}
