import { detectLanguage } from '../../text/language';
import { readText, textKey } from '../../text/visible-text';
import { absoluteUrl, isBefore, metaContent, ownAll, ownFirst, preferFocused, readCount, textOutside } from '../dom';
import { pickReplyTarget } from '../reply-target';
import type { AccountIdentity, PostRef, UrlMatch } from '../types';
import { selectors } from './selectors';
import { matchUrl } from './urls';

const ORIGIN = 'https://www.facebook.com';
const APP_LINK = /^fb:\/\/(?:profile|page)\/(?:\?id=)?(\d+)/;

/** `main` on account and feed pages; a post opened on its own sits in a dialog on a page without one. */
export function contentRoot(doc: Document): Element | null {
  return doc.querySelector(selectors.main) ?? postDialog(doc);
}

function postDialog(doc: Document): Element | null {
  return (
    Array.from(doc.querySelectorAll(selectors.dialog)).find((dialog) => dialog.querySelector(selectors.article)) ?? null
  );
}

/**
 * The page's canonical address (`<link rel=canonical>`, `og:url`), when it names the same account as the
 * address bar: Facebook leaves the first page's tags in place after in-site navigation, so a tag naming another
 * account (or none at all) proves nothing.
 */
function agreeingCanonical(doc: Document, match: UrlMatch): UrlMatch | null {
  for (const tag of Array.from(doc.querySelectorAll(selectors.canonicalLink))) {
    const address = absoluteUrl(tag.getAttribute('href') ?? tag.getAttribute('content'), ORIGIN);
    const page = address ? matchUrl(address) : null;
    if (!page) continue;
    const sameHandle = page.handle !== undefined && page.handle.toLowerCase() === match.handle?.toLowerCase();
    const sameId = page.stableId !== undefined && page.stableId === match.stableId;
    if (sameHandle || sameId) return page;
  }
  return null;
}

