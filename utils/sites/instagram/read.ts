import { detectLanguage } from '../../text/language';
import { parseFollowerCount } from '../../text/follower-count';
import { readText, stripBidi, textKey } from '../../text/visible-text';
import { absoluteUrl, documentOf, metaContent, pageUrl, preferFocused, readCount, rowOf, textOutside } from '../dom';
import { pickReplyTarget } from '../reply-target';
import type { AccountIdentity, PostRef, UrlMatch } from '../types';
import { selectors } from './selectors';
import { matchUrl } from './urls';

const ORIGIN = 'https://www.instagram.com';
/** "@user " at the start of the comment box: what Instagram's Reply button types. */
const MENTION_PREFIX = /^\s*@([A-Za-z0-9_.]{1,30})/;

export function contentRoot(doc: Document): Element | null {
  return doc.querySelector(selectors.main);
}

/** The account a link points to (`/acme/`, `/acme/reels/`), or undefined for any other link. */
function userOf(link: Element | null | undefined): string | undefined {
  const url = absoluteUrl(link?.getAttribute('href') ?? null, ORIGIN);
  const match = url ? matchUrl(url) : undefined;
  return match?.kind === 'account' ? match.handle : undefined;
}

/** `og:url`, when it names the account or post of the address (never a stale tag from the previous page). */
function agreeingOgUrl(doc: Document, match: UrlMatch): UrlMatch | null {
  const url = absoluteUrl(metaContent(doc, selectors.ogUrl), ORIGIN);
  const tagged = url ? matchUrl(url) : null;
  if (!tagged || tagged.kind !== match.kind) return null;
  if (match.kind === 'account') return tagged.handle?.toLowerCase() === match.handle?.toLowerCase() ? tagged : null;
  if (tagged.postId !== match.postId) return null;
  if (match.handle !== undefined && tagged.handle?.toLowerCase() !== match.handle.toLowerCase()) return null;
  return tagged;
}

/** "Name (@handle) • Instagram photos and videos", in any UI language: the part before "(@handle)". */
function nameFromOgTitle(doc: Document, handle: string): string | null {
  const title = metaContent(doc, selectors.ogTitle) ?? '';
  const at = title.toLowerCase().indexOf(`(@${handle.toLowerCase()})`);
  const name = at > 0 ? title.slice(0, at).trim() : '';
  return name || null;
}

/** The header's display name: its first run of plain text that is neither the handle nor a number. */
function nameFromHeader(header: Element, handle: string): string | null {
  const run = Array.from(header.querySelectorAll(selectors.headerText)).find((span) => {
    if (span.closest(selectors.notDisplayName)) return false;
    if (Array.from(span.children).some((child) => child.tagName !== 'IMG' && child.tagName !== 'BR')) return false;
    const text = readText(span);
    return text !== '' && textKey(text) !== textKey(handle) && parseFollowerCount(text) === null;
  });
  return run ? readText(run) : null;
}

function readProfile(doc: Document, main: Element, match: UrlMatch): AccountIdentity | null {
  const tagged = agreeingOgUrl(doc, match);
  const header = main.querySelector(selectors.header);
  const heading = stripBidi(readText(header?.querySelector(selectors.username))).replace(/^@/, '');
  // Instagram keeps the previous profile's header while the next one loads: a heading naming another account
  // is stale, and so is a page showing neither an agreeing tag nor a header.
  const headerAgrees = heading !== '' && heading.toLowerCase() === match.handle?.toLowerCase();
  if (header && heading !== '' && !headerAgrees) return null;
  if (!tagged && !headerAgrees) return null;
  const handle = (headerAgrees ? heading : tagged?.handle) ?? '';
  const displayName =
    (tagged ? nameFromOgTitle(doc, handle) : null) ?? (header ? nameFromHeader(header, handle) : null) ?? handle;
  return { platform: 'instagram', key: handle.toLowerCase(), handle, displayName };
}

export function readAccount(doc: Document, match: UrlMatch): AccountIdentity | null {
  const main = contentRoot(doc);
  if (!main) return null;
  if (match.kind === 'account') return readProfile(doc, main, match);
  if (match.kind !== 'post') return null;
  // The address of `/p/<code>/` does not name the author; `og:url` (`/<user>/p/<code>/`) does when it agrees.
  const tagged = agreeingOgUrl(doc, match)?.handle;
  const post = readPosts(doc).find((candidate) => candidate.kind === 'post');
  const handle = tagged ?? post?.authorHandle;
  if (!handle || (match.handle !== undefined && handle.toLowerCase() !== match.handle.toLowerCase())) return null;
  // A post page shows only the username; it doubles as the display name.
  return { platform: 'instagram', key: handle.toLowerCase(), handle, displayName: handle };
}

export function readFollowerCount(doc: Document): number | null {
  const header = contentRoot(doc)?.querySelector(selectors.header);
  if (!header) return null;
  for (const titled of Array.from(header.querySelectorAll(selectors.titledCount))) {
    const exact = parseFollowerCount(titled.getAttribute('title'));
    if (exact !== null) return exact;
  }
  const link = header.querySelector(selectors.followersLink);
  return link ? readCount(link) : null;
}

