import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/model/settings';
import { settingsItem } from '@/utils/storage-items';
import { defaultSettings } from '@/utils/stored-values';

// The locale hook holds no stored value of its own: the popup uses it without this file's validated item (zod).
export { usePageLocale } from './use-page-locale';

/**
 * Settings as stored, live: every extension page follows a change made anywhere. Pages read the stored value
 * before their first render and pass it in, so they neither flash the wrong language and direction nor load
 * their data twice (once for the default time zone, once for the real one).
 */
export function useSettings(initial?: Settings): Settings {
  const [settings, setSettings] = useState<Settings>(initial ?? defaultSettings);
  useEffect(() => {
    if (!initial) void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((next) => setSettings(next));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- initial is the value read before the first render: subscribe once
  }, []);
  return settings;
}

/** The stored settings, for a page's first render. */
export function storedSettings(): Promise<Settings> {
  return settingsItem.getValue().catch(() => defaultSettings);
}
