import { detectLanguage } from '../../text/language';
import { readText, stripBidi } from '../../text/visible-text';
import { absoluteUrl, documentOf, isBefore, pageUrl, preferFocused, readCount } from '../dom';
import { pickReplyTarget } from '../reply-target';
import type { AccountIdentity, PostRef, UrlMatch } from '../types';
import { selectors } from './selectors';
import { matchUrl } from './urls';

const ORIGIN = 'https://x.com';
const AT_HANDLE = /^@([A-Za-z0-9_]{1,15})$/;
const FOLLOWERS_HREF = /^\/([A-Za-z0-9_]{1,15})\/(?:verified_)?followers$/;

/**
 * Display name and handle from a block that shows them as separate leaves (`UserName`, `User-Name`): the
 * handle is the element reading exactly `@handle`; the name is the first element outside it with text.
 */
export function nameAndHandle(block: Element): { name: string; handle?: string } {
  const elements = Array.from(block.querySelectorAll('*'));
  const handleElement = elements.find((element) => AT_HANDLE.test(stripBidi(readText(element))));
  const handle = handleElement ? AT_HANDLE.exec(stripBidi(readText(handleElement)))?.[1] : undefined;
  const nameElement = elements.find((element) => {
    if (handleElement && (element.contains(handleElement) || handleElement.contains(element))) return false;
    if (element.closest(selectors.time)) return false;
    const text = stripBidi(readText(element));
    return text !== '' && text !== '·';
  });
  return { name: readText(nameElement), handle };
}

export function contentRoot(doc: Document): Element | null {
  return doc.querySelector(selectors.primaryColumn) ?? doc.querySelector(selectors.main);
}

interface ProfileSchema {
  handle: string;
  name: string;
  followers: number | null;
}

/** The profile's JSON-LD, when it describes the account of the address (`UserProfileSchema-test`). */
function profileSchema(doc: Document): ProfileSchema | null {
  const here = pageUrl(doc);
  const wanted = here ? matchUrl(here) : null;
  if (wanted?.kind !== 'account' || !wanted.handle) return null;
  for (const script of Array.from(doc.querySelectorAll(selectors.profileSchema))) {
    try {
      const entity = (JSON.parse(script.textContent ?? '') as { mainEntity?: Record<string, unknown> }).mainEntity;
      const handle = typeof entity?.additionalName === 'string' ? entity.additionalName : '';
      if (handle.toLowerCase() !== wanted.handle.toLowerCase()) continue;
      const stats = Array.isArray(entity?.interactionStatistic)
        ? (entity.interactionStatistic as Array<Record<string, unknown>>)
        : [];
      const follows = stats.find((stat) => String(stat.interactionType ?? '').endsWith('/FollowAction'));
      const count = follows?.userInteractionCount;
      return {
        handle,
        name: typeof entity?.name === 'string' ? entity.name : '',
        followers: typeof count === 'number' && Number.isFinite(count) ? count : null,
      };
    } catch {
      // Not JSON: try the next one, then the page's header.
    }
  }
  return null;
}

export function readAccount(doc: Document, match: UrlMatch): AccountIdentity | null {
  let name = '';
  let handle: string | undefined;
  if (match.kind === 'account') {
    const header = contentRoot(doc)?.querySelector(selectors.profileName);
    const schema = profileSchema(doc);
    if (header) ({ name, handle } = nameAndHandle(header));
    // The header may still show the previous profile: the JSON-LD agreeing with the address wins.
    if (schema && (!handle || handle.toLowerCase() !== schema.handle.toLowerCase() || !name)) {
      ({ name, handle } = { name: schema.name, handle: schema.handle });
    }
    if (!handle) return null;
  } else if (match.kind === 'post') {
    const focal = readPosts(doc).find((post) => post.kind === 'post' && statusId(post.url) === match.postId);
    if (!focal) return null;
    name = focal.authorName;
    handle = focal.authorHandle;
  } else {
    return null;
  }
  // After in-site navigation X keeps the previous page's header until the new one renders: a header that
  // names another account is stale, and reading it would tag the wrong client.
  if (!handle || (match.handle !== undefined && handle.toLowerCase() !== match.handle.toLowerCase())) return null;
  return { platform: 'x', key: handle.toLowerCase(), handle, displayName: name };
}

