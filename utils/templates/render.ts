/**
 * Template variables: `{{customer}}`, `{{client}}`, `{{agent}}`, `{{date}}`.
 *
 * Runs in content scripts (insertion happens there), so it imports nothing heavy.
 */

export const templateVariables = ['customer', 'client', 'agent', 'date'] as const;
export type TemplateVariable = (typeof templateVariables)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

export interface RenderedTemplate {
  /** The body with every resolved variable replaced; unresolved ones stay visible as `{{name}}`. */
  text: string;
  /**
   * Variables that had no (non-blank) value or that we don't know, in order of first appearance, without
   * repeats. Known names are lower-cased (`{{ Customer }}` → `customer`); unknown names are kept as written.
   * The UI must not insert while this is non-empty.
   */
  unresolved: string[];
}

/** Any `{{…}}` without braces inside: spaces around the name are allowed, names are case-insensitive. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/**
 * Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). A value read from the page (a
 * customer's display name) could carry them and flip the direction of the rest of the reply.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const known = new Set<string>(templateVariables);

function isVariable(name: string): name is TemplateVariable {
  return known.has(name);
}

/**
 * Fills a template body in one pass, so a value that itself looks like `{{agent}}` is inserted as text and
 * never expanded. Values are inserted verbatim (the output is plain text) except for bidi controls, which
 * are removed. A value that is empty once those are removed counts as missing.
 */
export function renderTemplate(body: string, values: TemplateValues): RenderedTemplate {
  const unresolved: string[] = [];
  const report = (name: string) => {
    if (!unresolved.includes(name)) unresolved.push(name);
  };
  const text = body.replace(PLACEHOLDER, (_match, inside: string) => {
    const written = inside.trim();
    const name = written.toLowerCase();
    if (!isVariable(name)) {
      report(written);
      return `{{${written}}}`;
    }
    const value = values[name]?.replace(BIDI_CONTROLS, '');
    if (value === undefined || value.trim() === '') {
      report(name);
      return `{{${name}}}`;
    }
    return value;
  });
  return { text, unresolved };
}

/**
 * The `{{date}}` value: a long date in the reader's locale and the given time zone. Arabic locales get
 * Arabic-Indic digits (`٦ مارس ٢٠٢٤`) unless the locale names its own numbering system (`ar-u-nu-latn`),
 * because plain `ar` now formats with Latin digits in current CLDR.
 */
export function formatTemplateDate(date: Date, locale: string, timeZone: string): string {
  let tag = new Intl.Locale(locale);
  if (tag.language === 'ar' && tag.numberingSystem === undefined)
    tag = new Intl.Locale(tag.toString(), { numberingSystem: 'arab' });
  return new Intl.DateTimeFormat(tag.toString(), { dateStyle: 'long', timeZone }).format(date);
}
