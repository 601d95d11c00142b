/**
 * Import and export of reply templates as CSV (for spreadsheets) and JSON (lossless, between Wasla users).
 * Background only (papaparse, zod).
 *
 * CSV layout, one template per row after a header row:
 *
 *     title, scope, tags, [platforms,] <one column per language tag: ar, en, fr …>
 *
 * - `scope` is `all` (also accepted: empty or `الكل`) or a client's name, resolved by the caller.
 * - `tags` are separated by `|`; a cell without any `|` may use `,` or `،` instead.
 * - `platforms` is optional (`facebook|instagram|x`); without it a template is for every platform. Export writes
 *   it only when some template is not for every platform.
 * - Headers are matched case-insensitively; language headers are canonicalised (`EN` → `en`).
 * - Export writes a UTF-8 BOM and CRLF line ends so Excel opens Arabic correctly; import strips a BOM. Cells
 *   a spreadsheet would run as formulas (starting with `=`, `+`, `-`, `@`, tab, CR) are written with a
 *   leading `'`, which import removes again.
 *
 * Everything is validated before anything is returned: an import is all or nothing. CSV problem paths name
 * the spreadsheet row (the header is row 1; a body spanning several lines is still one row) and the column
 * header as written in the file, joined by ` › `: `row 3 › en`, `row 1 › scope`, or just `row 3` for the whole
 * row (see `csvPath`). JSON problem paths are property paths: `templates[2].bodies.en`.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { problemsFromZod, type Problem } from '../model/problem';
import { platforms as allPlatforms, type Platform } from '../model/record';
import { template, type Template } from '../model/template';

export const templatesFormat = 'wasla-templates';
export const templatesVersion = 1;

/** A template as imported: ready to become a record once the caller adds id, timestamps and usage. */
export interface TemplateDraft {
  title: string;
  bodies: Record<string, string>;
  clientId: string | null;
  platforms: Platform[];
  tags: string[];
}

export type ExportableTemplate = Pick<Template, 'title' | 'bodies' | 'clientId' | 'platforms' | 'tags'>;

export type TemplateImport = { ok: true; drafts: TemplateDraft[] } | { ok: false; problems: Problem[] };

/** The same rules as the stored template, for the fields a file carries. */
const draft = z
  .object({
    title: template.shape.title,
    bodies: template.shape.bodies,
    clientId: template.shape.clientId,
    platforms: template.shape.platforms,
    tags: template.shape.tags,
  })
  .refine((t) => Object.values(t.bodies).some((body) => body.trim().length > 0), {
    message: 'templateBody',
    path: ['bodies'],
  });

/** The path of a CSV problem: `row 3 › en`, or `row 3` when it concerns the whole row. */
export function csvPath(row: number, column?: string): string {
  return column === undefined ? `row ${row}` : `row ${row} › ${column}`;
}

/** A zod issue as a Problem: the shared vocabulary, plus `language` for bad body keys and `max` for limits. */
function problemOf(issue: z.core.$ZodIssue, path: string): Problem {
  if (issue.code === 'invalid_key') return { code: 'language', path };
  const code = problemsFromZod(new z.ZodError([issue]))[0]!.code;
  if (issue.code === 'too_big') return { code, path, params: { max: Number(issue.maximum) } };
  return { code, path };
}

/** Bodies without blank ones and with one kind of line end. */
function cleanBodies(bodies: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(bodies)
      .map(([tag, body]) => [tag, body.replace(/\r\n?/g, '\n')] as const)
      .filter(([, body]) => body.trim().length > 0),
  );
}

// ---------------------------------------------------------------------------------------------------- JSON

/**
 * Reads a `wasla-templates` JSON file. `isKnownClient` says whether a template's `clientId` exists here;
 * an unknown one is refused (`unknownReference`) rather than silently made global.
 */
