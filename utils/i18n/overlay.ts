// The sidebar's strings. Content scripts bundle no catalog at all: the background publishes the one for the
// current UI language (with English beneath it) into extension storage, and the sidebar reads it from there
// together with the settings, in the same storage read. That keeps both languages' text out of every
// site's script (about a third of its size).
import arOverlay from './locales/ar.overlay.json';
import enOverlay from './locales/en.overlay.json';
import { translatorFor, type Catalog, type Locale, type Translate } from './core';

export interface OverlayCatalog {
  locale: Locale;
  messages: Catalog;
}

/** What the background publishes for a UI language (background only: it imports both catalogs). */
export function overlayCatalogFor(locale: Locale): OverlayCatalog {
  return { locale, messages: locale === 'ar' ? { ...enOverlay, ...arOverlay } : { ...enOverlay } };
}

/** A translator over a published catalog (content scripts). */
export function catalogTranslator(catalog: OverlayCatalog): Translate {
  return translatorFor(catalog.locale, catalog.messages, {});
}
