// Which X page a URL shows. X treats these first path segments as its own pages, never as handles.
const reservedSections = new Set([
  'home',
  'explore',
  'search',
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
]);

export type XRoute =
  | { page: 'home'; stream: { count: number; batchSize: number } }
  | { page: 'reserved'; section: string; feature?: string }
  | { page: 'profile'; handle: string }
  | { page: 'followers'; handle: string }
  | { page: 'status'; handle: string; statusId: string }
  | { page: 'not-found' };

function nonNegativeInteger(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value >= 0 ? value : fallback;
}

export function routeFor(url: URL): XRoute {
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second, third] = segments;
  if (!first) return { page: 'reserved', section: 'home' }; // x.com/ is the logged-out landing page
  if (first === 'home') {
    const count = nonNegativeInteger(url.searchParams.get('stream'), 0);
    const batchSize = Math.max(1, nonNegativeInteger(url.searchParams.get('batch'), 10));
    return { page: 'home', stream: { count, batchSize } };
  }
  if (reservedSections.has(first.toLowerCase()))
    return { page: 'reserved', section: first.toLowerCase(), feature: second };
  if (!/^[A-Za-z0-9_]{1,15}$/.test(first)) return { page: 'not-found' };
  // Handles are case-insensitive on X: /Wasla_Demo shows @wasla_demo.
  const handle = first.toLowerCase();
  if (!second) return { page: 'profile', handle };
  if (second === 'status' && third && /^\d+$/.test(third)) return { page: 'status', handle, statusId: third };
  if (second === 'verified_followers' || second === 'followers') return { page: 'followers', handle };
  return { page: 'profile', handle };
}
