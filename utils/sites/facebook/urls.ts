import type { UrlMatch } from '../types';
import { urlKinds } from '../url-kinds';

/** Facebook usernames: letters, digits and dots, at least 5 long. */
const HANDLE = /^[A-Za-z0-9.]{5,}$/;
const NUMERIC = /^\d{1,25}$/;
/** Post ids are numeric or the newer `pfbid0…` form. */
const POST_ID = /^(?:\d{1,25}|pfbid[A-Za-z0-9]{10,})$/;

/** First path segments that are Facebook's own pages, never accounts. Compared lower-cased. */
export const reservedPaths: ReadonlySet<string> = new Set([
  'groups', 'watch', 'marketplace', 'events', 'gaming', 'reel', 'reels', 'stories', 'messages', 'friends',
  'bookmarks', 'notifications', 'settings', 'help', 'pages', 'search', 'hashtag', 'photo', 'photos', 'video',
  'videos', 'live', 'saved', 'memories', 'fundraisers', 'business', 'ads', 'policies', 'privacy', 'login',
  'checkpoint', 'recover', 'share', 'sharer', 'dialog', 'plugins', 'composer', 'news', 'jobs', 'dating',
  'weather', 'games', 'latest', 'feeds', 'onthisday', 'places', 'me',
]);

/** Second path segments that are still the account's page (`/acme/about`). */
export const accountSubPages: ReadonlySet<string> = new Set([
  'about', 'photos', 'videos', 'reels', 'followers', 'following', 'friends', 'mentions', 'reviews',
  'community', 'events', 'live_videos', 'music', 'map', 'sports', 'likes', 'groups', 'photos_by',
  'about_details', 'about_contact_and_basic_info',
]);

/**
 * Account pages: `/acme.store`, `/profile.php?id=100064`, `/people/Acme-Store/100064/`, `/acme.store/about`.
 * Posts: `/acme.store/posts/123`, `/permalink.php?story_fbid=123&id=100064`.
 * Reserved (the site's own pages): `/`, `/groups/…`, `/watch/?v=…`, `/home.php`, `/profile.php` without an id.
 */
export const { isAccount, isPost, isReserved } = urlKinds(matchUrl);

export function matchUrl(url: URL): UrlMatch {
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = segments;
  if (first === undefined) return { kind: 'reserved' };
  const lowered = first.toLowerCase();
  if (lowered.endsWith('.php')) return matchPhp(lowered, url.searchParams);
  if (reservedPaths.has(lowered)) return { kind: 'reserved' };
  if (lowered === 'people') {
    // `/people/<Name>/<id>`: the name is a display slug, not a handle.
    return third !== undefined && NUMERIC.test(third) ? { kind: 'account', stableId: third } : { kind: 'unknown' };
  }
  if (!HANDLE.test(first)) return { kind: 'unknown' };
  if (second === undefined) return { kind: 'account', handle: first };
  if (second === 'posts') {
    return third !== undefined && POST_ID.test(third)
      ? { kind: 'post', handle: first, postId: third }
      : { kind: 'unknown' };
  }
  if (accountSubPages.has(second.toLowerCase())) return { kind: 'account', handle: first };
  return { kind: 'unknown' };
}

/** Every `*.php` page is Facebook's own, except a profile by id and a post permalink. */
function matchPhp(page: string, query: URLSearchParams): UrlMatch {
  const id = query.get('id') ?? '';
  if (page === 'profile.php' && NUMERIC.test(id)) return { kind: 'account', stableId: id };
  if (page === 'permalink.php' || page === 'story.php') {
    const story = query.get('story_fbid') ?? '';
    if (NUMERIC.test(id) && POST_ID.test(story)) return { kind: 'post', stableId: id, postId: story };
  }
  return { kind: 'reserved' };
}
