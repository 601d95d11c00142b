import { resolveLocale } from '@/utils/i18n/core';
import { overlayCatalogFor } from '@/utils/i18n/overlay';
import { overlayCatalogItem, settingsItem } from '@/utils/storage-items';

/** Writes the sidebar's catalog for the current UI language; on every worker start and language change. */
export async function publishOverlayCatalog(): Promise<void> {
  const { language } = await settingsItem.getValue();
  const catalog = overlayCatalogFor(resolveLocale(language, navigator.language));
  const current = await overlayCatalogItem.getValue();
  if (current.locale === catalog.locale && Object.keys(current.messages).length === Object.keys(catalog.messages).length) {
    const same = Object.entries(catalog.messages).every(([key, text]) => current.messages[key as keyof typeof current.messages] === text);
    if (same) return;
  }
  await overlayCatalogItem.setValue(catalog);
}

export function registerOverlayCatalog(): void {
  settingsItem.watch((next, previous) => {
    if (next.language !== previous?.language) void publishOverlayCatalog();
  });
  void publishOverlayCatalog();
}
