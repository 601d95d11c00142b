import type { MessageKey, Translate } from '@/utils/i18n/core';

/** A label's name in the UI language: the built-in ones translated, the user's own words as typed. */
export function labelText(t: Translate, label: string): string {
  const key = `label.${label}` as MessageKey;
  const text = t(key);
  return text === key ? label : text;
}
