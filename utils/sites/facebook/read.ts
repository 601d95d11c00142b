import { detectLanguage } from '../../text/language';
import { readText, textKey } from '../../text/visible-text';
import { absoluteUrl, isBefore, ownAll, ownFirst, preferFocused, readCount } from '../dom';
import { pickReplyTarget } from '../reply-target';
import type { AccountIdentity, PostRef, UrlMatch } from '../types';
import { commentLabel, composerLabel, replyComposerLabel, selectors } from './selectors';
import { matchUrl } from './urls';

const ORIGIN = 'https://www.facebook.com';
const APP_LINK = /^fb:\/\/(?:profile|page)\/(?:\?id=)?(\d+)/;

export function contentRoot(doc: Document): Element | null {
  return doc.querySelector(selectors.main);
}

/**
 * The numeric id from the app link, unless the page's canonical address names another account: Facebook
 * leaves the first page's `<meta>` in place after in-site navigation, so a stale id would tag the wrong client.
 */
function stableIdOf(doc: Document, match: UrlMatch): string | undefined | null {
  // undefined: no tag; null: a tag for another page.
  const id = APP_LINK.exec(doc.querySelector(selectors.appLink)?.getAttribute('content') ?? '')?.[1];
  if (!id) return undefined;
  const canonical = doc.querySelector(selectors.canonicalLink);
  const address = canonical?.getAttribute('href') ?? canonical?.getAttribute('content');
  const shown = address ? absoluteUrl(address, ORIGIN) : null;
  if (shown) {
    const page = matchUrl(shown);
    const sameHandle = page.handle !== undefined && page.handle.toLowerCase() === match.handle?.toLowerCase();
    const sameId = page.stableId !== undefined && page.stableId === (match.stableId ?? id);
    if (!sameHandle && !sameId) return null;
  }
  return id;
}

export function readAccount(doc: Document, match: UrlMatch): AccountIdentity | null {
  if (match.kind !== 'account' && match.kind !== 'post') return null;
  const main = contentRoot(doc);
  if (!main) return null;
  let displayName: string;
  let authorId: string | undefined;
  if (match.kind === 'account') {
    displayName = readText(main.querySelector(selectors.pageName));
  } else {
    // A post page shows no page header: the account is the post's author.
    const post = readPosts(main).find((candidate) => candidate.kind === 'post');
    if (!post) return null;
    // The author link may be `/profile.php?id=` (numeric) on a `/<handle>/posts/` page: only a different handle
    // proves the post belongs to someone else.
    const author = post.authorHandle ?? '';
    if (match.handle !== undefined && !/^\d+$/.test(author) && textKey(author) !== textKey(match.handle)) return null;
    displayName = post.authorName;
    // A numeric author link is the Page's id: keying by it matches the key read on the Page itself.
    if (/^\d+$/.test(author)) authorId = author;
  }
  if (!displayName) return null;
  // The URL's id wins over the meta tag: it is never stale. A stale tag (null) is ignored and the handle keys.
  const fromMeta = match.kind === 'account' ? stableIdOf(doc, match) : undefined;
  const stableId = match.stableId ?? authorId ?? fromMeta ?? undefined;
  const handle = match.handle ?? '';
  const key = stableId ?? handle.toLowerCase();
  if (!key) return null;
  return { platform: 'facebook', key, handle, displayName, ...(stableId !== undefined ? { stableId } : {}) };
}

export function readFollowerCount(doc: Document): number | null {
  // The first link with a number: a "Followers" tab links to the same place without one.
  for (const link of Array.from(contentRoot(doc)?.querySelectorAll(selectors.followersLink) ?? [])) {
    const count = link.closest(selectors.article) ? null : readCount(link);
    if (count !== null) return count;
  }
  return null;
}

function handleFromHref(href: string | null): string | undefined {
  const url = absoluteUrl(href, ORIGIN);
  if (!url) return undefined;
  const match = matchUrl(url);
  return match.kind === 'account' ? (match.handle ?? match.stableId) : undefined;
}

/** A permalink without Facebook's tracking parameters (`__cft__`, `__tn__`). */
function cleanUrl(href: string | null, keep: readonly string[]): string | null {
  const url = absoluteUrl(href, ORIGIN);
  if (!url) return null;
  const kept = new URLSearchParams();
  for (const name of keep) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  url.search = kept.toString();
  url.hash = '';
  return url.href;
}

