// Every string, for the options page (the popup and the background use common.ts, a subset).
import arTeam from './locales/ar.team.json';
import arTemplates from './locales/ar.templates.json';
import enTeam from './locales/en.team.json';
import enTemplates from './locales/en.templates.json';
import { translatorFor, type Catalog, type Locale, type MessageKey, type Translate } from './core';
import { commonCatalogs } from './common';

export * from './core';

const english: Catalog = { ...commonCatalogs.en, ...enTemplates, ...enTeam };
const catalogs: Record<Locale, Catalog> = { en: english, ar: { ...commonCatalogs.ar, ...arTemplates, ...arTeam } };

export function createTranslator(locale: Locale): Translate {
  return translatorFor(locale, catalogs[locale], english);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}
