import { useLayoutEffect } from 'preact/hooks';
import { directionOf, resolveLocale, type Locale } from '@/utils/i18n/core';
import type { Settings } from '@/utils/model/settings';

/**
 * The UI locale for an extension page, also applied to <html lang dir> so the whole page mirrors. A layout effect:
 * it runs before the first frame is painted, which an effect would follow (an Arabic page drawn left to right,
 * then restyled and laid out again).
 */
export function usePageLocale(settings: Pick<Settings, 'language'>): Locale {
  const locale = resolveLocale(settings.language, navigator.language);
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }, [locale]);
  return locale;
}
