import { textKey } from '../text/visible-text';
import type { PostRef } from './types';
import { isBefore } from './dom';

/**
 * Which post/comment a composer answers, given what the page says about it. Shared by the three sites; each
 * site only finds the hint (a `data-replying-to` attribute, a "Replying to @x" line, an "@user " prefix).
 *
 * Order: (1) what the hint names (the user clicked Reply on it): that author's post, else their comment; when
 * several share that author, the nearest one above the composer, else the first; (2) if `nearestAbove`, the
 * nearest comment above the composer within its own post; (3) the post containing the composer, else the
 * nearest post above, else the first post.
 */
export interface ReplyHint {
  /** Handle or display name of the author being answered, as the page shows it. */
  author?: string;
}

export function pickReplyTarget(
  composer: Element,
  posts: PostRef[],
  hint: ReplyHint,
  options: { nearestAbove: boolean },
): PostRef | null {
  const above = posts.filter((post) => post.element.contains(composer) || isBefore(post.element, composer));
  const nearest = (candidates: PostRef[]): PostRef | null =>
    candidates.filter((post) => above.includes(post)).at(-1) ?? candidates[0] ?? null;

  if (hint.author) {
    const wanted = textKey(hint.author.replace(/^@/, ''));
    const byAuthor = posts.filter(
      (post) => textKey(post.authorHandle ?? '') === wanted || textKey(post.authorName) === wanted,
    );
    // The post's own author first: on X, Reply on the focal tweet names its author, who may also have replied
    // in the thread. Customers being answered are commenters, rarely the post's author.
    const named = nearest(byAuthor.filter((post) => post.kind === 'post')) ?? nearest(byAuthor);
    if (named) return named;
  }
  const containing = posts.filter((post) => post.kind === 'post' && post.element.contains(composer)).at(-1);
  // On a feed, the composer's own post bounds the search: the comment above may belong to another post.
  const comments = above.filter(
    (post) => post.kind === 'comment' && (!containing || containing.element.contains(post.element)),
  );
  if (options.nearestAbove && comments.length > 0) return comments.at(-1)!;
  const postsOnly = posts.filter((post) => post.kind === 'post');
  return containing ?? postsOnly.filter((post) => above.includes(post)).at(-1) ?? postsOnly[0] ?? null;
}
