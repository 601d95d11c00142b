/**
 * Full-text search over reply templates, kept in the background service worker and updated as templates
 * change (`upsert` / `remove`), so typing in the sidebar never waits for a rebuild.
 *
 * Matching: title (boosted), tags and every language body, all compared through `normalizeForSearch`, so
 * `تاخير الشحنه` finds `تأخير الشحنة` and `cafe` finds `Café`. Arabic words are also indexed without their
 * definite article (`الشحن` → `شحن`, `والشحن` → `شحن`), because people search for `شحن` and expect
 * `الشحن`. Each query word matches as a prefix (search-as-you-type) and, from 4 letters on, with one typo.
 * All words must match; if no template has them all, templates with some of them are ranked instead.
 *
 * Scope: a template of another client never appears; the open client's templates and templates made for
 * the open platform rank higher; templates for all clients (`clientId: null`) always take part.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Platform } from '../model/record';
import type { Template } from '../model/template';
import { normalizeForSearch } from './normalize';

/** What the index needs from a template. Records with `deletedAt` set are treated as removed. */
export type SearchableTemplate = Pick<Template, 'id' | 'title' | 'bodies' | 'clientId' | 'platforms' | 'tags' | 'usageCount'> & {
  deletedAt?: string | null;
};

export interface TemplateSearchOptions {
  /** The client whose page is open, or `null` when none is (then only templates for all clients appear). */
  clientId: string | null;
  /** The site being answered on; its templates rank higher. */
  platform?: Platform | null;
  /** At most this many ids (default 20). */
  limit?: number;
}

/** Score multipliers: the open client's own wording first, then what was written for this site. */
export const CLIENT_BOOST = 1.5;
export const PLATFORM_BOOST = 1.2;
const FIELD_BOOST = { title: 3, tags: 2, body: 1 };
const DEFAULT_LIMIT = 20;

interface Meta {
  title: string;
  clientId: string | null;
  platforms: readonly Platform[];
  usageCount: number;
}

interface Document {
  id: string;
  title: string;
  tags: string;
  body: string;
}

/** ال with an optional و / ف / ب / ك before it, and لل (لـ + ال). */
const ARTICLE = /^(?:[وفبك]?ال|لل)/u;

/** Index side: the normalised word, plus the word without its article when that leaves two letters or more. */
function indexTerm(term: string): string[] | null {
  const normalized = normalizeForSearch(term);
  if (!normalized) return null;
  const words = normalized.split(' ');
  const terms = [...words];
  for (const word of words) {
    const bare = word.replace(ARTICLE, '');
    if (bare !== word && bare.length >= 2) terms.push(bare);
  }
  return terms;
}

/** Query side: only the bare form, which every indexed spelling of that word also produced. */
function queryTerm(term: string): string[] | null {
  const normalized = normalizeForSearch(term);
  if (!normalized) return null;
  return normalized.split(' ').map((word) => {
    const bare = word.replace(ARTICLE, '');
    return bare !== word && bare.length >= 2 ? bare : word;
  });
}

function toDocument(template: SearchableTemplate): Document {
  return {
    id: template.id,
    title: template.title,
    tags: template.tags.join(' '),
    body: Object.values(template.bodies).join('\n'),
  };
}

export class TemplateIndex {
  readonly #search: MiniSearch<Document>;
  readonly #meta = new Map<string, Meta>();

  constructor(templates: Iterable<SearchableTemplate> = []) {
    this.#search = new MiniSearch<Document>({
      fields: ['title', 'tags', 'body'],
      storeFields: [],
      processTerm: indexTerm,
    });
    const documents: Document[] = [];
    for (const template of templates) {
      if (template.deletedAt) continue;
      this.#meta.set(template.id, metaOf(template));
      documents.push(toDocument(template));
    }
    this.#search.addAll(documents);
  }

  get size(): number {
    return this.#meta.size;
  }

  has(id: string): boolean {
    return this.#meta.has(id);
  }

  /** Adds a new template or replaces the indexed version of an existing one; a deleted one is removed. */
  upsert(template: SearchableTemplate): void {
    this.remove(template.id);
    if (template.deletedAt) return;
    this.#meta.set(template.id, metaOf(template));
    this.#search.add(toDocument(template));
  }

  /** Forgets a template; unknown ids are ignored. */
  remove(id: string): void {
    if (!this.#meta.delete(id)) return;
    this.#search.discard(id);
  }

  /** Only usage changed (a template was inserted): no re-indexing of its text. */
  setUsageCount(id: string, usageCount: number): void {
    const meta = this.#meta.get(id);
    if (meta) meta.usageCount = usageCount;
  }

  /**
   * Template ids, best first. An empty query (or one that normalises to nothing) lists the open client's
   * templates, then templates for all clients, each by usage (most used first) then title.
   */
  search(query: string, { clientId, platform = null, limit = DEFAULT_LIMIT }: TemplateSearchOptions): string[] {
    const visible = (id: string) => {
      const owner = this.#meta.get(id)?.clientId;
      return owner === null || (owner !== undefined && owner === clientId);
    };
    if (!normalizeForSearch(query)) return this.#browse(visible, clientId, limit);

    const options: SearchOptions = {
      boost: FIELD_BOOST,
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 1 : false),
      combineWith: 'AND',
      processTerm: queryTerm,
      filter: (result) => visible(result.id as string),
      boostDocument: (id) => {
        const meta = this.#meta.get(id as string);
        if (!meta) return 1;
        return (meta.clientId !== null && meta.clientId === clientId ? CLIENT_BOOST : 1) *
          (platform !== null && meta.platforms.includes(platform) ? PLATFORM_BOOST : 1);
      },
    };
    // Every word must match; when no template has them all, rank those with most of them instead.
    let results = this.#search.search(query, options);
    if (results.length === 0) results = this.#search.search(query, { ...options, combineWith: 'OR' });
    return results
      .slice(0, limit)
      .map((result) => result.id as string);
  }

  #browse(visible: (id: string) => boolean, clientId: string | null, limit: number): string[] {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return [...this.#meta]
      .filter(([id]) => visible(id))
      .sort(([, a], [, b]) => {
        const own = Number(b.clientId !== null && b.clientId === clientId) - Number(a.clientId !== null && a.clientId === clientId);
        return own || b.usageCount - a.usageCount || collator.compare(a.title, b.title);
      })
      .slice(0, limit)
      .map(([id]) => id);
  }
}

function metaOf(template: SearchableTemplate): Meta {
  return { title: template.title, clientId: template.clientId, platforms: [...template.platforms], usageCount: template.usageCount };
}
