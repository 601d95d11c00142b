import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createTranslator, directionOf, type Locale, type Translate } from '@/utils/i18n';

export interface I18n {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'en', dir: 'ltr', t: createTranslator('en') });

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  const value = useMemo(() => ({ locale, dir: directionOf(locale), t: createTranslator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
