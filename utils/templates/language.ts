/**
 * Which language body of a template to offer first, and the editor's "missing language" warning.
 *
 * Runs in content scripts: imports only the small script-majority detector.
 */
import { detectLanguage } from '../text/language';

/** The primary subtag, lower-cased: `ar-EG` → `ar`. */
function primary(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The available tag that serves `wanted`: the same tag (any case), else the first with the same primary language. */
function findLanguage(wanted: string, available: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  return (
    available.find((tag) => tag.toLowerCase() === lower) ?? available.find((tag) => primary(tag) === primary(wanted))
  );
}

/** The language tags whose body has text (an empty or whitespace-only body counts as missing). */
export function availableLanguages(bodies: Readonly<Record<string, string>>): string[] {
  return Object.keys(bodies).filter((tag) => bodies[tag]!.trim().length > 0);
}

export interface LanguageChoice {
  /** The comment being answered, if any. */
  commentText?: string;
  /** Languages the template has bodies for, in the template's order (see `availableLanguages`). */
  available: readonly string[];
  /** The client's contracted languages, most important first. */
  clientLanguages: readonly string[];
}

/**
 * The body to show first: the comment's language (Arabic or English by majority of strong letters, URLs and
 * @mentions ignored) if the template has it; else the client's first contracted language the template has;
 * else the template's first language. Tags match by primary language when not exact (`ar` finds `ar-EG`).
 * Returns `''` only when `available` is empty.
 */
export function chooseLanguage({ commentText, available, clientLanguages }: LanguageChoice): string {
  const detected = commentText === undefined ? 'other' : detectLanguage(commentText);
  if (detected !== 'other') {
    const match = findLanguage(detected, available);
    if (match) return match;
  }
  for (const language of clientLanguages) {
    const match = findLanguage(language, available);
    if (match) return match;
  }
  return available[0] ?? '';
}

/** The next language after `current`, wrapping around (the one-key switch); the first if `current` isn't there. */
export function nextLanguage(current: string, available: readonly string[]): string {
  if (available.length === 0) return current;
  const index = available.indexOf(current);
  return available[(index + 1) % available.length]!;
}

/**
 * The client's languages that the template cannot answer in, for the editor's warning, in the client's
 * order without repeats. A body that is empty or only whitespace counts as missing.
 */
export function missingLanguages(
  bodies: Readonly<Record<string, string>>,
  clientLanguages: readonly string[],
): string[] {
  const available = availableLanguages(bodies);
  const missing: string[] = [];
  for (const language of clientLanguages) {
    if (!findLanguage(language, available) && !missing.includes(language)) missing.push(language);
  }
  return missing;
}