/** The comment permalinks (`/<code>/c/<id>/`) inside `root`. */
function commentLinks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(selectors.commentPermalink)).filter((link) => {
    const url = absoluteUrl(link.getAttribute('href'), ORIGIN);
    return url !== null && /^\/(?:[^/]+\/)?(?:p|reel|reels|tv)\/[^/]+\/c\/\d+/.test(url.pathname);
  });
}

function readComment(row: Element, link: Element): PostRef {
  const authorLink = Array.from(row.querySelectorAll(selectors.profileLink)).find(
    (candidate) => userOf(candidate) !== undefined && readText(candidate) !== '',
  );
  const text = textOutside(row, selectors.notText);
  const handle = userOf(authorLink);
  const url = absoluteUrl(link.getAttribute('href'), ORIGIN);
  return {
    element: row,
    url: url ? `${ORIGIN}${url.pathname}` : null,
    authorName: readText(authorLink),
    ...(handle !== undefined ? { authorHandle: handle } : {}),
    text,
    language: detectLanguage(text),
    kind: 'comment',
  };
}

function commentsOf(root: Element): PostRef[] {
  return commentLinks(root).map((link) => readComment(rowOf(link, selectors.time, root), link));
}

/** The code of the post shown in `root`: from its comments' permalinks, else the page's address. */
function postUrl(root: Element): string | null {
  for (const link of commentLinks(root)) {
    const url = absoluteUrl(link.getAttribute('href'), ORIGIN);
    const match = url ? matchUrl(url) : undefined;
    if (match?.kind === 'post') return `${ORIGIN}/p/${match.postId}/`;
  }
  const own = Array.from(root.querySelectorAll('a[href] time'))
    .map((time) => absoluteUrl(time.closest('a')!.getAttribute('href'), ORIGIN))
    .map((url) => (url ? matchUrl(url) : undefined))
    .find((match) => match?.kind === 'post');
  if (own?.postId) return `${ORIGIN}/p/${own.postId}/`;
  const here = pageUrl(documentOf(root));
  const current = here ? matchUrl(here) : undefined;
  return current?.kind === 'post' ? `${ORIGIN}/p/${current.postId}/` : null;
}

function readPost(root: Element, comments: PostRef[]): PostRef {
  const inComment = (element: Element) => comments.some((comment) => comment.element.contains(element));
  const authorLink = Array.from(root.querySelectorAll(selectors.profileLink)).find(
    (link) => !inComment(link) && userOf(link) !== undefined && readText(link) !== '',
  );
  // The caption is the row around the one timestamp that is not a comment's.
  const captionTime = Array.from(root.querySelectorAll(selectors.time)).find((time) => !inComment(time));
  const caption = captionTime ? rowOf(captionTime, selectors.time, root) : null;
  const text =
    caption && !comments.some((comment) => caption.contains(comment.element))
      ? textOutside(caption, selectors.notText)
      : '';
  const handle = userOf(authorLink);
  return {
    element: root,
    url: postUrl(root),
    authorName: readText(authorLink),
    ...(handle !== undefined ? { authorHandle: handle } : {}),
    text,
    language: detectLanguage(text),
    kind: 'post',
  };
}

/**
 * The posts shown in `root`: feed posts are `article`s; a post or reel page has none, its post is the dialog
 * holding it or `main` itself. Each post is followed by its comments, found by their permalinks.
 */
function postRoots(root: ParentNode): Element[] {
  const articles = Array.from(root.querySelectorAll(selectors.article));
  if (articles.length > 0) return articles;
  const dialogs = Array.from(root.querySelectorAll(selectors.dialog)).filter(
    (dialog) => commentLinks(dialog).length > 0 || dialog.querySelector(selectors.composer),
  );
  if (dialogs.length > 0) return dialogs;
  const doc = documentOf(root);
  const here = pageUrl(doc);
  const main = doc ? contentRoot(doc) : null;
  const onPost = here !== null && matchUrl(here).kind === 'post';
  return main && (onPost || commentLinks(main).length > 0) && (root === doc || (root as Node).contains(main))
    ? [main]
    : [];
}

export function readPosts(root: ParentNode): PostRef[] {
  return postRoots(root).flatMap((post) => {
    const comments = commentsOf(post);
    return [readPost(post, comments), ...comments];
  });
}

export function postOf(element: Element): PostRef | null {
  const doc = element.ownerDocument;
  const posts = readPosts(doc);
  const comment = posts.filter((post) => post.kind === 'comment' && post.element.contains(element)).at(-1);
  return comment ?? posts.filter((post) => post.kind === 'post' && post.element.contains(element)).at(-1) ?? null;
}

export function findComposer(doc: Document): HTMLElement | null {
  return preferFocused(Array.from(doc.querySelectorAll<HTMLTextAreaElement>(selectors.composer)), doc);
}

/**
 * Instagram has one comment box per post, after all its comments, and a comment's Reply button types
 * "@user " into it: the answered comment is the one that prefix names (the nearest such above the box). Without
 * it the box answers the post: the "nearest comment above" rule would always pick the latest comment here,
 * since the box sits below all of them.
 */
export function replyTarget(composer: HTMLElement, doc: Document): PostRef | null {
  const posts = readPosts(doc);
  const value = composer.tagName === 'TEXTAREA' ? (composer as HTMLTextAreaElement).value : readText(composer);
  const author = MENTION_PREFIX.exec(value)?.[1];
  return pickReplyTarget(composer, posts, author ? { author } : {}, { nearestAbove: false, hintMayNamePost: false });
}