export function parseTemplatesJson(text: string, isKnownClient: (id: string) => boolean): TemplateImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problems: [{ code: 'invalidJson', path: '' }] };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== templatesFormat) {
    return { ok: false, problems: [{ code: 'notTemplates', path: 'format' }] };
  }
  const { version, templates } = raw as { version?: unknown; templates?: unknown };
  if (version !== templatesVersion) {
    return {
      ok: false,
      problems: [
        { code: 'unsupportedVersion', path: 'version', params: { found: String(version), expected: templatesVersion } },
      ],
    };
  }
  if (!Array.isArray(templates))
    return { ok: false, problems: [{ code: templates === undefined ? 'required' : 'invalidType', path: 'templates' }] };
  if (templates.length === 0) return { ok: false, problems: [{ code: 'required', path: 'templates' }] };

  const problems: Problem[] = [];
  const drafts: TemplateDraft[] = [];
  templates.forEach((item: unknown, index) => {
    const result = draft.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(problemOf(issue, problemsFromZod(new z.ZodError([issue]), ['templates', index])[0]!.path));
      }
      return;
    }
    if (result.data.clientId !== null && !isKnownClient(result.data.clientId)) {
      problems.push({ code: 'unknownReference', path: `templates[${index}].clientId` });
      return;
    }
    drafts.push({ ...result.data, bodies: cleanBodies(result.data.bodies) });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, drafts };
}