/** The comment's timestamp link points at the post; the author link carries `comment_id` too, so skip it. */
function commentPermalink(links: Element[]): string | null {
  for (const link of links) {
    const url = absoluteUrl(link.getAttribute('href'), ORIGIN);
    if (url && matchUrl(url).kind === 'post') return link.getAttribute('href');
  }
  return null;
}

function isComment(article: Element): boolean {
  return commentLabel.test(article.getAttribute('aria-label') ?? '');
}

function readComment(article: Element): PostRef {
  const own = (selector: string) => ownAll(article, selector, selectors.article);
  const authorLink = own(selectors.commentLink).find((link) => readText(link) !== '');
  const labelled = (article.getAttribute('aria-label') ?? '').replace(commentLabel, '');
  const paragraphs = own(selectors.commentText).filter(
    (element, _, all) =>
      !element.closest('a') &&
      !(authorLink && element.contains(authorLink)) &&
      !all.some((other) => other !== element && other.contains(element)),
  );
  const text = paragraphs.map((element) => readText(element)).join(' ');
  const handle = handleFromHref(authorLink?.getAttribute('href') ?? null);
  return {
    element: article,
    url: cleanUrl(commentPermalink(own(selectors.commentPermalink)), ['comment_id', 'reply_comment_id']),
    authorName: authorLink ? readText(authorLink) : labelled,
    ...(handle !== undefined ? { authorHandle: handle } : {}),
    text,
    language: detectLanguage(text),
    kind: 'comment',
  };
}

function readPost(article: Element): PostRef {
  const authorLink = ownFirst(article, selectors.postAuthor, selectors.article);
  const text = readText(ownFirst(article, selectors.postText, selectors.article));
  const handle = handleFromHref(authorLink?.getAttribute('href') ?? null);
  return {
    element: article,
    url: cleanUrl(ownFirst(article, selectors.postLink, selectors.article)?.getAttribute('href') ?? null, [
      'story_fbid',
      'id',
    ]),
    authorName: readText(authorLink),
    ...(handle !== undefined ? { authorHandle: handle } : {}),
    text,
    language: detectLanguage(text),
    kind: 'post',
  };
}

function toPost(article: Element): PostRef {
  return isComment(article) ? readComment(article) : readPost(article);
}

export function readPosts(root: ParentNode): PostRef[] {
  return Array.from(root.querySelectorAll(selectors.article)).map(toPost);
}

export function postOf(element: Element): PostRef | null {
  const article = element.closest(selectors.article);
  return article ? toPost(article) : null;
}

export function findComposer(doc: Document): HTMLElement | null {
  const boxes = Array.from(doc.querySelectorAll<HTMLElement>(selectors.composer)).filter((box) =>
    composerLabel.test(box.getAttribute('aria-label') ?? ''),
  );
  return preferFocused(boxes, doc);
}

/**
 * Facebook opens a reply box under the comment being answered and starts it with a mention of its author; the
 * main "Write a comment…" box answers the post unless the user clicked Reply (which the replica marks with
 * `data-replying-to`) or the box sits among the comments.
 */
export function replyTarget(composer: HTMLElement, doc: Document): PostRef | null {
  const posts = readPosts(contentRoot(doc) ?? doc);
  const marked = composer.closest(selectors.replyingTo)?.getAttribute('data-replying-to');
  const typed = textKey(readText(composer));
  const mentioned = posts
    .filter((post) => post.kind === 'comment' && post.authorName !== '' && typed.startsWith(textKey(post.authorName)))
    .map((post) => post.authorName)
    .sort((a, b) => b.length - a.length)[0]; // "Sara Ali" over "Sara"

  const inComment = composer.closest(selectors.article);
  const betweenComments = posts.some((post) => post.kind === 'comment' && isBefore(composer, post.element));
  const nearestAbove =
    (inComment !== null && isComment(inComment)) ||
    replyComposerLabel.test(composer.getAttribute('aria-label') ?? '') ||
    betweenComments;
  const hint = { author: marked ?? mentioned };
  return pickReplyTarget(composer, posts, hint, { nearestAbove, hintMayNamePost: false });
}
