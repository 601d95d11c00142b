// Which Instagram page a URL shows. Instagram's own sections come first; they are never usernames.
const reservedSections = new Set([
  'accounts',
  'explore',
  'direct',
  'reels',
  'stories',
  'reel',
  'tv',
  'settings',
  'about',
  'legal',
  'developer',
  'challenge',
  'emails',
  'session',
  'web',
  'api',
]);

export type InstagramRoute =
  | { page: 'feed' }
  | { page: 'profile'; username: string; followersOpen: boolean }
  | { page: 'post'; code: string }
  | { page: 'reserved'; section: string }
  | { page: 'unavailable' };

export function routeFor(url: URL): InstagramRoute {
  const [first, second, third] = url.pathname.split('/').filter(Boolean);
  if (!first) return { page: 'feed' };
  if (first === 'p') return third === undefined && second ? { page: 'post', code: second } : { page: 'unavailable' };
  if (reservedSections.has(first.toLowerCase())) return { page: 'reserved', section: first.toLowerCase() };
  if (!/^[A-Za-z0-9_.]{1,30}$/.test(first)) return { page: 'unavailable' };
  // Since 2024 post links may also carry the author: /<username>/p/<code>/.
  if (second === 'p' && third) return { page: 'post', code: third };
  return { page: 'profile', username: first.toLowerCase(), followersOpen: second === 'followers' };
}
