import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export type { AccountIdentity, PageKind, PostRef, SiteAdapter, UrlMatch } from './types';

const byDomain: ReadonlyArray<readonly [string, SiteAdapter]> = [
  ['x.com', xAdapter],
  ['twitter.com', xAdapter],
  ['facebook.com', facebookAdapter],
  ['instagram.com', instagramAdapter],
];

/** The adapter for a page's hostname (`x.com`, `www.facebook.com`, `m.facebook.com` …), or null. */
export function adapterFor(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return byDomain.find(([domain]) => host === domain || host.endsWith(`.${domain}`))?.[1] ?? null;
}
