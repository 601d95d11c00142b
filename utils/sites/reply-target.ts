import { textKey } from '../text/visible-text';
import { isBefore } from './dom';
import type { PostRef } from './types';

/**
 * Which post/comment a composer answers, given what the page says about it. Shared by the three sites; each
 * site only finds the hint from the page itself (X's "Replying to @x" dialog, the "@user " an Instagram Reply types,
 * the mention a Facebook reply box starts with).
 *
 * Order: (1) what the hint names (the user clicked Reply on it): that author's comment, else post (the other
 * way round with `hintMayNamePost`); when several share that author, the nearest one above the composer, else
 * the first; (2) if `nearestAbove`, the nearest comment above the composer within its own post; (3) the post
 * containing the composer, else the nearest post above, else the first post.
 */
export interface ReplyHint {
  /** Handle or display name of the author being answered, as the page shows it. */
  author?: string;
}

export function pickReplyTarget(
  composer: Element,
  posts: PostRef[],
  hint: ReplyHint,
  options: {
    /** Apply rule (2). */
    nearestAbove: boolean;
    /**
     * The hint may name the post's author: X's composer names the post's author until Reply is clicked on a
     * reply, so that author's post wins over their own replies in the thread. On Facebook and Instagram a hint
     * only comes from a comment's Reply, so the page replying to its own comment still picks that comment.
     */
    hintMayNamePost: boolean;
  },
): PostRef | null {
  const above = posts.filter((post) => post.element.contains(composer) || isBefore(post.element, composer));
  const nearest = (candidates: PostRef[]): PostRef | null =>
    candidates.filter((post) => above.includes(post)).at(-1) ?? candidates[0] ?? null;

  if (hint.author) {
    const wanted = textKey(hint.author.replace(/^@/, ''));
    const byAuthor = posts.filter(
      (post) => textKey(post.authorHandle ?? '') === wanted || textKey(post.authorName) === wanted,
    );
    const theirPosts = byAuthor.filter((post) => post.kind === 'post');
    const theirComments = byAuthor.filter((post) => post.kind === 'comment');
    const named = options.hintMayNamePost
      ? (nearest(theirPosts) ?? nearest(theirComments))
      : (nearest(theirComments) ?? nearest(theirPosts));
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
