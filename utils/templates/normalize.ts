/**
 * Text as search compares it, so that spelling variants people really type find the same template.
 *
 * - Arabic: hamza carriers and alef variants (أ إ آ ٱ) → ا, ؤ → و, ئ → ي, ة → ه, ى → ي; Persian-keyboard
 *   ی and ک → ي and ك; harakat and other marks (U+064B–U+065F, U+0670) and tatweel (U+0640) removed;
 *   presentation forms (ﻻ, ﺍ …) unfolded to their letters.
 * - Latin: lower case and accents removed (`Café` → `cafe`).
 * - Digits: Arabic-Indic and Persian digits → ASCII (`٢٠٢٤` → `2024`).
 * - Invisible format characters (bidi marks, zero-width joiners, BOM) removed; whitespace collapsed.
 */

/** Compatibility decomposition splits أ into ا + U+0654 and ﻻ into ل ا, so removing marks does most of the work. */
const MARKS = /\p{M}/gu;
const INVISIBLE = /[\u0640\u061C\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const LETTERS: Record<string, string> = { ٱ: 'ا', ة: 'ه', ى: 'ي', ی: 'ي', ک: 'ك' };
const LETTER_VARIANTS = /[ٱةىیک]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const SPACES = /\s+/g;

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LETTER_VARIANTS, (letter) => LETTERS[letter]!)
    .replace(EASTERN_DIGITS, (digit) => {
      const code = digit.charCodeAt(0);
      return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    })
    .replace(SPACES, ' ')
    .trim();
}
