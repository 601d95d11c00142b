import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AccountIdentity, PageKind, SiteAdapter } from '../sites/types';

export interface PageReading {
  url: string;
  kind: PageKind;
  account: AccountIdentity | null;
  followers: number | null;
}

const settleTimeoutMs = 5000;

/**
 * Reads whose page is open, now and after every in-site navigation. SPAs change the URL before they render
 * the new page, so when the URL names an account the DOM cannot show yet, a MutationObserver waits for it and
 * is disconnected as soon as the account is read or after a few seconds: never a standing observer, never
 * polling. It watches the document body rather than the site's content region because the sites replace that
 * region while they render (an observer on the old node would wait forever); mutations are coalesced to one
 * read per animation frame so a streaming timeline costs one cheap read per frame for at most those seconds.
 */
export function watchPage(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  onReading: (reading: PageReading) => void,
): void {
  let observer: MutationObserver | null = null;
  let giveUp: number | undefined;
  const settle = () => {
    observer?.disconnect();
    observer = null;
    if (giveUp !== undefined) clearTimeout(giveUp);
    giveUp = undefined;
  };

  const read = (): PageReading => {
    const url = location.href;
    const match = adapter.matchUrl(new URL(url));
    const wantsAccount = match.kind === 'account' || match.kind === 'post';
    // A reader that throws on a layout it has not met reads nothing (the sidebar then says it can't read the page).
    const account = wantsAccount ? attempt(() => adapter.readAccount(document, match)) : null;
    const followers = account && match.kind === 'account' ? attempt(() => adapter.readFollowerCount(document)) : null;
    return { url, kind: match.kind, account, followers };
  };

  // Done once the account is read and, on a profile, its follower count too (it may render a moment later).
  const complete = (reading: PageReading) =>
    (reading.kind !== 'account' && reading.kind !== 'post') ||
    (reading.account !== null && (reading.kind !== 'account' || reading.followers !== null));

  const follow = () => {
    settle();
    const first = read();
    onReading(first);
    if (complete(first)) return;
    let lastKey = `${first.account?.key}|${first.account?.displayName}|${first.followers}`;
    let frameRequested = false;
    const check = () => {
      frameRequested = false;
      if (!observer) return;
      const next = read();
      if (next.url !== first.url) return settle();
      const key = `${next.account?.key}|${next.account?.displayName}|${next.followers}`;
      if (key === lastKey) return;
      lastKey = key;
      onReading(next);
      if (complete(next)) settle();
    };
    observer = new MutationObserver(() => {
      if (frameRequested) return;
      frameRequested = true;
      ctx.requestAnimationFrame(check);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    giveUp = ctx.setTimeout(settle, settleTimeoutMs);
  };

  ctx.onInvalidated(settle);
  // WXT reports the change from the Navigation API's `navigate` event, which fires before `location` moves:
  // read once the new URL is in place.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(follow, 0));
  follow();
}

/** A reader's answer, or null when it throws. */
export function attempt<T>(reader: () => T | null): T | null {
  try {
    return reader();
  } catch (error) {
    console.warn('[wasla] a page reader failed', error);
    return null;
  }
}
