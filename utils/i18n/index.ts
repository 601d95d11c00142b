import type { UiLanguage } from '../model/settings';
import ar from './locales/ar.json';
import en from './locales/en.json';

export type Locale = 'ar' | 'en';
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

// Arabic must define every English key (a unit test checks it); the type makes the English file the source of truth.
const catalogs: Record<Locale, Record<MessageKey, string>> = { en, ar };

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

export function createTranslator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  const numbers = new Intl.NumberFormat(numberLocale(locale));
  return (key, params) => {
    const text = catalog[key] ?? en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
