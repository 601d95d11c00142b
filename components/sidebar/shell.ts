import { directionOf, type Locale, type Translate } from '@/utils/i18n/core';
import type { Platform } from '@/utils/model/record';
import type { PageKind } from '@/utils/sites/types';

/**
 * The sidebar's frame, written with plain DOM rather than Preact: the landmark, its header, the collapsed tab
 * and the neutral states ("not a client page", "not recognised"). Feeds and other pages that are not a client's
 * show only this, and rendering it through Preact cost the host page about 95 KB of V8 code and compiled
 * functions (issue #3, `host-heap-added-mb`). Preact renders the panel (account, tag, templates, timer, labels,
 * sync) into `panel` once there is something interactive to show. All text is set as text, never as markup.
 */
export interface ShellView {
  locale: Locale;
  t: Translate;
  open: boolean;
  theme: 'light' | 'dark';
  /** The viewport edge it sits on, chosen so it never covers the site's composer. */
  side: 'left' | 'right';
  kind: PageKind;
  /** An account is read from the page: the panel shows it, so the shell shows no neutral state. */
  hasAccount: boolean;
}

export interface SidebarShell {
  /** Goes into the shadow root. */
  root: HTMLElement;
  /** Where the Preact panel renders, inside the landmark's body. */
  panel: HTMLElement;
  show(view: ShellView): void;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, ...children: Node[]) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

// Only what changed is written, so an update that changes nothing (most of them: a search keystroke, a refresh)
// leaves the frame's DOM alone.
function setText(node: HTMLElement, text: string) {
  if (node.textContent !== text) node.textContent = text;
}
function setAttribute(node: HTMLElement, name: string, value: string | null) {
  if (value === null) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

export function createSidebarShell(doc: Document, platform: Platform, onToggle: () => void): SidebarShell {
  const button = (className: string, expanded: boolean) => {
    const node = element(doc, 'button', className);
    node.type = 'button';
    node.setAttribute('aria-expanded', String(expanded));
    node.addEventListener('click', onToggle);
    return node;
  };
  const tab = button('wasla-tab', false);
  const collapse = button('wasla-icon-button', true);
  collapse.textContent = '×';
  const title = element(doc, 'h2', '');
  const platformName = element(doc, 'span', 'wasla-platform');
  const panel = element(doc, 'div', 'wasla-panel');
  const neutral = element(doc, 'p', 'wasla-muted');
  const aside = element(
    doc,
    'aside',
    'wasla-sidebar',
    element(doc, 'header', 'wasla-header', title, platformName, collapse),
    element(doc, 'div', 'wasla-body', panel, neutral),
  );
  aside.setAttribute('role', 'complementary');
  aside.dataset.platform = platform;
  const root = element(doc, 'div', 'wasla-root', aside);

  return {
    root,
    panel,
    show(view) {
      const { t } = view;
      setAttribute(root, 'dir', directionOf(view.locale));
      setAttribute(root, 'lang', view.locale);
      setAttribute(root, 'data-theme', view.theme);
      setAttribute(root, 'data-side', view.side);
      // Closed, the landmark leaves the page (its panel keeps its state) and only the tab remains. Focus inside
      // the sidebar (the pressed button, or a field when the keyboard command closes it) moves to the control
      // that replaces it; focus in the host page, where the user is typing, stays there.
      const shown = view.open ? aside : tab;
      if (root.firstChild !== shown) {
        const focused = (root.getRootNode() as Document | ShadowRoot).activeElement;
        const focusWithin = focused !== null && root.contains(focused);
        root.replaceChildren(shown);
        if (focusWithin) (view.open ? collapse : tab).focus();
      }
      setText(tab, t('appName'));
      setAttribute(tab, 'aria-label', t('sidebarExpand'));
      setAttribute(aside, 'aria-label', t('sidebarLabel'));
      setText(title, t('appName'));
      setText(platformName, t(`platform.${platform}`));
      setAttribute(collapse, 'aria-label', t('sidebarCollapse'));
      const reserved = view.kind === 'reserved';
      if (neutral.hidden !== view.hasAccount) neutral.hidden = view.hasAccount;
      setAttribute(neutral, 'data-state', view.hasAccount ? null : reserved ? 'not-client-page' : 'not-recognised');
      setText(neutral, view.hasAccount ? '' : t(reserved ? 'sidebarNotClientPage' : 'sidebarNotRecognised'));
    },
  };
}
