import '@/components/sidebar/sidebar.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '@/components/i18n';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { resolveLocale, type Locale } from '@/utils/i18n';
import type { Platform } from '@/utils/model/record';
import { tabMessaging } from '@/utils/messages';
import { settingsItem, sidebarOpenItem } from '@/utils/storage-items';
import { hostTheme } from './theme';

interface OverlayState {
  locale: Locale;
  open: boolean;
  theme: 'light' | 'dark';
  url: string;
}

/**
 * Mounts the sidebar into the page in an open shadow root and keeps it in step with the UI language, the
 * remembered open/closed state, the host's theme and in-site navigation. Every listener goes through `ctx`, so
 * an extension reload or update leaves nothing behind in the page.
 */
export async function mountSidebar(ctx: ContentScriptContext, platform: Platform): Promise<void> {
  const [settings, openBySite] = await Promise.all([settingsItem.getValue(), sidebarOpenItem.getValue()]);
  let state: OverlayState = {
    locale: resolveLocale(settings.language, navigator.language),
    open: openBySite[platform] ?? true,
    theme: hostTheme(document),
    url: location.href,
  };
  const listeners = new Set<(next: OverlayState) => void>();
  const update = (patch: Partial<OverlayState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  const toggle = async () => {
    const current = await sidebarOpenItem.getValue();
    await sidebarOpenItem.setValue({ ...current, [platform]: !state.open });
  };

  function Overlay() {
    const [current, setCurrent] = useState(state);
    useEffect(() => {
      listeners.add(setCurrent);
      return () => void listeners.delete(setCurrent);
    }, []);
    return (
      <I18nProvider locale={current.locale}>
        <Sidebar platform={platform} open={current.open} theme={current.theme} onToggle={toggle} />
      </I18nProvider>
    );
  }

  const ui = await createShadowRootUi(ctx, {
    name: 'wasla-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    onMount: (container) => {
      render(<Overlay />, container);
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const unwatchSettings = settingsItem.watch((next) => update({ locale: resolveLocale(next.language, navigator.language) }));
  const unwatchOpen = sidebarOpenItem.watch((next) => update({ open: next[platform] ?? true }));
  const stopToggleListener = tabMessaging.onMessage('toggleSidebar', () => void toggle());
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchOpen();
    stopToggleListener();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => update({ url: location.href, theme: hostTheme(document) }));
}
