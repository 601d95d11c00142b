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
 * the new page, so when the URL names an account the DOM cannot show yet, a MutationObserver watches the
 * site's content region (the document body only until that region exists) and is disconnected as soon as the
 * account is read or after a few seconds — never a standing page-wide observer, never polling.
 */
export function watchPage(ctx: ContentScriptContext, adapter: SiteAdapter, onReading: (reading: PageReading) => void): void {
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
    const account = wantsAccount ? adapter.readAccount(document, match) : null;
    const followers = account && match.kind === 'account' ? adapter.readFollowerCount(document) : null;
    return { url, kind: match.kind, account, followers };
  };

  // Done once the account is read and, on a profile, its follower count too (it may render a moment later).
  const complete = (reading: PageReading) =>
    (reading.kind !== 'account' && reading.kind !== 'post') || (reading.account !== null && (reading.kind !== 'account' || reading.followers !== null));

  const follow = () => {
    settle();
    const first = read();
    onReading(first);
    if (complete(first)) return;
    let lastKey = `${first.account?.key}|${first.account?.displayName}|${first.followers}`;
    observer = new MutationObserver(() => {
      const next = read();
      if (next.url !== first.url) return settle();
      const key = `${next.account?.key}|${next.account?.displayName}|${next.followers}`;
      if (key === lastKey) return;
      lastKey = key;
      onReading(next);
      if (complete(next)) settle();
    });
    observer.observe(adapter.contentRoot(document) ?? document.body, { childList: true, subtree: true, characterData: true });
    giveUp = ctx.setTimeout(settle, settleTimeoutMs);
  };

  ctx.onInvalidated(settle);
  ctx.addEventListener(window, 'wxt:locationchange', follow);
  follow();
}
