/**
 * Reply templates, pure logic (issue #4).
 *
 * Content-script safe (no heavy dependencies): `render`, `language`, `x-count`, `limits`, `normalize`.
 * Background only: `search` (MiniSearch) and `transfer` (papaparse, zod). A content script that needs only
 * the light half should import those files directly so its bundle does not pull in the rest.
 *
 * - renderTemplate(body, values) → { text, unresolved }: fills {{customer}}, {{client}}, {{agent}}, {{date}}.
 * - formatTemplateDate(date, locale, timeZone): the {{date}} value (Arabic-Indic digits for Arabic).
 * - chooseLanguage({ commentText, available, clientLanguages }), nextLanguage(current, available),
 *   availableLanguages(bodies), missingLanguages(bodies, clientLanguages).
 * - normalizeForSearch(text): Arabic/Latin spelling variants compared as equal.
 * - TemplateIndex: incremental search (upsert / remove / setUsageCount / search(query, { clientId, platform, limit })).
 * - xWeightedLength(text), platformLimit(platform), measure(text, platform) → { used, limit, over }.
 * - parseTemplatesCsv / parseTemplatesJson → { ok, drafts } | { ok: false, problems }; templatesToCsv / templatesToJson.
 */
export {
  formatTemplateDate,
  renderTemplate,
  templateVariables,
  type RenderedTemplate,
  type TemplateValues,
  type TemplateVariable,
} from './render';
export { availableLanguages, chooseLanguage, missingLanguages, nextLanguage, type LanguageChoice } from './language';
export { normalizeForSearch } from './normalize';
export {
  CLIENT_BOOST,
  PLATFORM_BOOST,
  TemplateIndex,
  type SearchableTemplate,
  type TemplateSearchOptions,
} from './search';
export { X_EMOJI_WEIGHT, X_URL_LENGTH, xWeightedLength } from './x-count';
export { measure, platformLimit, type Measure } from './limits';
export {
  csvPath,
  parseTemplatesCsv,
  parseTemplatesJson,
  templatesFormat,
  templatesToCsv,
  templatesToJson,
  templatesVersion,
  type ExportableTemplate,
  type TemplateDraft,
  type TemplateImport,
} from './transfer';
