/**
 * Full-text search over reply templates, kept in the background service worker and updated as templates
 * change (`upsert` / `remove`), so typing in the sidebar never waits for a rebuild.
 *
 * Matching: title (boosted), tags and every language body, all compared through `normalizeForSearch`, so
 * `تاخير الشحنه` finds `تأخير الشحنة` and `cafe` finds `Café`. Arabic words are also indexed without their
 * definite article (`الشحن` → `شحن`, `والشحن` → `شحن`), because people search for `شحن` and expect
 * `الشحن`. Each query word matches as a prefix (search-as-you-type) and, from 4 letters on, with one typo.
 * Very common words (the, for, في, على …) and `{{variables}}` are not indexed. All words must match; if no template has them all, templates with some of them are ranked instead.
 *
 * Scope: a template of another client never appears; the open client's templates and templates made for
 * the open platform rank higher; templates for all clients (`clientId: null`) always take part.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Platform } from '../model/record';
import type { Template } from '../model/template';
import { normalizeForSearch } from './normalize';

/**
 * What the index needs from a template. Records with `deletedAt` set are treated as removed; `updatedAt` tells a
 * restored snapshot which templates changed since it was taken.
 */
export type SearchableTemplate = Pick<
  Template,
  'id' | 'title' | 'bodies' | 'clientId' | 'platforms' | 'tags' | 'usageCount'
> & {
  deletedAt?: string | null;
  updatedAt?: string;
};

/**
 * Bump whenever what gets indexed changes (fields, `indexTerm`, normalisation, stop words): a snapshot taken by
 * an older version is then rebuilt instead of restored.
 */
export const TEMPLATE_INDEX_FORMAT = 1;

/**
 * The index as stored between worker starts (building 10,000 templates takes about half a second; restoring
 * this a fraction of it): MiniSearch's own JSON (`toJSON` / `loadJSON`) and each indexed template's `updatedAt`.
 */
export interface TemplateIndexSnapshot {
  format: number;
  search: string;
  indexed: Record<string, string>;
}

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

/** Stored with each indexed template, so ranking reads it without a lookup by id. */
interface Scope {
  clientId: string | null;
  platforms: readonly Platform[];
}

interface Document extends Scope {
  id: string;
  title: string;
  tags: string;
  body: string;
}

/** ال with an optional و / ف / ب / ك before it, and لل (لـ + ال). */
const ARTICLE = /^(?:[وفبك]?ال|لل)/u;

/**
 * Words too common to tell templates apart (in normalised spelling). They are not indexed, which keeps the
 * posting lists short enough for sub-millisecond searches over 10,000 templates.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'our',
  'the',
  'this',
  'that',
  'to',
  'us',
  'we',
  'with',
  'you',
  'your',
  'hi',
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'ان',
  'او',
  'ثم',
  'قد',
  'كل',
  'عند',
  'هذا',
  'هذه',
  'التي',
  'الذي',
  'يا',
  'و',
  'لا',
  'ما',
  'مرحبا',
]);

/** An article typed on its own, before the word it belongs to. */
const LONE_ARTICLES = new Set(['ال', 'وال', 'فال', 'بال', 'كال', 'لل']);

/** MiniSearch's own word separators, so query words split as indexed words do. */
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;

/** `{{customer}}` and friends are in nearly every body and say nothing about its topic. */
const VARIABLES = /\{\{[^{}]*\}\}/g;

/** The word without its article when that leaves two letters or more (`الشحنه` → `شحنه`). */
function bare(word: string): string {
  const stripped = word.replace(ARTICLE, '');
  return stripped !== word && stripped.length >= 2 ? stripped : word;
}

/** Index side: the normalised word, plus its bare form; stop words and lone articles are not indexed. */
function indexTerm(term: string): string[] | null {
  const terms: string[] = [];
  for (const word of normalizeForSearch(term).split(' ')) {
    if (!word || STOP_WORDS.has(word)) continue;
    const stem = bare(word);
    if (LONE_ARTICLES.has(word)) continue;
    terms.push(word);
    if (stem !== word) terms.push(stem);
  }
  return terms.length > 0 ? terms : null;
}

/**
 * Query side: normalised bare words, without stop words and lone articles. The last word is kept even if
 * it is a stop word, since it may be the start of a longer word being typed (`on` → `online`).
 */
