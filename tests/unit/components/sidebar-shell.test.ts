import { describe, expect, it, vi } from 'vitest';
import { createSidebarShell, type ShellView } from '@/components/sidebar/shell';
import { catalogTranslator, overlayCatalogFor } from '@/utils/i18n/overlay';
import { nameOf } from './render';

// The shell gets only the overlay catalog the background publishes: render with exactly that.
const view = (patch: Partial<ShellView> = {}, locale: 'ar' | 'en' = patch.locale ?? 'en'): ShellView => ({
  locale,
  t: catalogTranslator(overlayCatalogFor(locale)),
  open: true,
  theme: 'light',
  side: 'right',
  kind: 'reserved',
  hasAccount: false,
  ...patch,
});

function shellOnPage(onToggle = () => {}) {
  const shell = createSidebarShell(document, 'instagram', onToggle);
  document.body.replaceChildren(shell.root);
  return shell;
}

const landmark = (shell: { root: HTMLElement }) => shell.root.querySelector('[role="complementary"]');
const buttonNames = (shell: { root: HTMLElement }) => [...shell.root.querySelectorAll('button')].map(nameOf);
const neutral = (shell: { root: HTMLElement }) => shell.root.querySelector<HTMLElement>('[data-state]');

describe('the sidebar shell', () => {
  it('is a landmark named in the UI language, with its platform and a collapse button', () => {
    const shell = shellOnPage();
    shell.show(view());
    expect(landmark(shell)?.getAttribute('aria-label')).toBe('Wasla');
    expect(shell.root.querySelector('h2')?.textContent).toBe('Wasla');
    expect(shell.root.querySelector('.wasla-platform')?.textContent).toBe('Instagram');
    expect(buttonNames(shell)).toEqual(['Hide Wasla sidebar']);
    expect(shell.root.dir).toBe('ltr');

    shell.show(view({ locale: 'ar' }));
    expect(landmark(shell)?.getAttribute('aria-label')).toBe('وصلة');
    expect(buttonNames(shell)).toEqual(['إخفاء شريط وصلة الجانبي']);
    expect(shell.root.dir).toBe('rtl');
    expect(shell.root.lang).toBe('ar');
  });

  it('collapses to a tab and back, keeping the panel (and what is typed in it) while closed', () => {
    const onToggle = vi.fn();
    const shell = shellOnPage(onToggle);
    shell.show(view());
    const typed = document.createElement('input');
    typed.value = 'half a note';
    shell.panel.append(typed);
    shell.root.querySelector('button')!.click();
    expect(onToggle).toHaveBeenCalledTimes(1);

    shell.show(view({ open: false }));
    expect(landmark(shell)).toBeNull();
    expect(buttonNames(shell)).toEqual(['Show Wasla sidebar']);
    expect(shell.root.querySelector('button')?.getAttribute('aria-expanded')).toBe('false');
    shell.root.querySelector('button')!.click();
    expect(onToggle).toHaveBeenCalledTimes(2);

    shell.show(view({ open: true }));
    expect(landmark(shell)?.contains(typed)).toBe(true);
    expect(typed.value).toBe('half a note');
  });

  it('moves focus from inside the sidebar to the control that replaces it, and leaves focus in the page alone', () => {
    const shell = shellOnPage();
    const composer = document.createElement('textarea');
    document.body.append(composer);
    shell.show(view());
    shell.root.querySelector('button')!.focus();
    shell.show(view({ open: false }));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Show Wasla sidebar');
    shell.show(view({ open: true }));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Hide Wasla sidebar');

    composer.focus();
    shell.show(view({ open: false }));
    expect(document.activeElement).toBe(composer);

    // Closed by the keyboard command while typing in the sidebar's own search: focus goes to the tab, not lost.
    shell.show(view({ open: true }));
    const search = document.createElement('input');
    shell.panel.append(search);
    search.focus();
    shell.show(view({ open: false }));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Show Wasla sidebar');
  });

  it('says "not a client page" on reserved paths, "not recognised" on unknown ones, and nothing over an account', () => {
    const shell = shellOnPage();
    shell.show(view({ kind: 'reserved' }));
    expect(neutral(shell)?.dataset.state).toBe('not-client-page');
    expect(neutral(shell)?.textContent).toBe('Not a client page');
    shell.show(view({ kind: 'unknown' }));
    expect(neutral(shell)?.dataset.state).toBe('not-recognised');
    expect(neutral(shell)?.textContent).toBe('Page not recognised');
    shell.show(view({ kind: 'account', hasAccount: true }));
    expect(neutral(shell)).toBeNull();
    expect(shell.root.querySelector<HTMLElement>('.wasla-muted')?.hidden).toBe(true);
  });

  it('carries the host theme and the side it sits on, and writes nothing when nothing changed', () => {
    const shell = shellOnPage();
    shell.show(view({ theme: 'dark', side: 'left' }));
    expect(shell.root.dataset.theme).toBe('dark');
    expect(shell.root.dataset.side).toBe('left');
    const observer = new MutationObserver(() => {});
    observer.observe(shell.root, { subtree: true, childList: true, attributes: true, characterData: true });
    shell.show(view({ theme: 'dark', side: 'left' }));
    expect(observer.takeRecords()).toEqual([]);
    shell.show(view({ theme: 'dark', side: 'left', kind: 'account', hasAccount: true }));
    expect(observer.takeRecords()).not.toEqual([]);
    shell.show(view({ theme: 'dark', side: 'left', kind: 'account', hasAccount: true }));
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
  });
});
