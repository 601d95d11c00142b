import type { UrlMatch } from '../types';
import { urlKinds } from '../url-kinds';

/** Handles: 1–15 of [A-Za-z0-9_] (X's signup rule). */
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const STATUS_ID = /^\d{1,25}$/;

/** First path segments that are X's own pages, never accounts. Compared lower-cased. */
export const reservedPaths: ReadonlySet<string> = new Set([
  'home',
  'explore',
  'search',
  'search-advanced',
  'i',
  'settings',
  'messages',
  'notifications',
  'compose',
  'hashtag',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'communities',
  'lists',
  'bookmarks',
  'premium',
  'premium_sign_up',
  'verified-choose',
  'about',
  'account',
  'download',
  'intent',
  'share',
  'oauth',
  'who_to_follow',
  'topics',
  'rules',
  'display',
  'places',
  'following',
  'followers',
  'grok',
  'session',
]);

/** Second path segments that are still the account's own page (`/acme/media`). */
export const accountSubPages: ReadonlySet<string> = new Set([
  'with_replies',
  'media',
  'likes',
  'highlights',
  'articles',
  'followers',
  'following',
  'verified_followers',
  'followers_you_follow',
  'affiliates',
  'superfollows',
  'subscriptions',
  'creator-subscriptions',
  'lists',
  'communities',
  'photo',
  'header_photo',
]);

/**
 * Account pages: `/acme`, `/acme/`, `/acme/media`.
 * Posts: `/acme/status/123`, `/acme/status/123/photo/1`, `/i/web/status/123`, `/acme/article/123`.
 * Reserved (the site's own pages): `/`, `/home`, `/search?q=…`, `/settings/profile`.
 */
export const { isAccount, isPost, isReserved } = urlKinds(matchUrl);

export function matchUrl(url: URL): UrlMatch {
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = segments;
  if (first === undefined) return { kind: 'reserved' };
  const lowered = first.toLowerCase();
  // `/i/status/123` and `/i/web/status/123`: a post whose author is only known from the page.
  if (lowered === 'i') {
    const at = segments.findIndex((segment) => segment === 'status' || segment === 'article');
    const id = at > 0 ? segments[at + 1] : undefined;
    if (id !== undefined && STATUS_ID.test(id)) return { kind: 'post', postId: id };
    return { kind: 'reserved' };
  }
  if (reservedPaths.has(lowered)) return { kind: 'reserved' };
  if (!HANDLE.test(first)) return { kind: 'unknown' };
  if (second === undefined) return { kind: 'account', handle: first };
  // `/<user>/article/<id>`: an X Article (long post), which has its own status id.
  if (second === 'status' || second === 'article') {
    // Trailing parts (`/photo/1`, `/analytics`, `/quotes`) still show the same post.
    return third !== undefined && STATUS_ID.test(third)
      ? { kind: 'post', handle: first, postId: third }
      : { kind: 'unknown' };
  }
  if (accountSubPages.has(second)) return { kind: 'account', handle: first };
  return { kind: 'unknown' };
}