function queryTerms(query: string): string[] {
  const words = normalizeForSearch(query).split(SEPARATORS).filter(Boolean);
  return words
    .filter((word, i) => !LONE_ARTICLES.has(word) && (i === words.length - 1 || !STOP_WORDS.has(word)))
    .map(bare);
}

function toDocument(template: SearchableTemplate): Document {
  return {
    id: template.id,
    title: template.title,
    tags: template.tags.join(' '),
    body: Object.values(template.bodies).join('\n').replace(VARIABLES, ' '),
    clientId: template.clientId,
    platforms: [...template.platforms],
  };
}

/** The same options build, serialise and restore the index (MiniSearch's loadJSON requires it). */
const indexOptions = {
  fields: ['title', 'tags', 'body'],
  storeFields: ['clientId', 'platforms'],
  processTerm: indexTerm,
};

export class TemplateIndex {
  #search: MiniSearch<Document>;
  readonly #meta = new Map<string, Meta>();
  /** Each indexed template's `updatedAt` ('' when not given), for snapshots. */
  readonly #indexedAt = new Map<string, string>();

  constructor(templates: Iterable<SearchableTemplate> = []) {
    this.#search = new MiniSearch<Document>(indexOptions);
    const documents: Document[] = [];
    for (const template of templates) {
      if (template.deletedAt) continue;
      this.#meta.set(template.id, metaOf(template));
      this.#indexedAt.set(template.id, template.updatedAt ?? '');
      documents.push(toDocument(template));
    }
    this.#search.addAll(documents);
  }

  /**
   * The index from a snapshot, brought up to date with `templates` (the live set now): templates changed since
   * the snapshot are indexed again, new ones added, gone ones removed. `changed` counts them (a snapshot worth
   * retaking). A snapshot of another format is not used: the index is built from scratch.
   */
  static restore(
    templates: readonly SearchableTemplate[],
    snapshot: TemplateIndexSnapshot | null,
  ): { index: TemplateIndex; changed: number } {
    if (snapshot?.format !== TEMPLATE_INDEX_FORMAT) return { index: new TemplateIndex(templates), changed: -1 };
    const index = new TemplateIndex();
    const search = MiniSearch.loadJSON<Document>(snapshot.search, indexOptions);
    index.#search = search;
    const stale = new Set(Object.keys(snapshot.indexed));
    let changed = 0;
    for (const template of templates) {
      if (template.deletedAt) continue;
      stale.delete(template.id);
      const updatedAt = template.updatedAt ?? '';
      if (snapshot.indexed[template.id] === updatedAt && search.has(template.id)) {
        index.#meta.set(template.id, metaOf(template));
        index.#indexedAt.set(template.id, updatedAt);
        continue;
      }
      changed += 1;
      if (search.has(template.id)) search.discard(template.id);
      index.upsert(template);
    }
    for (const id of stale) {
      if (!search.has(id)) continue;
      changed += 1;
      search.discard(id);
    }
    return { index, changed };
  }

