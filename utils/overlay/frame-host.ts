import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { FrameLayout, LabelTarget } from './port';
import type { Side } from './placement';

/** The frame's box while open (see sidebar.css: the landmark's width and its margins from the viewport's edges). */
const open = { width: 290, top: 64, bottom: 16, edge: 12 };
/** While collapsed, the frame is the size of its "Show" tab. */
const collapsed = { width: 76, height: 40, bottom: 96 };

export interface FrameHost {
  iframe: HTMLIFrameElement;
  /** Places and sizes the frame (the page agent decides the side; the frame says whether it is open). */
  place(layout: FrameLayout, side: Side): void;
  /** The small "Label" button next to the post under the pointer; null hides it. */
  showLabelButton(
    target: { post: LabelTarget; top: number; left: number; edge: 'left' | 'right' } | null,
    layout: FrameLayout | null,
  ): void;
  contains(node: Node): boolean;
}

const hostStyle =
  ':host{all:initial}iframe{position:fixed;z-index:2147483000;border:0;margin:0;padding:0;background:transparent;color-scheme:normal}' +
  'button{position:fixed;z-index:2147483000;padding:2px 8px;font:12px/1.45 system-ui,sans-serif;background:#0f766e;color:#fff;border:0;border-radius:10px;box-shadow:0 2px 6px rgb(0 0 0/.2);cursor:pointer}' +
  "button[data-edge='right']{transform:translateX(-100%)}button:focus-visible{outline:2px solid #0f766e;outline-offset:1px}";

/**
 * The sidebar's frame in the host page: an iframe of the extension's own sidebar.html (web-accessible with a
 * per-session dynamic URL where the browser supports it), in a shadow root only so the host's CSS cannot restyle
 * it. The page can see the element but neither read nor script what is inside (a cross-origin extension frame),
 * and everything the sidebar renders runs in the extension's process, not the host's.
 *
 * The Label button is the one piece of UI kept in the page: it has to sit next to the post. It carries only what
 * the page itself shows (the author's name) and acts on trusted clicks only, so a page script can't press it.
 */
export function mountFrameHost(ctx: ContentScriptContext, onLabel: (post: LabelTarget) => void): FrameHost {
  const host = document.createElement('wasla-sidebar');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = hostStyle;
  const iframe = document.createElement('iframe');
  iframe.src = browser.runtime.getURL('/sidebar.html');
  iframe.title = 'Wasla';
  // The diagnostic's Copy button writes to the clipboard from inside the (cross-origin) frame.
  iframe.allow = 'clipboard-write';
  // Hidden until the frame has said how big it is (its first layout), so the page never shows an empty box.
  iframe.style.visibility = 'hidden';
  let buttonPost: LabelTarget | null = null;
  // Made the first time a post is hovered on a client's page: a page the user only reads never pays for it.
  let button: HTMLButtonElement | null = null;
  const labelButton = () => {
    if (button) return button;
    button = document.createElement('button');
    button.type = 'button';
    button.addEventListener('click', (event) => {
      if (event.isTrusted && buttonPost) onLabel(buttonPost);
    });
    shadow.append(button);
    return button;
  };
  shadow.append(style, iframe);
  // At document_start the body may not be parsed yet: the frame goes in as soon as it is.
  if (document.body) document.body.append(host);
  else {
    const waitForBody = new MutationObserver(() => {
      if (!document.body) return;
      waitForBody.disconnect();
      document.body.append(host);
    });
    waitForBody.observe(document.documentElement, { childList: true });
    ctx.onInvalidated(() => waitForBody.disconnect());
  }
  ctx.onInvalidated(() => host.remove());

  return {
    iframe,
    contains: (node) => node === host || host.contains(node),
    place(layout, side) {
      const s = iframe.style;
      s.visibility = 'visible';
      s.left = s.right = s.top = s.bottom = s.height = '';
      if (layout.open) {
        s.top = `${open.top}px`;
        s.bottom = `${open.bottom}px`;
        s.width = `${open.width}px`;
        s[side] = `${open.edge}px`;
        s.height = `calc(100vh - ${open.top + open.bottom}px)`;
      } else {
        s.bottom = `${collapsed.bottom}px`;
        s.width = `${collapsed.width}px`;
        s.height = `${collapsed.height}px`;
        s[side] = '0';
      }
      iframe.dataset.side = side;
      if (iframe.title !== layout.title) iframe.title = layout.title;
    },
    showLabelButton(target, layout) {
      buttonPost = target && layout?.open && layout.labelButton ? target.post : null;
      if (button) button.hidden = buttonPost === null;
      if (!target || !layout?.labelButton || buttonPost === null) return;
      const shown = labelButton();
      shown.hidden = false;
      const strings = layout.labelButton;
      shown.textContent = strings.short;
      shown.setAttribute(
        'aria-label',
        (target.post.kind === 'post' ? strings.post : strings.comment).replace('{author}', target.post.authorName),
      );
      shown.dataset.edge = target.edge;
      shown.style.top = `${target.top}px`;
      shown.style.left = `${target.left}px`;
    },
  };
}
