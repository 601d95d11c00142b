import type { PageKind, UrlMatch } from './types';

export type UrlKindTest = (url: URL) => boolean;

/**
 * One predicate per page kind from a site's `matchUrl`: each site's URL tables (tests/unit/sites) check that
 * every example URL satisfies exactly one of them.
 */
export function urlKinds(matchUrl: (url: URL) => UrlMatch): Record<'isAccount' | 'isPost' | 'isReserved', UrlKindTest> {
  const is = (kind: PageKind) => (url: URL) => matchUrl(url).kind === kind;
  return { isAccount: is('account'), isPost: is('post'), isReserved: is('reserved') };
}