  /** What `restore` takes back; a plain object the structured clone of IndexedDB stores as is. */
  snapshot(): TemplateIndexSnapshot {
    return {
      format: TEMPLATE_INDEX_FORMAT,
      search: JSON.stringify(this.#search),
      indexed: Object.fromEntries(this.#indexedAt),
    };
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
    this.#indexedAt.set(template.id, template.updatedAt ?? '');
    this.#search.add(toDocument(template));
  }

  /** Forgets a template; unknown ids are ignored. */
  remove(id: string): void {
    if (!this.#meta.delete(id)) return;
    this.#indexedAt.delete(id);
    this.#search.discard(id);
  }

  /** Only usage changed (a template was inserted): no re-indexing of its text. */
  setUsageCount(id: string, usageCount: number): void {
    const meta = this.#meta.get(id);
    if (meta) meta.usageCount = usageCount;
  }

  /**
   * Template ids, best first. An empty query (or one that normalises to nothing) lists the open client's
   * templates, then templates for all clients, each by usage (most used first) then title. A query made only
   * of words too common to search for finds nothing.
   */
  search(query: string, { clientId, platform = null, limit = DEFAULT_LIMIT }: TemplateSearchOptions): string[] {
    const visible = (id: string) => {
      const owner = this.#meta.get(id)?.clientId;
      return owner === null || (owner !== undefined && owner === clientId);
    };
    const terms = queryTerms(query);
    if (terms.length === 0) return normalizeForSearch(query) ? [] : this.#browse(visible, clientId, limit);

    let best = new Best(limit);
    const options: SearchOptions = {
      boost: FIELD_BOOST,
      // A prefix of one letter matches nearly every word: it narrows nothing and costs the most.
      prefix: (term) => term.length >= 2,
      combineWith: 'AND',
      tokenize: () => terms,
      processTerm: (term) => term,
      // A boost of 0 makes MiniSearch skip the template before scoring it (a `filter` runs only after every
      // match has been scored and built into a result). Document frequencies still count every template, so
      // scores are the same as scoring all and filtering afterwards.
      boostDocument: (_id, _term, stored) => {
        const scope = stored as Scope | undefined;
        if (!scope || (scope.clientId !== null && scope.clientId !== clientId)) return 0;
        return (
          (scope.clientId !== null ? CLIENT_BOOST : 1) *
          (platform !== null && scope.platforms.includes(platform) ? PLATFORM_BOOST : 1)
        );
      },
      // Every result passes through here in MiniSearch's order with its final score: keep the best `limit`
      // and let none through, so MiniSearch never sorts the thousands of matches of a common word.
      filter: (result) => {
        best.offer(result.id as string, result.score);
        return false;
      },
    };
    // Cheapest first: exact and prefix matches of every word; typos are tolerated only when those don't fill
    // the list; when no template has every word, templates with most of them are ranked instead.
    const fuzzy = { fuzzy: (term: string) => (term.length >= 4 ? 1 : false) };
    this.#search.search(query, options);
    if (best.found < limit) {
      best = new Best(limit);
      this.#search.search(query, { ...options, ...fuzzy });
    }
    if (best.found === 0) {
      best = new Best(limit);
      this.#search.search(query, { ...options, ...fuzzy, combineWith: 'OR' });
    }
    return best.ids();
  }

  #browse(visible: (id: string) => boolean, clientId: string | null, limit: number): string[] {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return [...this.#meta]
      .filter(([id]) => visible(id))
      .sort(([, a], [, b]) => {
        const own =
          Number(b.clientId !== null && b.clientId === clientId) -
          Number(a.clientId !== null && a.clientId === clientId);
        return own || b.usageCount - a.usageCount || collator.compare(a.title, b.title);
      })
      .slice(0, limit)
      .map(([id]) => id);
  }
}

/** Above this many, results are collected and sorted once instead of kept in order as they arrive. */
const MAX_KEPT_IN_ORDER = 64;

/**
 * The first `limit` results of a stable sort by descending score (equal scores keep MiniSearch's order, as
 * its own sort does), built as results arrive: a newcomer enters only if it beats the current last.
 */
class Best {
  found = 0;
  readonly #limit: number;
  readonly #inOrder: boolean;
  readonly #ids: string[] = [];
  readonly #scores: number[] = [];

  constructor(limit: number) {
    this.#limit = limit;
    this.#inOrder = limit >= 1 && limit <= MAX_KEPT_IN_ORDER;
  }

  offer(id: string, score: number): void {
    this.found += 1;
    const ids = this.#ids;
    const scores = this.#scores;
    if (!this.#inOrder) {
      ids.push(id);
      scores.push(score);
      return;
    }
    if (ids.length === this.#limit) {
      if (!(score > scores[ids.length - 1]!)) return;
      ids.pop();
      scores.pop();
    }
    let at = ids.length;
    while (at > 0 && scores[at - 1]! < score) at -= 1;
    ids.splice(at, 0, id);
    scores.splice(at, 0, score);
  }

  ids(): string[] {
    if (this.#inOrder) return this.#ids;
    const order = this.#ids.map((_, i) => i).sort((a, b) => this.#scores[b]! - this.#scores[a]!);
    return order.slice(0, this.#limit).map((i) => this.#ids[i]!);
  }
}

function metaOf(template: SearchableTemplate): Meta {
  return {
    title: template.title,
    clientId: template.clientId,
    platforms: [...template.platforms],
    usageCount: template.usageCount,
  };
}
