import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';

export interface ClickedPost {
  url: string;
  excerpt: string;
  authorName: string;
  kind: 'post' | 'comment';
}

const excerptLength = 280;

/**
 * The post or comment the user last clicked becomes the sidebar's label target. One passive, capturing click
 * listener on the document (registered through ctx) — no per-post buttons or observers to maintain.
 */
export function watchClickedPost(ctx: ContentScriptContext, adapter: SiteAdapter, onPost: (post: ClickedPost) => void): void {
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const target = event.target;
      if (!(target instanceof Element) || target.closest('wasla-sidebar')) return;
      const post = adapter.postOf(target);
      if (!post?.url) return;
      onPost({ url: post.url, excerpt: post.text.slice(0, excerptLength), authorName: post.authorName, kind: post.kind });
    },
    { capture: true, passive: true },
  );
}

/** On a post page, the post itself is the natural first target. */
export function openPost(adapter: SiteAdapter): ClickedPost | null {
  const root = adapter.contentRoot(document);
  const post = root ? adapter.readPosts(root).find((p) => p.kind === 'post' && p.url) : undefined;
  return post?.url ? { url: post.url, excerpt: post.text.slice(0, excerptLength), authorName: post.authorName, kind: 'post' } : null;
}