function appLinkId(doc: Document): string | undefined {
  for (const tag of Array.from(doc.querySelectorAll(selectors.appLink))) {
    const id = APP_LINK.exec(tag.getAttribute('content') ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

function identity(displayName: string, handle: string, stableId: string | undefined): AccountIdentity | null {
  // The same Page is keyed by its id where the page shows it, else by its name; the handle goes along, so the
  // background matches a record saved under either (entrypoints/background/page-info.ts, findAccount).
  const key = stableId ?? handle.toLowerCase();
  if (!displayName || !key) return null;
  return { platform: 'facebook', key, handle, displayName, ...(stableId !== undefined ? { stableId } : {}) };
}

function readPage(doc: Document, match: UrlMatch): AccountIdentity | null {
  const canonical = agreeingCanonical(doc, match);
  const main = doc.querySelector(selectors.main);
  // The Page's own og:title is its name; the heading is the fallback (its badge's SVG title is not read).
  const displayName =
    (canonical ? metaContent(doc, selectors.ogTitle)?.trim() : '') || readText(main?.querySelector(selectors.pageName));
  // The URL's id wins over the app link: it is never stale. The app link counts only with an agreeing address.
  const stableId = match.stableId ?? (canonical ? appLinkId(doc) : undefined);
  const handle = match.handle ?? canonical?.handle ?? '';
  return identity(displayName, handle, stableId);
}

function readPostPage(doc: Document, match: UrlMatch): AccountIdentity | null {
  const root = postDialog(doc) ?? contentRoot(doc);
  const post = root ? readPosts(root).find((candidate) => candidate.kind === 'post') : undefined;
  if (!post) return null;
  // The author link may be `/profile.php?id=` (numeric) on a `/<handle>/posts/` page: only a different handle
  // proves the post belongs to someone else.
  const author = post.authorHandle ?? '';
  const numericAuthor = /^\d+$/.test(author);
  if (match.handle !== undefined && author !== '' && !numericAuthor && textKey(author) !== textKey(match.handle))
    return null;
  // A numeric author link is the Page's id: keying by it matches the key read on the Page itself.
  const stableId = match.stableId ?? (numericAuthor ? author : undefined);
  const handle = match.handle ?? (numericAuthor ? '' : author);
  return identity(post.authorName, handle, stableId);
}

export function readAccount(doc: Document, match: UrlMatch): AccountIdentity | null {
  if (match.kind === 'account') return readPage(doc, match);
  if (match.kind === 'post') return readPostPage(doc, match);
  return null;
}

export function readFollowerCount(doc: Document): number | null {
  // The first link with a number: a "Followers" tab links to the same place without one.
  for (const link of Array.from(doc.querySelector(selectors.main)?.querySelectorAll(selectors.followersLink) ?? [])) {
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

/** A comment's permalink: the link carrying `comment_id` (logged in), else its timestamp link to the post. */
function commentUrl(article: Element): string | null {
  const own = (selector: string) => ownAll(article, selector, selectors.article);
  const withId = own(selectors.commentPermalink)[0];
  if (withId) return cleanUrl(withId.getAttribute('href'), ['comment_id', 'reply_comment_id']);
  const toPost = own('a[href]').find((link) => {
    const url = absoluteUrl(link.getAttribute('href'), ORIGIN);
    return url !== null && matchUrl(url).kind === 'post';
  });
  return toPost ? cleanUrl(toPost.getAttribute('href'), ['story_fbid', 'id', 'fbid', 'v']) : null;
}

/** A comment is an article inside its post's article; replies nest the same way. */
function isComment(article: Element): boolean {
  return article.parentElement?.closest(selectors.article) != null;
}

function readComment(article: Element): PostRef {
  const own = (selector: string) => ownAll(article, selector, selectors.article);
  const authorLink = own(selectors.commentLink).find((link) => readText(link) !== '');
  const body = own(selectors.commentBody).find((element) => !element.closest('a'));
  let text: string;
  if (body) {
    text = textOutside(body, selectors.notText);
  } else {
    const paragraphs = own(selectors.commentParagraph).filter(
      (element, _, all) =>
        !element.closest('a') &&
        !(authorLink && element.contains(authorLink)) &&
        !all.some((other) => other !== element && other.contains(element)),
    );
    text = paragraphs.map((element) => textOutside(element, selectors.notText)).join(' ');
  }
  const handle = handleFromHref(authorLink?.getAttribute('href') ?? null);
  return {
    element: article,
    url: commentUrl(article),
    authorName: readText(authorLink),
    ...(handle !== undefined ? { authorHandle: handle } : {}),
    text,
    language: detectLanguage(text),
    kind: 'comment',
  };
}

function readPost(article: Element): PostRef {
  const authorLink =
    ownFirst(article, selectors.postAuthor, selectors.article) ??
    ownFirst(article, selectors.postAuthorFallback, selectors.article);
  const body = ownFirst(article, selectors.postText, selectors.article);
  const text = body ? textOutside(body, selectors.notText) : '';
  const handle = handleFromHref(authorLink?.getAttribute('href') ?? null);
  return {
    element: article,
    url: cleanUrl(ownFirst(article, selectors.postLink, selectors.article)?.getAttribute('href') ?? null, [
      'story_fbid',
      'id',
      'fbid',
      'v',
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

/** A comment box sits in a post, or in the dialog showing one; the new-post box does neither. */
function isCommentBox(box: Element): boolean {
  return (
    box.closest(selectors.article) !== null || box.closest(selectors.dialog)?.querySelector(selectors.article) != null
  );
}

export function findComposer(doc: Document): HTMLElement | null {
  return preferFocused(Array.from(doc.querySelectorAll<HTMLElement>(selectors.composer)).filter(isCommentBox), doc);
}

/**
 * The comment a box answers. Facebook opens a comment's reply box under that comment and starts it with a
 * mention of its author (a Lexical mention node: the name as text), so the name the box starts with picks the
 * comment — the nearest one by that author above the box. Without a mention, a box inside a comment, or
 * followed by more comments (so it sits among them), answers the nearest comment above it in the same post;
 * the post's own box, below all its comments, answers the post.
 */
export function replyTarget(composer: HTMLElement, doc: Document): PostRef | null {
  const posts = readPosts(doc);
  const typed = textKey(readText(composer));
  const mentioned = posts
    .filter((post) => post.kind === 'comment' && post.authorName !== '' && typed.startsWith(textKey(post.authorName)))
    .map((post) => post.authorName)
    .sort((a, b) => b.length - a.length)[0]; // "Sara Ali" over "Sara"
  const inComment = composer.closest(selectors.article);
  const ownPost = posts.filter((post) => post.kind === 'post' && post.element.contains(composer)).at(-1);
  const betweenComments = posts.some(
    (post) =>
      post.kind === 'comment' &&
      isBefore(composer, post.element) &&
      (!ownPost || ownPost.element.contains(post.element)),
  );
  const nearestAbove = (inComment !== null && isComment(inComment)) || betweenComments;
  return pickReplyTarget(composer, posts, mentioned ? { author: mentioned } : {}, {
    nearestAbove,
    hintMayNamePost: false,
  });
}
