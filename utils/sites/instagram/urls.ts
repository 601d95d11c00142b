import type { UrlMatch } from '../types';
import { urlKinds } from '../url-kinds';

/** Instagram usernames: 1–30 of letters, digits, `_` and `.`. */
const HANDLE = /^[A-Za-z0-9_.]{1,30}$/;
/** Shortcodes of `/p/<code>/` and `/reel/<code>/`. */
const CODE = /^[A-Za-z0-9_-]{5,64}$/;
const POST_PATHS = new Set(['p', 'reel', 'tv']);

/** First path segments that are Instagram's own pages, never accounts. Compared lower-cased. */
export const reservedPaths: ReadonlySet<string> = new Set([
  'accounts',
  'explore',
  'direct',
  'reels',
  'stories',
  'p',
  'reel',
  'tv',
  'settings',
  'about',
  'legal',
  'developer',
  'emails',
  'challenge',
  'privacy',
  'terms',
  'web',
  'session',
  'oauth',
  'graphql',
  'api',
  'static',
  'press',
  'help',
  'lite',
  'nametag',
  'directory',
  'topics',
  'your_activity',
  'notifications',
  'create',
  'ar',
  'threads',
  'login',
  'signup',
  'download',
  'qr',
  'meta',
  'local_dev',
  'shop',
]);

/** Second path segments that are still the account's page (`/acme/tagged/`). */
export const accountSubPages: ReadonlySet<string> = new Set([
  'reels',
  'tagged',
  'saved',
  'followers',
  'following',
  'guides',
  'feed',
  'channel',
  'related_profiles',
]);

/**
 * Account pages: `/acme/`, `/acme.store`, `/acme/tagged/`.
 * Posts: `/p/Cx1_abc/`, `/reel/Cx1_abc/`, `/reels/Cx1_abc/`, `/acme/p/Cx1_abc/`, a comment `/p/Cx1_abc/c/1790…/`.
 * Reserved (the site's own pages): `/`, `/explore/`, `/direct/inbox/`, `/stories/acme/123/`.
 */
export const { isAccount, isPost, isReserved } = urlKinds(matchUrl);

export function matchUrl(url: URL): UrlMatch {
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = segments;
  if (first === undefined) return { kind: 'reserved' };
  const lowered = first.toLowerCase();
  if (POST_PATHS.has(lowered) || (lowered === 'reels' && second !== undefined && second !== 'audio')) {
    // Author unknown from the URL; the page says (og:url, the author link). `/reels/<code>/` is a reel opened
    // from the Reels tab; `/reels/` itself and `/reels/audio/<id>/` are Instagram's own pages.
    return second !== undefined && CODE.test(second) ? { kind: 'post', postId: second } : { kind: 'reserved' };
  }
  if (reservedPaths.has(lowered)) return { kind: 'reserved' };
  if (!HANDLE.test(first)) return { kind: 'unknown' };
  if (second === undefined) return { kind: 'account', handle: first };
  // Since 2024 Instagram also links posts as `/<user>/p/<code>/` and `/<user>/reel/<code>/`.
  if (POST_PATHS.has(second)) {
    return third !== undefined && CODE.test(third)
      ? { kind: 'post', handle: first, postId: third }
      : { kind: 'unknown' };
  }
  if (accountSubPages.has(second)) return { kind: 'account', handle: first };
  return { kind: 'unknown' };
}
