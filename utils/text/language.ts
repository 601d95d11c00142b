/**
 * The language of a post or comment, as far as reply templates care: Arabic, English, or something else.
 *
 * Decided by the majority of strong letters: Arabic-script letters vote `ar`, Latin letters vote `en`, letters
 * of any other script vote `other`. Digits, emoji and punctuation do not vote, so emoji-only or numbers-only
 * text is `other`, as is a tie. URLs and @mentions are removed first: they are names, not the writer's
 * language (an Arabic comment that tags `@acme_store` is still Arabic).
 */
export type Language = 'ar' | 'en' | 'other';

const URLS = /\b(?:https?:\/\/|www\.)\S+/gi;
const MENTIONS = /@[\p{L}\p{N}_.]+/gu;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export function detectLanguage(text: string): Language {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (const char of text.replace(URLS, ' ').replace(MENTIONS, ' ')) {
    if (!LETTER.test(char)) continue;
    if (ARABIC.test(char)) arabic += 1;
    else if (LATIN.test(char)) latin += 1;
    else other += 1;
  }
  if (arabic > latin && arabic > other) return 'ar';
  if (latin > arabic && latin > other) return 'en';
  return 'other';
}
