// Every string, for extension pages (popup, options) and the background's notifications.
import ar from './locales/ar.json';
import arOverlay from './locales/ar.overlay.json';
import arReports from './locales/ar.reports.json';
import arTeam from './locales/ar.team.json';
import arTemplates from './locales/ar.templates.json';
import en from './locales/en.json';
import enOverlay from './locales/en.overlay.json';
import enReports from './locales/en.reports.json';
import enTeam from './locales/en.team.json';
import enTemplates from './locales/en.templates.json';
import { translatorFor, type Catalog, type Locale, type MessageKey, type Translate } from './core';

export * from './core';

const english: Catalog = { ...enOverlay, ...en, ...enReports, ...enTemplates, ...enTeam };
const catalogs: Record<Locale, Catalog> = { en: english, ar: { ...arOverlay, ...ar, ...arReports, ...arTemplates, ...arTeam } };

export function createTranslator(locale: Locale): Translate {
  return translatorFor(locale, catalogs[locale], english);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}
