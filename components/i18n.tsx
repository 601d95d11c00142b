import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { directionOf, type Locale, type Translate } from '@/utils/i18n/core';

export interface I18n {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', dir: 'ltr', t: (key) => key });

export interface I18nProviderProps {
  locale: Locale;
  /** Which strings this surface carries: the full set on extension pages, the sidebar's own in content scripts. */
  translator: (locale: Locale) => Translate;
  children: ComponentChildren;
}

export function I18nProvider({ locale, translator, children }: I18nProviderProps) {
  const value = useMemo(() => ({ locale, dir: directionOf(locale), t: translator(locale) }), [locale, translator]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
