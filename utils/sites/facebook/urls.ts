import type { UrlMatch } from '../types';
import { urlKinds } from '../url-kinds';

/**
 * Facebook usernames and Page names: letters, digits and dots. Personal usernames need 5, but Pages keep
 * shorter ones (`/cnn`, `/meta`, `/bbc`), so any length from 1 counts; Facebook's own short paths are in
 * `reservedPaths`.
 */
const HANDLE = /^[A-Za-z0-9.]{1,50}$/;
const NUMERIC = /^\d{1,25}$/;
/** Post ids are numeric or the newer `pfbid0…` form. */
const POST_ID = /^(?:\d{1,25}|pfbid[A-Za-z0-9]{10,})$/;
const PFBID = /^pfbid[A-Za-z0-9]{10,}$/;

/** First path segments that are Facebook's own pages, never accounts. Compared lower-cased. */
export const reservedPaths: ReadonlySet<string> = new Set([
  'groups',
  'watch',
  'marketplace',
  'events',
  'gaming',
  'reel',
  'reels',
  'stories',
  'messages',
  'friends',
  'bookmarks',
  'notifications',
  'settings',
  'help',
  'pages',
  'search',
  'hashtag',
  'photo',
  'photos',
  'video',
  'videos',
  'live',
  'saved',
  'memories',
  'fundraisers',
  'business',
  'ads',
  'policies',
  'privacy',
  'login',
  'checkpoint',
  'recover',
  'share',
  'sharer',
  'dialog',
  'plugins',
  'composer',
  'news',
  'jobs',
  'dating',
  'weather',
  'games',
  'latest',
  'feeds',
  'onthisday',
  'places',
  'me',
  'l',
  'lm',
  'privacy_sandbox',
  'ajax',
  'api',
  'legal',
  'terms',
  'careers',
  'lite',
  'mobile',
  'find-friends',
  'campaign',
  'instantgames',
  'media',
  'commerce',
  'shops',
  'offers',
  'coronavirus_info',
  'climatescienceinfo',
  'permalink',
  'story',
  'notes',
  'watchparty',
  'u',
  'tr',
  'profile',
  'people',
]);

/** Second path segments that are still the account's page (`/acme/about`, Page tabs like `/acme/reels_tab`). */
export const accountSubPages: ReadonlySet<string> = new Set([
  'about',
  'photos',
  'videos',
  'reels',
  'followers',
  'following',
  'friends',
  'mentions',
  'reviews',
  'community',
  'events',
  'live_videos',
  'music',
  'map',
  'sports',
  'likes',
  'groups',
  'photos_by',
  'about_details',
  'about_contact_and_basic_info',
  'reels_tab',
  'friends_likes',
  'photos_albums',
  'videos_tab',
  'about_profile_transparency',
  'about_overview',
  'about_work_and_education',
  'about_places',
  'about_family_and_relationships',
  'about_details_and_bio',
  'subscribers',
  'shop',
  'services',
  'offers',
  'jobs',
  'notes',
  'featured',
  'past_events',
  'upcoming_hosted_events',
  'page_transparency',
]);

/** Second path segments under which a third segment (or a later one) is one post: a photo, video or reel. */
const MEDIA_PATHS: ReadonlySet<string> = new Set(['posts', 'photos', 'videos', 'reel', 'reels']);

/**
 * Account pages: `/acme.store`, `/cnn`, `/profile.php?id=100064`, `/people/Acme-Store/100064/`,
 * `/people/Acme-Store/pfbid0…/`, `/100064`, `/acme.store/about`, `/acme.store/reels_tab`.
 * Posts: `/acme.store/posts/123`, `/acme.store/posts/<slug>/123/`, `/acme.store/photos/a.1/123/`,
 * `/acme.store/videos/123/`, `/100064/videos/<slug>/123/`, `/permalink.php?story_fbid=123&id=100064`,
 * `/photo/?fbid=123`, `/photo.php?fbid=123`, `/reel/123`, `/watch/?v=123`.
 * Reserved (the site's own pages): `/`, `/groups/…`, `/watch/`, `/home.php`, `/profile.php` without an id.
 */
export const { isAccount, isPost, isReserved } = urlKinds(matchUrl);

export function matchUrl(url: URL): UrlMatch {
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => safeDecode(segment));
  const [first, second, third] = segments;
  if (first === undefined) return { kind: 'reserved' };
  const lowered = first.toLowerCase();
  if (lowered.endsWith('.php')) return matchPhp(lowered, url.searchParams);
  if (lowered === 'people') {
    // `/people/<Name>/<id or pfbid>`: the name is a display slug, not a handle.
    const id = third ?? '';
    return NUMERIC.test(id) || PFBID.test(id) ? { kind: 'account', stableId: id } : { kind: 'unknown' };
  }
  const sitePost = matchSitePost(lowered, second, url.searchParams);
  if (sitePost) return sitePost;
  if (reservedPaths.has(lowered)) return { kind: 'reserved' };
  if (!HANDLE.test(first)) return { kind: 'unknown' };
  // A numeric first segment is the account's id (`/100063765656088/videos/…`), not a username.
  const owner: Omit<UrlMatch, 'kind'> = NUMERIC.test(first) ? { stableId: first } : { handle: first };
  if (second === undefined) return { kind: 'account', ...owner };
  const tab = second.toLowerCase();
  if (MEDIA_PATHS.has(tab) && third !== undefined) {
    // The post id is the last numeric (or pfbid) segment: `/posts/<slug>/<id>/`, `/photos/a.<album>/<id>/`.
    const id = segments
      .slice(2)
      .reverse()
      .find((segment) => POST_ID.test(segment));
    return id !== undefined ? { kind: 'post', ...owner, postId: id } : { kind: 'unknown' };
  }
  if (accountSubPages.has(tab)) return { kind: 'account', ...owner };
  return { kind: 'unknown' };
}

/** Facebook's own media pages that show one post: `/photo/?fbid=`, `/reel/<id>`, `/watch/?v=`. */
function matchSitePost(first: string, second: string | undefined, query: URLSearchParams): UrlMatch | null {
  if (first === 'photo') {
    const fbid = query.get('fbid') ?? '';
    return NUMERIC.test(fbid) ? { kind: 'post', postId: fbid } : null;
  }
  if (first === 'reel' && second !== undefined && NUMERIC.test(second)) return { kind: 'post', postId: second };
  if (first === 'watch') {
    const video = query.get('v') ?? '';
    return NUMERIC.test(video) ? { kind: 'post', postId: video } : null;
  }
  return null;
}

/** Every `*.php` page is Facebook's own, except a profile by id and a post permalink. */
function matchPhp(page: string, query: URLSearchParams): UrlMatch {
  const id = query.get('id') ?? '';
  if (page === 'profile.php' && NUMERIC.test(id)) return { kind: 'account', stableId: id };
  if (page === 'permalink.php' || page === 'story.php') {
    const story = query.get('story_fbid') ?? '';
    if (NUMERIC.test(id) && POST_ID.test(story)) return { kind: 'post', stableId: id, postId: story };
  }
  if (page === 'photo.php') {
    const fbid = query.get('fbid') ?? '';
    if (NUMERIC.test(fbid)) return { kind: 'post', postId: fbid };
  }
  return { kind: 'reserved' };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