/** The JSON export: every field needed to recreate the templates in the same workspace (client ids kept). */
export function templatesToJson(templates: readonly ExportableTemplate[]): string {
  const file = {
    format: templatesFormat,
    version: templatesVersion,
    templates: templates.map(({ title, bodies, clientId, platforms, tags }) => ({
      title,
      bodies,
      clientId,
      platforms,
      tags,
    })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

// ----------------------------------------------------------------------------------------------------- CSV

const FIXED_COLUMNS = ['title', 'scope', 'tags', 'platforms'] as const;
type FixedColumn = (typeof FIXED_COLUMNS)[number];
const ALL_SCOPES = new Set(['', 'all', 'الكل']);
const FORMULA_START = /^[=+\-@\t\r]/;

/** Undo the `'` export puts before formula-like cells. */
function readCell(cell: string | undefined): string {
  const value = cell ?? '';
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function splitTags(cell: string): string[] {
  return (cell.includes('|') ? cell.split('|') : cell.split(/[,،]/))
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return tag.length >= 2 && canonical !== undefined ? canonical : null;
  } catch {
    return null;
  }
}

interface Columns {
  fixed: Partial<Record<FixedColumn, { index: number; header: string }>>;
  languages: { index: number; header: string; tag: string }[];
}

function readHeader(header: readonly string[], rows: readonly string[][]): { columns: Columns; problems: Problem[] } {
  const columns: Columns = { fixed: {}, languages: [] };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const written = readCell(cell).trim();
    if (written === '') {
      if (rows.some((row) => (row[index] ?? '').trim() !== ''))
        problems.push({ code: 'required', path: csvPath(1, `column ${index + 1}`) });
      return;
    }
    const lower = written.toLowerCase();
    const fixed = FIXED_COLUMNS.find((name) => name === lower);
    const key = fixed ?? canonicalLanguage(written);
    if (key === null) {
      problems.push({ code: 'language', path: csvPath(1, written), params: { value: written } });
      return;
    }
    if (seen.has(key.toLowerCase())) {
      problems.push({ code: 'duplicate', path: csvPath(1, written) });
      return;
    }
    seen.add(key.toLowerCase());
    if (fixed) columns.fixed[fixed] = { index, header: written };
    else columns.languages.push({ index, header: written, tag: key });
  });
  if (!columns.fixed.title) problems.push({ code: 'required', path: csvPath(1, 'title') });
  if (columns.languages.length === 0) problems.push({ code: 'templateBody', path: csvPath(1) });
  return { columns, problems };
}

/**
 * Reads a CSV of templates (comma, semicolon or tab separated, as spreadsheets write them).
 * `resolveClient` turns a `scope` client name into its id, or `null` when no such client exists.
 */
export function parseTemplatesCsv(text: string, resolveClient: (name: string) => string | null): TemplateImport {
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    header: false,
    skipEmptyLines: false,
    // Not `|`, which separates tags inside a cell.
    delimitersToGuess: [',', ';', '\t'],
  });
  const broken = parsed.errors.filter((error) => error.type === 'Quotes');
  if (broken.length > 0) {
    return {
      ok: false,
      problems: broken.map((error) => ({ code: 'invalidCsv', path: csvPath((error.row ?? 0) + 1) })),
    };
  }
  const [header = [], ...rows] = parsed.data;
  const { columns, problems } = readHeader(header, rows);
  if (problems.length > 0) return { ok: false, problems };

  const drafts: TemplateDraft[] = [];
  const headerOf: Record<string, string> = {};
  for (const [name, column] of Object.entries(columns.fixed)) headerOf[name] = column.header;
  const used = new Set([...Object.values(columns.fixed).map((c) => c.index), ...columns.languages.map((c) => c.index)]);

  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return; // blank lines spreadsheets leave at the end
    const cell = (name: FixedColumn) => {
      const column = columns.fixed[name];
      return column ? readCell(cells[column.index]) : '';
    };
    const rowProblems: Problem[] = [];
    cells.forEach((value, column) => {
      if (!used.has(column) && value.trim() !== '')
        rowProblems.push({ code: 'invalidValue', path: csvPath(rowNumber, `column ${column + 1}`) });
    });

    const scope = cell('scope').trim();
    let clientId: string | null = null;
    if (!ALL_SCOPES.has(scope.toLowerCase())) {
      clientId = resolveClient(scope);
      if (clientId === null)
        rowProblems.push({
          code: 'unknownReference',
          path: csvPath(rowNumber, headerOf.scope),
          params: { name: scope },
        });
    }
    const platformCell = cell('platforms').trim();
    const candidate = {
      title: cell('title'),
      bodies: Object.fromEntries(columns.languages.map(({ index: column, tag }) => [tag, readCell(cells[column])])),
      clientId,
      platforms:
        platformCell === ''
          ? [...allPlatforms]
          : platformCell
              .toLowerCase()
              .split(/[|,،\s]+/)
              .filter(Boolean),
      tags: splitTags(cell('tags')),
    };
    const result = draft.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [field, key] = issue.path;
        const column =
          field === 'bodies' && typeof key === 'string'
            ? columns.languages.find((language) => language.tag === key)?.header
            : field === 'clientId'
              ? headerOf.scope
              : typeof field === 'string'
                ? headerOf[field]
                : undefined;
        rowProblems.push(problemOf(issue, csvPath(rowNumber, column)));
      }
    }
    if (rowProblems.length > 0 || !result.success) {
      problems.push(...rowProblems);
      return;
    }
    drafts.push({ ...result.data, bodies: cleanBodies(result.data.bodies) });
  });
  if (problems.length === 0 && drafts.length === 0) problems.push({ code: 'required', path: csvPath(2) });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, drafts };
}

/**
 * The CSV export, with a BOM and CRLF line ends for Excel. `clientName` gives the name written in `scope`
 * for a client id (the same name `resolveClient` must accept on import).
 */
export function templatesToCsv(templates: readonly ExportableTemplate[], clientName: (id: string) => string): string {
  const languages = [...new Set(templates.flatMap((t) => Object.keys(t.bodies)))].sort();
  const withPlatforms = templates.some((t) => allPlatforms.some((p) => !t.platforms.includes(p)));
  const fields = ['title', 'scope', 'tags', ...(withPlatforms ? ['platforms'] : []), ...languages];
  const data = templates.map((t) => [
    t.title,
    t.clientId === null ? 'all' : clientName(t.clientId),
    t.tags.join('|'),
    ...(withPlatforms ? [t.platforms.join('|')] : []),
    ...languages.map((language) => t.bodies[language] ?? ''),
  ]);
  return '\uFEFF' + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n';
}
