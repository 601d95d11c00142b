import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { attempt } from './page-reader';
import type { LabelTarget } from './port';

const excerptLength = 280;

/**
 * The post or comment the user last clicked, or moved keyboard focus into (Tab to its link or its Reply
 * button), becomes the sidebar's label target (issue 19 item 9: by click and by keyboard on every site). One
 * passive, capturing listener per event on the document (registered through ctx): no per-post buttons or
 * observers to maintain. Only the user's own (trusted) events count.
 */
export function watchChosenPost(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  onPost: (post: LabelTarget) => void,
): void {
  const choose = (event: Event) => {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element) || target.closest('wasla-sidebar')) return;
    const post = attempt(() => adapter.postOf(target));
    if (!post?.url) return;
    onPost({ url: post.url, excerpt: post.text.slice(0, excerptLength), authorName: post.authorName, kind: post.kind });
  };
  ctx.addEventListener(document, 'click', choose, { capture: true, passive: true });
  ctx.addEventListener(document, 'focusin', choose, { capture: true, passive: true });
}

/** On a post page, the post itself is the natural first target. */
export function openPost(adapter: SiteAdapter): LabelTarget | null {
  const root = adapter.contentRoot(document);
  const post = root ? adapter.readPosts(root).find((p) => p.kind === 'post' && p.url) : undefined;
  return post?.url
    ? { url: post.url, excerpt: post.text.slice(0, excerptLength), authorName: post.authorName, kind: 'post' }
    : null;
}

export interface HoveredPost {
  post: LabelTarget;
  /** Where the post's top inline-end corner is in the viewport, for the small Label button. */
  top: number;
  left: number;
  /** Which side of the button `left` is: the button hangs inside the post from its right or left edge. */
  edge: 'right' | 'left';
}

/**
 * The post or comment under the pointer (or holding keyboard focus), for the small "Label" button shown next to
 * it. One delegated listener, coalesced to one read per animation frame; scrolling hides the button until the
 * pointer moves again, so its position is never stale.
 */
export function watchHoveredPost(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  onHover: (hovered: HoveredPost | null) => void,
): void {
  let pending: Element | null = null;
  let lastElement: Element | null = null;
  let frame = false;
  const check = () => {
    frame = false;
    const target = pending;
    pending = null;
    if (!target || target.closest('wasla-sidebar')) return;
    const post = attempt(() => adapter.postOf(target));
    if (!post?.url) {
      if (lastElement) onHover(null);
      lastElement = null;
      return;
    }
    if (post.element === lastElement) return;
    lastElement = post.element;
    const rect = post.element.getBoundingClientRect();
    const rtl = getComputedStyle(post.element).direction === 'rtl';
    onHover({
      post: { url: post.url, excerpt: post.text.slice(0, excerptLength), authorName: post.authorName, kind: post.kind },
      top: Math.max(0, rect.top + 4),
      left: rtl ? rect.left + 4 : rect.right - 4,
      edge: rtl ? 'left' : 'right',
    });
  };
  const track = (event: Event) => {
    if (!(event.target instanceof Element)) return;
    pending = event.target;
    if (!frame) {
      frame = true;
      ctx.requestAnimationFrame(check);
    }
  };
  ctx.addEventListener(document, 'mouseover', track, { capture: true, passive: true });
  ctx.addEventListener(document, 'focusin', track, { capture: true, passive: true });
  ctx.addEventListener(
    window,
    'scroll',
    () => {
      if (!lastElement) return;
      lastElement = null;
      onHover(null);
    },
    { capture: true, passive: true },
  );
}
