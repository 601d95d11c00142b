import { resolveLocale, type Locale, type Translate } from '@/utils/i18n/core';
import { createCommonTranslator } from '@/utils/i18n/common';
import type { Settings } from '@/utils/model';

/** The UI language for what the background shows itself (notifications), from the user's settings. */
export function uiLanguage(settings: Pick<Settings, 'language'>): { locale: Locale; t: Translate } {
  const locale = resolveLocale(settings.language, navigator.language);
  return { locale, t: createCommonTranslator(locale) };
}
