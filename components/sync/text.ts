import type { Locale, Params } from '@/utils/i18n/core';

/** `sync.pending` for the keys `sync.pending.one`, `sync.pending.other`, … */
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;

/**
 * A count in words, in the grammatical number the language needs: Arabic has six forms (one, two, few for
 * 3–10, many for 11–99, …), English two. The catalog holds `<base>.<category>` keys (`Intl.PluralRules`
 * categories) with `<base>.other` as the fallback, and `{count}` is filled in.
 */
export function plural<K extends string>(
  t: (key: K, params?: Params) => string,
  locale: Locale,
  base: PluralBase<K>,
  count: number,
  params: Params = {},
): string {
  const key = `${base}.${new Intl.PluralRules(locale).select(count)}` as K;
  const filled = { ...params, count };
  const text = t(key, filled);
  return text === key ? t(`${base}.other` as K, filled) : text;
}

/**
 * A value typed elsewhere (an email, a server's message) kept whole inside an Arabic sentence (FSI … PDI), so
 * its Latin letters and punctuation do not reorder the words around it. English sentences get it unchanged.
 */
export const isolate = (text: string, locale: Locale) => (locale === 'ar' ? `\u2068${text}\u2069` : text);
