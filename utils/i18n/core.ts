import type { UiLanguage } from '../model/settings';
import type enOverlay from './locales/en.overlay.json';
import type enPages from './locales/en.json';
import type enReports from './locales/en.reports.json';
import type enTemplates from './locales/en.templates.json';
import type enTeam from './locales/en.team.json';

export type Locale = 'ar' | 'en';
/**
 * Strings are split by where they show: `*.overlay.json` holds what the in-page sidebar needs (content scripts
 * carry only that); the others (`*.json` for popup and options, `*.reports.json`, `*.templates.json`) only load
 * on extension pages.
 */
export type OverlayKey = keyof typeof enOverlay;
export type MessageKey =
  OverlayKey | keyof typeof enPages | keyof typeof enReports | keyof typeof enTemplates | keyof typeof enTeam;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
export type Catalog = Partial<Record<MessageKey, string>>;

/** The UI language: the user's choice, else the browser's when it is Arabic, else English. */
export function resolveLocale(setting: UiLanguage, browserLanguage: string | undefined): Locale {
  if (setting === 'ar' || setting === 'en') return setting;
  return browserLanguage?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Number formatting per UI language: Arabic screens use Arabic-Indic digits (٠١٢…), which newer CLDR data no
 * longer picks for plain `ar`.
 */
export function numberLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-arab' : 'en';
}

/** A translator over one locale's catalog, falling back to English, then to the key itself. */
export function translatorFor(locale: Locale, catalog: Catalog, english: Catalog): Translate {
  const numbers = new Intl.NumberFormat(numberLocale(locale));
  return (key, params) => {
    const text = catalog[key] ?? english[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}
