/** Small DOM helpers shared by the site readers. Read-only: nothing here writes to the host page (`textOutside` reads a detached copy). */
import { parseFollowerCount } from '../text/follower-count';
import { readText } from '../text/visible-text';

/**
 * Matches of `selector` inside `container` that belong to it rather than to a nested container of the same
 * kind (a comment's own text, not its replies' text).
 */
export function ownAll(container: Element, selector: string, nested: string): Element[] {
  return Array.from(container.querySelectorAll(selector)).filter((element) => element.closest(nested) === container);
}

export function ownFirst(container: Element, selector: string, nested: string): Element | null {
  return ownAll(container, selector, nested)[0] ?? null;
}

/** True when `a` comes before `b` in document order and does not contain it. */
export function isBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) /* FOLLOWING */ !== 0 && !a.contains(b);
}

/** Resolve a link's `href` attribute against the site's origin; null unless it stays on that origin. */
export function absoluteUrl(href: string | null, origin: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, origin);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

/** The first element of `candidates` that is focused or contains focus, else the first one. */
export function preferFocused<T extends Element>(candidates: T[], doc: Document): T | null {
  const active = doc.activeElement;
  return candidates.find((element) => active !== null && element.contains(active)) ?? candidates[0] ?? null;
}

/**
 * A count shown inside `element`: an exact `title` (Instagram's `<span title="12,345">12.3K</span>`) wins over
 * the rounded text.
 */
export function readCount(element: Element): number | null {
  for (const titled of [element, ...Array.from(element.querySelectorAll('[title]'))]) {
    const exact = parseFollowerCount(titled.getAttribute('title'));
    if (exact !== null) return exact;
  }
  return parseFollowerCount(readText(element));
}

/** The page's current URL, or null for documents without one (DOMParser output, about:blank). */
export function pageUrl(doc: Document | null | undefined): URL | null {
  try {
    const href = doc?.location?.href;
    return href && /^https?:/.test(href) ? new URL(href) : null;
  } catch {
    return null;
  }
}

/** The document a node lives in (or the node itself when it is one). */
export function documentOf(node: ParentNode): Document | null {
  return node.nodeType === 9 ? (node as Document) : ((node as Node).ownerDocument ?? null);
}

/** The `content` of the first `<meta>` matching `selector`, or null. */
export function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content') ?? null;
}

/**
 * The visible text of `element` outside the parts matching `skip` (links, buttons, times, icons): what its
 * writer typed, without the names, labels and counts the site puts around it.
 */
export function textOutside(element: Element, skip: string): string {
  const clone = element.cloneNode(true) as Element;
  for (const part of Array.from(clone.querySelectorAll(skip))) part.remove();
  return readText(clone);
}

/**
 * The largest ancestor of `anchor` (up to, not including, `boundary`) that holds no other element matching
 * `marker` than `anchor`'s own: one comment's row around its permalink, without its neighbours.
 */
export function rowOf(anchor: Element, marker: string, boundary: Element): Element {
  const own = anchor.matches(marker) ? anchor : anchor.querySelector(marker);
  let row = anchor;
  for (let parent = anchor.parentElement; parent && parent !== boundary; parent = parent.parentElement) {
    const markers = Array.from(parent.querySelectorAll(marker));
    if (markers.some((other) => other !== own)) break;
    row = parent;
  }
  return row;
}
