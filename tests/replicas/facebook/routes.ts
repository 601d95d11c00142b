import { pageByHandle, pageById, type FacebookPage } from './data';

// Which Facebook page a URL shows. Facebook's own sections come first; any other `.php` is Facebook's too.
const reservedSections = new Set([
  'groups',
  'watch',
  'marketplace',
  'events',
  'gaming',
  'reel',
  'stories',
  'messages',
  'friends',
  'notifications',
  'bookmarks',
  'saved',
  'pages',
  'help',
  'login',
  'settings',
  'photo',
  'hashtag',
  'search',
]);

export type AccountTab = 'posts' | 'about' | 'followers';

export type FacebookRoute =
  | { page: 'feed' }
  | { page: 'account'; account: FacebookPage; tab: AccountTab }
  | { page: 'post'; account: FacebookPage; postId: string }
  | { page: 'reserved'; section: string }
  | { page: 'unavailable' };

function accountRoute(account: FacebookPage | undefined): FacebookRoute {
  return account ? { page: 'account', account, tab: 'posts' } : { page: 'unavailable' };
}

export function routeFor(url: URL): FacebookRoute {
  const [first, second, third] = url.pathname.split('/').filter(Boolean);
  if (!first) return { page: 'feed' };
  if (first === 'profile.php') return accountRoute(pageById(url.searchParams.get('id') ?? ''));
  if (first.endsWith('.php')) return { page: 'reserved', section: first.replace(/\.php$/, '') };
  if (first === 'people') return accountRoute(pageById(third ?? ''));
  if (reservedSections.has(first.toLowerCase())) return { page: 'reserved', section: first.toLowerCase() };
  const account = pageByHandle(first);
  if (!account) return { page: 'unavailable' };
  if (second === 'posts' && third) return { page: 'post', account, postId: third };
  if (second === 'followers' || second === 'about') return { page: 'account', account, tab: second };
  return { page: 'account', account, tab: 'posts' };
}
