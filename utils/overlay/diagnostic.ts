import type { SiteAdapter } from '../sites/types';
import { attempt } from './page-reader';
import type { ReadDiagnostic } from './port';

/**
 * What the adapter's readers found on a page they should have read, for the user to copy into a report: which
 * reader matched and how many posts and comments — never a name or any other text from the page.
 */
export function diagnose(adapter: SiteAdapter, doc: Document, composer: HTMLElement | null): ReadDiagnostic {
  const match = adapter.matchUrl(new URL(doc.location.href));
  const root = attempt(() => adapter.contentRoot(doc));
  const posts = (root && attempt(() => adapter.readPosts(root))) || [];
  return {
    platform: adapter.platform,
    kind: match.kind,
    urlHandle: Boolean(match.handle),
    urlStableId: Boolean(match.stableId),
    readers: {
      account: attempt(() => adapter.readAccount(doc, match)) !== null,
      followers: attempt(() => adapter.readFollowerCount(doc)) !== null,
      contentRoot: root !== null,
      composer: (composer ?? attempt(() => adapter.findComposer(doc))) !== null,
    },
    posts: posts.filter((post) => post.kind === 'post').length,
    comments: posts.filter((post) => post.kind === 'comment').length,
  };
}

/** The diagnostic as the text the user copies (keys and counts only). */
export function diagnosticText(diagnostic: ReadDiagnostic, version: string): string {
  const { readers } = diagnostic;
  const found = (Object.keys(readers) as (keyof typeof readers)[])
    .map((name) => `${name}=${readers[name] ? 'yes' : 'no'}`)
    .join(' ');
  return [
    `Wasla ${version}`,
    `site=${diagnostic.platform} kind=${diagnostic.kind} urlHandle=${diagnostic.urlHandle ? 'yes' : 'no'} urlStableId=${diagnostic.urlStableId ? 'yes' : 'no'}`,
    `readers: ${found}`,
    `posts=${diagnostic.posts} comments=${diagnostic.comments}`,
  ].join('\n');
}
