/**
 * X's weighted length, written from the twitter-text v3 configuration (the `twitter-text` package is
 * unmaintained since 2020, so we don't depend on it):
 *
 * - the text is NFC-normalised first;
 * - each URL counts 23 whatever its length;
 * - each emoji sequence (modifiers, ZWJ sequences, flags, keycaps, tag flags) counts 2;
 * - every other code point counts 1 if it lies in U+0000–U+10FF (Latin, Arabic, Hebrew …), U+2000–U+200D,
 *   U+2010–U+201F or U+2032–U+2037, and 2 otherwise (so LRM/RLM U+200E/U+200F, CJK and Arabic
 *   presentation forms count 2).
 *
 * Runs in content scripts: no dependencies.
 */

export const X_URL_LENGTH = 23;
export const X_EMOJI_WEIGHT = 2;

const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

function codePointWeight(codePoint: number): number {
  return LIGHT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 1 : 2;
}

/**
 * A small but real set of top-level domains for links written without `http(s)://`. Two-letter (country)
 * domains only count as links when a path follows (`bit.ly/x`, not `e.g.ly`), as twitter-text does for
 * ccTLDs, so ordinary words joined by a dot are not mistaken for links.
 */
const GENERIC_TLDS = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'int',
  'info',
  'biz',
  'name',
  'pro',
  'app',
  'dev',
  'io',
  'ai',
  'xyz',
  'online',
  'site',
  'store',
  'shop',
  'tech',
  'blog',
  'news',
  'link',
  'live',
  'media',
  'agency',
  'email',
  'website',
  'cloud',
  'page',
  'services',
  'digital',
  'world',
  'today',
  'academy',
  'center',
  'company',
  'global',
  'group',
]);
const COUNTRY_TLDS = new Set([
  'sa',
  'ae',
  'eg',
  'qa',
  'kw',
  'bh',
  'om',
  'jo',
  'lb',
  'ma',
  'dz',
  'tn',
  'ly',
  'iq',
  'sy',
  'ye',
  'ps',
  'sd',
  'uk',
  'us',
  'ca',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'be',
  'ch',
  'at',
  'se',
  'no',
  'dk',
  'fi',
  'pl',
  'pt',
  'gr',
  'ie',
  'ru',
  'tr',
  'ir',
  'pk',
  'in',
  'cn',
  'jp',
  'kr',
  'au',
  'nz',
  'za',
  'br',
  'mx',
  'co',
  'me',
  'tv',
  'fm',
  'gg',
  'gl',
  'to',
  'so',
  'ly',
  'cc',
  'ws',
  'eu',
]);

/**
 * Candidates: an optional scheme, dot-separated labels, an optional port and an optional path/query/fragment.
 * Not preceded by a letter, digit, `@` (e-mail addresses and mentions), `#`, `$`, `.`, `/` or `-`.
 */
const URL_CANDIDATE =
  /(?<![\p{L}\p{N}@#$./_-])(https?:\/\/)?((?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+[\p{L}\p{N}-]+)(?::\d{1,5})?(?:[/?#]\S*)?/giu;
/** A link ends on a letter, digit or one of these; sentence punctuation after it is not part of it. */
const URL_END = /[\p{L}\p{N}/=_#+-]/u;

/** Emoji sequences; text-style symbols in U+0000–U+10FF (©, ®) only when asked for emoji style with U+FE0F. */
const EMOJI =
  /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|[\u{1F1E6}-\u{1F1FF}]{2}|[0-9#*]\uFE0F?\u20E3|(?:[\u00A9\u00AE]\uFE0F|(?![\u00A9\u00AE])\p{Extended_Pictographic})\uFE0F?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?)*|[\u{1F1E6}-\u{1F1FF}]/gu;

interface Span {
  start: number;
  end: number;
}

function isLink(scheme: string | undefined, host: string, rest: string): boolean {
  if (scheme) return true;
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  if (GENERIC_TLDS.has(tld)) return true;
  return COUNTRY_TLDS.has(tld) && /[/?#]./u.test(rest);
}

function findLinks(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const [whole, scheme = '', host = ''] = match;
    const hostEnd = match.index + scheme.length + host.length;
    let end = match.index + whole.length;
    while (end > hostEnd && !URL_END.test(text[end - 1]!)) end -= 1;
    if (isLink(scheme, host, text.slice(hostEnd, end))) spans.push({ start: match.index, end });
  }
  return spans;
}

function weighPlain(text: string): number {
  let total = 0;
  let last = 0;
  for (const match of text.matchAll(EMOJI)) {
    for (const char of text.slice(last, match.index)) total += codePointWeight(char.codePointAt(0)!);
    total += X_EMOJI_WEIGHT;
    last = match.index + match[0].length;
  }
  for (const char of text.slice(last)) total += codePointWeight(char.codePointAt(0)!);
  return total;
}

/** The length X counts against its 280 limit. */
export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let total = 0;
  let last = 0;
  for (const link of findLinks(normalized)) {
    total += weighPlain(normalized.slice(last, link.start)) + X_URL_LENGTH;
    last = link.end;
  }
  return total + weighPlain(normalized.slice(last));
}
