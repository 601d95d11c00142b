import { useEffect, useState } from 'preact/hooks';
import { directionOf, resolveLocale, type Locale } from '@/utils/i18n/core';
import type { Settings } from '@/utils/model/settings';
import { defaultSettings, settingsItem } from '@/utils/storage-items';

/** Settings as stored, live: every extension page follows a change made anywhere. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((next) => setSettings(next));
  }, []);
  return settings;
}

/** The UI locale for an extension page, also applied to <html lang dir> so the whole page mirrors. */
export function usePageLocale(settings: Settings): Locale {
  const locale = resolveLocale(settings.language, navigator.language);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }, [locale]);
  return locale;
}
