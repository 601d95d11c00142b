import { detectLanguage } from '../../text/language';
import { readText, stripBidi, textKey } from '../../text/visible-text';
import { absoluteUrl, documentOf, ownAll, pageUrl, preferFocused, readCount } from '../dom';
import { pickReplyTarget } from '../reply-target';
import type { AccountIdentity, PostRef, UrlMatch } from '../types';
import { composerLabel, selectors } from './selectors';
import { matchUrl } from './urls';

const ORIGIN = 'https://www.instagram.com';
/** "@user " at the start of the comment box: what Instagram's Reply button types. */
const MENTION_PREFIX = /^\s*@([A-Za-z0-9_.]{1,30})/;

export function contentRoot(doc: Document): Element | null {
  return doc.querySelector(selectors.main);
}

/** The username a link points to (`/acme/` → `acme`), or undefined for any other link. */
function userOf(link: Element | null | undefined): string | undefined {
  const url = absoluteUrl(link?.getAttribute('href') ?? null, ORIGIN);
  const match = url ? matchUrl(url) : undefined;
  return match?.kind === 'account' && url?.pathname.split('/').filter(Boolean).length === 1 ? match.handle : undefined;
}

export function readAccount(doc: Document, match: UrlMatch): AccountIdentity | null {
  const main = contentRoot(doc);
  if (!main) return null;
  if (match.kind === 'account') {
    const header = main.querySelector(selectors.header);
    const heading = header?.querySelector(selectors.username);
    const handle = stripBidi(readText(heading)).replace(/^@/, '');
    // Instagram keeps the previous profile's header while the next one loads: a different name is stale.
    if (!header || !handle || handle.toLowerCase() !== match.handle?.toLowerCase()) return null;
    const name = Array.from(header.querySelectorAll(selectors.headerText)).find((span) => {
      const text = readText(span);
      return (
        text !== '' &&
        !span.querySelector(selectors.headerText) &&
        !span.closest(selectors.notDisplayName) &&
        textKey(text) !== textKey(handle)
      );
    });
    return { platform: 'instagram', key: handle.toLowerCase(), handle, displayName: readText(name) || handle };
  }
  if (match.kind === 'post') {
    const post = readPosts(main).find((candidate) => candidate.kind === 'post');
    const handle = post?.authorHandle;
    if (!handle || (match.handle !== undefined && handle.toLowerCase() !== match.handle.toLowerCase())) return null;
    // A post page shows only the username; it doubles as the display name.
    return { platform: 'instagram', key: handle.toLowerCase(), handle, displayName: post.authorName || handle };
  }
  return null;
}

export function readFollowerCount(doc: Document): number | null {
  const link = contentRoot(doc)?.querySelector(`${selectors.header} ${selectors.followersLink}`);
  return link ? readCount(link) : null;
}

/**
 * The permalink wrapping one of `times`: a comment keeps its `/c/<id>/` path; a post is reduced to
 * `/p/<code>/` (its own time link may come after its comments', so those are excluded by the caller).
 */
function permalink(times: Element[], kind: PostRef['kind']): string | null {
  const url = absoluteUrl(times[0]?.closest('a')?.getAttribute('href') ?? null, ORIGIN);
  const match = url ? matchUrl(url) : undefined;
  if (!url || match?.kind !== 'post') return null;
  return kind === 'post' ? `${ORIGIN}/p/${match.postId}/` : `${ORIGIN}${url.pathname}`;
}

function readComment(item: Element): PostRef {
  const nested = selectors.commentItem;
  const authorLink = ownAll(item, selectors.profileLink, nested).find((link) => userOf(link) && readText(link));
  const text = ownAll(item, selectors.text, nested)
    .filter((span) => !span.closest('a') && !span.querySelector(selectors.text))
    .map((span) => readText(span))
    .join(' ');
  const handle = userOf(authorLink);
  return {
    element: item,
    url: permalink(ownAll(item, selectors.permalinkTime, nested), 'comment'),
    authorName: readText(authorLink),
    ...(handle !== undefined ? { authorHandle: handle } : {}),
    text,
    language: detectLanguage(text),
    kind: 'comment',
  };
}

function readPost(article: Element): PostRef {
  const outside = (element: Element) => !element.closest(selectors.comment);
  const authorLink = Array.from(article.querySelectorAll(selectors.profileLink)).find(
    (link) => outside(link) && userOf(link) !== undefined && readText(link) !== '',
  );
  const caption =
    Array.from(article.querySelectorAll(selectors.caption)).find(outside) ??
    Array.from(article.querySelectorAll(selectors.text)).find((span) => outside(span) && !span.closest('a'));
  const text = readText(caption);
  const handle = userOf(authorLink);
  const here = pageUrl(documentOf(article));
  const own = Array.from(article.querySelectorAll(selectors.permalinkTime)).filter(outside);
  const current = here ? matchUrl(here) : undefined;
  const url = permalink(own, 'post') ?? (current?.kind === 'post' ? `${ORIGIN}/p/${current.postId}/` : null);
  return {
    element: article,
    url,
    authorName: readText(authorLink),
    ...(handle !== undefined ? { authorHandle: handle } : {}),
    text,
    language: detectLanguage(text),
    kind: 'post',
  };
}

/** Posts and their comments in document order (a post precedes its comments). */
export function readPosts(root: ParentNode): PostRef[] {
  const articles = Array.from(root.querySelectorAll(selectors.article));
  return articles.flatMap((article) => [
    readPost(article),
    ...Array.from(article.querySelectorAll(selectors.comment))
      .filter((item) => ownAll(item, selectors.profileLink, selectors.commentItem).some((link) => userOf(link)))
      .map(readComment),
  ]);
}

export function postOf(element: Element): PostRef | null {
  const item = element.closest(selectors.comment);
  if (item?.closest(selectors.article)) {
    const comment = readComment(item);
    if (comment.authorHandle) return comment;
  }
  const article = element.closest(selectors.article);
  return article ? readPost(article) : null;
}

export function findComposer(doc: Document): HTMLElement | null {
  const boxes = Array.from(doc.querySelectorAll<HTMLTextAreaElement>(selectors.composer)).filter((box) =>
    composerLabel.test(box.getAttribute('aria-label') ?? box.getAttribute('placeholder') ?? ''),
  );
  return preferFocused(boxes, doc);
}

/**
 * Instagram has one comment box per post, after all its comments, and its Reply button types "@user " into it.
 * So the answered comment is the one named by that prefix (or by the replica's `data-replying-to`); without
 * either, the box answers the post. The generic "nearest comment above" rule would always pick the latest
 * comment here, so it is off for Instagram.
 */
export function replyTarget(composer: HTMLElement, doc: Document): PostRef | null {
  const article = composer.closest(selectors.article);
  const posts = readPosts(article?.parentElement ?? contentRoot(doc) ?? doc);
  const value = composer.tagName === 'TEXTAREA' ? (composer as HTMLTextAreaElement).value : readText(composer);
  const author =
    composer.closest(selectors.replyingTo)?.getAttribute('data-replying-to') ?? MENTION_PREFIX.exec(value)?.[1];
  const hint = author ? { author } : {};
  return pickReplyTarget(composer, posts, hint, { nearestAbove: false, hintMayNamePost: false });
}
