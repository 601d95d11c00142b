import type { ComponentChildren } from 'preact';
import type { Platform } from '@/utils/model/record';
import { useI18n } from '../i18n';
import { SidebarSync } from './SidebarSync';

export interface SidebarProps {
  platform: Platform;
  open: boolean;
  theme: 'light' | 'dark';
  /** The viewport edge it sits on, chosen so it never covers the site's composer. */
  side: 'left' | 'right';
  onToggle: () => void;
  /** Team sync is set up: show its line. Local-only users (the default) never load or run it. */
  sync: boolean;
  children?: ComponentChildren;
}

/** The frame every site shares: a named landmark that collapses to a small tab at the viewport's edge. */
export function Sidebar({ platform, open, theme, side, onToggle, sync, children }: SidebarProps) {
  const { t, dir, locale } = useI18n();
  if (!open) {
    return (
      <div class="wasla-root" dir={dir} lang={locale} data-theme={theme} data-side={side}>
        <button type="button" class="wasla-tab" aria-expanded="false" aria-label={t('sidebarExpand')} onClick={onToggle}>
          {t('appName')}
        </button>
      </div>
    );
  }
  return (
    <div class="wasla-root" dir={dir} lang={locale} data-theme={theme} data-side={side}>
      <aside class="wasla-sidebar" role="complementary" aria-label={t('sidebarLabel')} data-platform={platform}>
        <header class="wasla-header">
          <h2>{t('appName')}</h2>
          <span class="wasla-platform">{t(`platform.${platform}`)}</span>
          <button type="button" class="wasla-icon-button" aria-expanded="true" aria-label={t('sidebarCollapse')} onClick={onToggle}>
            ×
          </button>
        </header>
        <div class="wasla-body">
          {sync && <SidebarSync />}
          {children}
        </div>
      </aside>
    </div>
  );
}
