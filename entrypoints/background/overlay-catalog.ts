import { resolveLocale } from '@/utils/i18n/core';
import { overlayCatalogFor } from '@/utils/i18n/overlay';
import { overlayCatalogItem, settingsItem } from '@/utils/storage-items';

/** Writes the sidebar's catalog for the current UI language; on every worker start and language change. */
export async function publishOverlayCatalog(): Promise<void> {
  const { language } = await settingsItem.getValue();
  const catalog = overlayCatalogFor(resolveLocale(language, navigator.language));
  // Unchanged (the usual case on a worker wake): no write, so no open sidebar re-renders for nothing.
  if (JSON.stringify(await overlayCatalogItem.getValue()) === JSON.stringify(catalog)) return;
  await overlayCatalogItem.setValue(catalog);
}

export function registerOverlayCatalog(): void {
  settingsItem.watch((next, previous) => {
    if (next.language !== previous?.language) void publishOverlayCatalog();
  });
  void publishOverlayCatalog();
}
