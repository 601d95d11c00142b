// The strings the popup and the background's notifications use: the sidebar's, the pages' and the reports'
// catalogs (the popup's month view shares the reports' words). The options page adds the templates' and the
// team's catalogs (index.ts); keeping those out of here keeps them out of the popup's bundle.
import ar from './locales/ar.json';
import arOverlay from './locales/ar.overlay.json';
import arReports from './locales/ar.reports.json';
import en from './locales/en.json';
import enOverlay from './locales/en.overlay.json';
import enReports from './locales/en.reports.json';
import { translatorFor, type Catalog, type Locale, type Translate } from './core';

export const commonCatalogs: Record<Locale, Catalog> = {
  en: { ...enOverlay, ...en, ...enReports },
  ar: { ...arOverlay, ...ar, ...arReports },
};

export function createCommonTranslator(locale: Locale): Translate {
  return translatorFor(locale, commonCatalogs[locale], commonCatalogs.en);
}
