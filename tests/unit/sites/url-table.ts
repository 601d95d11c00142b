import { describe, expect, it } from 'vitest';
import type { PageKind, UrlMatch } from '../../../utils/sites/types';

export type UrlCase = readonly [url: string, kind: PageKind, rest?: Omit<UrlMatch, 'kind'>];

interface SiteUrls {
  matchUrl: (url: URL) => UrlMatch;
  isAccount: (url: URL) => boolean;
  isPost: (url: URL) => boolean;
  isReserved: (url: URL) => boolean;
}

/** Each example URL gets exactly its kind from `matchUrl`, and satisfies that kind's predicate and no other. */
export function describeUrlTable(
  site: string,
  urls: ReadonlyArray<UrlCase>,
  { matchUrl, isAccount, isPost, isReserved }: SiteUrls,
): void {
  describe(`${site} matchUrl`, () => {
    for (const [url, kind, rest] of urls) {
      it(`${url} is ${kind}, and only that`, () => {
        const parsed = new URL(url);
        expect(matchUrl(parsed)).toEqual({ kind, ...rest });
        expect([isAccount(parsed), isPost(parsed), isReserved(parsed)]).toEqual([
          kind === 'account',
          kind === 'post',
          kind === 'reserved',
        ]);
      });
    }
  });
}
