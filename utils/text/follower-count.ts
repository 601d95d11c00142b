/**
 * Follower counts as the sites print them, in English or Arabic: "12.5K", "1,234", "1.2M followers",
 * "12.3 k", "١٢٫٥ ألف", "١٬٢٣٤", "۱۲۳", "1.5 مليون", "ألف متابع" (a bare "thousand" is 1000).
 *
 * The first number in the text is read. Abbreviated counts are rounded by the site, so callers should prefer
 * an exact value when the page offers one (Instagram's `title="12,345"`) and parse that with this function.
 */

// The Arabic unit words are written as strings (the build escapes them to ASCII) rather than inside regex literals,
// which the build keeps verbatim: one Arabic letter in a content script makes V8 hold its whole source as a
// two-byte string in every host page (see wxt.config.ts).
// Arabic: ألف/الف (thousand), آلاف/الاف (thousands), مليون/ملايين, مليار/مليارات.
const arabicThousand = '(?:أ|ا|آ)(?:لف|لاف)';
const arabicMillion = '(?:مليون|ملايين)';
const arabicBillion = '(?:مليار|مليارات)';
const notBeforeLetter = '(?![\\p{L}])';

const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  // Latin abbreviations and words; the letter must not start a longer word ("12 members", "5 bees").
  [/^(?:k(?![\p{L}])|thousand|mil(?![\p{L}]))/iu, 1e3],
  [/^(?:m(?![\p{L}])|mn(?![\p{L}])|millions?)/iu, 1e6],
  [/^(?:b(?![\p{L}])|bn(?![\p{L}])|billions?)/iu, 1e9],
  [new RegExp(`^${arabicThousand}${notBeforeLetter}`, 'u'), 1e3],
  [new RegExp(`^${arabicMillion}${notBeforeLetter}`, 'u'), 1e6],
  [new RegExp(`^${arabicBillion}${notBeforeLetter}`, 'u'), 1e9],
];

/** A bare Arabic unit word ("ألف متابع" is one thousand). */
const bareArabicUnit = new RegExp(
  `(?:^|[^\\p{L}])(${arabicThousand}|${arabicMillion}|${arabicBillion})${notBeforeLetter}`,
  'u',
);

/** Arabic-Indic (U+0660) and Eastern Arabic/Persian (U+06F0) digits to ASCII; Arabic separators to ASCII. */
function toAsciiNumerals(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066C/g, ',')
    .replace(/\u066B/g, '.')
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

function multiplierAt(rest: string): number {
  for (const [pattern, value] of MULTIPLIERS) if (pattern.test(rest)) return value;
  return 1;
}

/**
 * Reads a run like "1,234,567", "12.5", "12,5" or "1 234". With a multiplier after it, one separator is a
 * decimal point ("12,5 k"); without, separators followed by exactly three digits group thousands.
 */
function readNumber(run: string, hasMultiplier: boolean): number {
  const separators = run.match(/[.,\u00A0\u202F ]/g) ?? [];
  if (separators.length === 0) return Number(run);
  const groups = run.split(/[.,\u00A0\u202F ]/);
  const lastSeparator = separators[separators.length - 1]!;
  const last = groups[groups.length - 1]!;
  const grouped = groups.slice(1).every((group) => group.length === 3);
  if (hasMultiplier || !grouped) {
    // The last separator is the decimal point; any earlier ones group thousands.
    if (lastSeparator === ' ' || lastSeparator === '\u00A0' || lastSeparator === '\u202F') {
      return Number(groups.join(''));
    }
    return Number(`${groups.slice(0, -1).join('')}.${last}`);
  }
  return Number(groups.join(''));
}

export function parseFollowerCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const normalized = toAsciiNumerals(text);
  const found = /\d+(?:[.,\u00A0\u202F ]\d+)*/.exec(normalized);
  if (!found) {
    // "ألف متابع": a bare Arabic unit word is one of that unit.
    const word = bareArabicUnit.exec(normalized);
    return word ? multiplierAt(word[1]!) : null;
  }
  const rest = normalized.slice(found.index + found[0].length).replace(/^\s+/, '');
  const multiplier = multiplierAt(rest);
  const value = readNumber(found[0], multiplier !== 1) * multiplier;
  return Number.isFinite(value) ? Math.round(value) : null;
}