export function readFollowerCount(doc: Document): number | null {
  // Exact, unlike the link's "69.2K".
  const exact = profileSchema(doc)?.followers;
  if (exact !== undefined && exact !== null) return exact;
  const current = pageUrl(doc);
  const handle = current ? matchUrl(current).handle?.toLowerCase() : undefined;
  const links = Array.from(contentRoot(doc)?.querySelectorAll(selectors.followersLink) ?? []).filter((link) => {
    if (link.closest(selectors.tweet)) return false;
    const linked = FOLLOWERS_HREF.exec(link.getAttribute('href') ?? '')?.[1]?.toLowerCase();
    return linked !== undefined && (handle === undefined || linked === handle);
  });
  const link = links.find((l) => l.getAttribute('href')?.endsWith('/verified_followers')) ?? links[0];
  return link ? readCount(link) : null;
}

function statusId(url: string | null): string | undefined {
  return url ? /\/status\/(\d+)/.exec(url)?.[1] : undefined;
}

/** The tweet a status page is about; replies follow it, the thread it answers precedes it. */
function focalTweet(doc: Document | null): Element | null {
  const url = pageUrl(doc);
  const match = url ? matchUrl(url) : undefined;
  if (!doc || match?.kind !== 'post') return null;
  return (
    Array.from(doc.querySelectorAll(selectors.tweet)).find(
      (article) => statusId(permalink(article)) === match.postId,
    ) ?? null
  );
}

function permalink(article: Element): string | null {
  const link = article.querySelector(selectors.tweetTime)?.closest('a');
  const url = absoluteUrl(link?.getAttribute('href') ?? null, ORIGIN);
  const found = url ? /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/.exec(url.pathname) : null;
  return found ? `${ORIGIN}/${found[1]}/status/${found[2]}` : null;
}

function toPost(article: Element, focal: Element | null): PostRef {
  const author = article.querySelector(selectors.tweetAuthor);
  const { name, handle } = author ? nameAndHandle(author) : { name: '' };
  const text = readText(article.querySelector(selectors.tweetText));
  return {
    element: article,
    url: permalink(article),
    authorName: name,
    ...(handle !== undefined ? { authorHandle: handle } : {}),
    text,
    language: detectLanguage(text),
    kind: focal && focal !== article && isBefore(focal, article) ? 'comment' : 'post',
  };
}

export function readPosts(root: ParentNode): PostRef[] {
  const focal = focalTweet(documentOf(root));
  return Array.from(root.querySelectorAll(selectors.tweet)).map((article) => toPost(article, focal));
}

export function postOf(element: Element): PostRef | null {
  const article = element.closest(selectors.tweet);
  return article ? toPost(article, focalTweet(article.ownerDocument)) : null;
}

/** An open reply dialog's composer first (the user is answering there), then the focused one, then the first. */
export function findComposer(doc: Document): HTMLElement | null {
  const all = Array.from(doc.querySelectorAll<HTMLElement>(selectors.composer));
  const inDialog = all.filter((element) => element.closest(selectors.dialog));
  return preferFocused(inDialog.length > 0 ? inDialog : all, doc);
}

export function replyTarget(composer: HTMLElement, doc: Document): PostRef | null {
  const root = contentRoot(doc) ?? doc;
  const posts = readPosts(root);
  const dialog = composer.closest(selectors.dialog);
  if (dialog) {
    // The real reply dialog shows the tweet being answered; map it back to the page's copy when present.
    const shown = Array.from(dialog.querySelectorAll(selectors.tweet)).find((article) => !article.contains(composer));
    if (shown) {
      const url = permalink(shown);
      return posts.find((post) => url !== null && post.url === url) ?? toPost(shown, null);
    }
    // Without the tweet shown, the dialog's "Replying to @acme" line still links the account: its link reads
    // exactly "@acme" (the words around it are translated, so they are not read).
    const named = Array.from(dialog.querySelectorAll('a[href]'))
      .filter((link) => !link.contains(composer))
      .map((link) => ({ link, handle: AT_HANDLE.exec(stripBidi(readText(link)))?.[1] }))
      .find(
        ({ link, handle }) =>
          handle !== undefined &&
          absoluteUrl(link.getAttribute('href'), ORIGIN)?.pathname.replace(/\/$/, '').toLowerCase() ===
            `/${handle.toLowerCase()}`,
      )?.handle;
    const options = { nearestAbove: false, hintMayNamePost: true };
    if (named) return pickReplyTarget(composer, posts, { author: named }, options);
  }
  // X's inline composer sits right under the tweet it answers, before that tweet's replies: the nearest tweet
  // above is the one answered.
  return pickReplyTarget(composer, posts, {}, { nearestAbove: true, hintMayNamePost: true });
}
