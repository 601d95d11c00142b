// The sidebar's strings only: what a content script bundles.
import arOverlay from './locales/ar.overlay.json';
import enOverlay from './locales/en.overlay.json';
import { translatorFor, type Locale, type Translate } from './core';

export function createOverlayTranslator(locale: Locale): Translate {
  return translatorFor(locale, locale === 'ar' ? arOverlay : enOverlay, enOverlay);
}
