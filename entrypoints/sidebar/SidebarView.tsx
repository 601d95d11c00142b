import type { Platform } from '@/utils/model/record';
import { useI18n } from '@/components/i18n';
import { Sidebar, type SidebarContext } from './context';
import { FeatureBoundary } from './FeatureBoundary';
import type { SidebarFeature } from './features';

export interface SidebarViewProps {
  context: SidebarContext;
  platform: Platform;
  open: boolean;
  theme: 'light' | 'dark';
  features: SidebarFeature[];
  onToggle: () => void;
}

function shows(feature: SidebarFeature, context: SidebarContext): boolean {
  if (feature.needs === 'always') return true;
  if (!context.facts.account) return false;
  if (feature.needs === 'account') return true;
  if (!context.info) return false;
  return feature.needs === 'info' || context.info.client !== null;
}

/**
 * The sidebar: a landmark named "Wasla" with its header and every feature that applies, each in its own error
 * boundary; collapsed, only the tab that shows it again. The page agent sizes the frame to whichever is shown.
 */
export function SidebarView({ context, platform, open, theme, features, onToggle }: SidebarViewProps) {
  const { t, dir, locale } = useI18n();
  return (
    <div class="wasla-root" dir={dir} lang={locale} data-theme={theme} data-open={String(open)}>
      {open ? (
        <aside class="wasla-sidebar" aria-label={t('sidebarLabel')} data-platform={platform}>
          <header class="wasla-header">
            <h2>{t('appName')}</h2>
            <span class="wasla-platform">{t(`platform.${platform}`)}</span>
            <button
              type="button"
              id="wasla-collapse"
              class="wasla-icon-button"
              aria-expanded="true"
              aria-label={t('sidebarCollapse')}
              onClick={onToggle}
            >
              ×
            </button>
          </header>
          <div class="wasla-body">
            <Sidebar.Provider value={context}>
              {features
                .filter((feature) => shows(feature, context))
                .map(({ id, View }) => (
                  <FeatureBoundary key={id} id={id}>
                    <View />
                  </FeatureBoundary>
                ))}
            </Sidebar.Provider>
          </div>
        </aside>
      ) : (
        <button
          type="button"
          id="wasla-expand"
          class="wasla-tab"
          aria-expanded="false"
          aria-label={t('sidebarExpand')}
          onClick={onToggle}
        >
          {t('appName')}
        </button>
      )}
    </div>
  );
}
