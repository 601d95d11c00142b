import type { Platform } from '../model/record';
import type { Language } from '../text/language';

/** What the URL alone says about the page. `reserved` = a site page that belongs to no account (home, search…). */
export type PageKind = 'account' | 'post' | 'reserved' | 'unknown';

/** From the URL alone; `handle` is as written in the URL (not lower-cased). */
export interface UrlMatch {
  kind: PageKind;
  handle?: string;
  stableId?: string;
  postId?: string;
}

export interface AccountIdentity {
  platform: Platform;
  /** `stableId` if known, else the lower-cased handle (see `SocialAccount.key`). */
  key: string;
  /** Without `@`; '' when the page has none (Facebook `/profile.php?id=`, `/people/…`). */
  handle: string;
  /** Verbatim for display: bidi marks and emoji kept. */
  displayName: string;
  stableId?: string;
}

export interface PostRef {
  element: Element;
  /** Absolute https permalink, or null when the DOM shows none. */
  url: string | null;
  authorName: string;
  authorHandle?: string;
  text: string;
  language: Language;
  kind: 'post' | 'comment';
}

export interface SiteAdapter {
  platform: Platform;
  /** Pure. */
  matchUrl(url: URL): UrlMatch;
  /** Null when the page isn't an account or a post of one, or is unreadable (for example, mid-navigation). */
  readAccount(doc: Document, match: UrlMatch): AccountIdentity | null;
  readFollowerCount(doc: Document): number | null;
  /** Posts and comments currently in the DOM, in document order. */
  readPosts(root: ParentNode): PostRef[];
  /** The post/comment that contains `element` (for example the one being replied to). */
  postOf(element: Element): PostRef | null;
  /** The site's reply/comment box: the editable element itself (textarea or contenteditable). */
  findComposer(doc: Document): HTMLElement | null;
  /** The comment being answered: the one the user clicked Reply on, else the nearest comment above, else the post. */
  replyTarget(composer: HTMLElement, doc: Document): PostRef | null;
  /** The region to observe for changes (not document.body). */
  contentRoot(doc: Document): Element | null;
}

/** What a site's `read.ts` provides: every reader of the adapter, keyed by the same names. */
export type SiteReaders = Omit<SiteAdapter, 'platform' | 'matchUrl'>;

/** One site's adapter from its pure URL matcher and its DOM readers (each site folder's index.ts). */
export function siteAdapter(platform: Platform, matchUrl: SiteAdapter['matchUrl'], readers: SiteReaders): SiteAdapter {
  const { readAccount, readFollowerCount, readPosts, postOf, findComposer, replyTarget, contentRoot } = readers;
  return {
    platform,
    matchUrl,
    readAccount,
    readFollowerCount,
    readPosts,
    postOf,
    findComposer,
    replyTarget,
    contentRoot,
  };
}
