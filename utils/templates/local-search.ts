/**
 * Template search where the query is typed: the sidebar's frame keeps its own `TemplateIndex` (the same ranking
 * code as the background's), so the first query after Chrome stopped the service worker does not wait for the
 * worker to wake and restore its index (template-search-after-wake bench: ~1.6 s that way over 10,000 templates).
 *
 * It indexes every live template, not only the open client's: MiniSearch's scores count how many templates hold
 * a word, so an index of fewer templates would rank differently from the background's. Scope is applied by
 * `TemplateIndex.search` (another client's templates never come back), as in the background.
 *
 * Built in slices during the frame's idle time (the frame is an extension page, in the extension's process, not
 * on the host page's main thread). Measured over the bench's 10,000 templates on the shared, busy 2-core machine
 * (rough): 1.8–2.8 s of slice work in total (Node, 80–100 slices of ≤ 16 ms), the index adding ~17 MB of heap
 * besides the templates; in Chromium (template-search-after-wake bench) the frame's index was ready 9.1 s after
 * the X replica's page load, its whole JS heap then 49 MB, and a query answered in ~27 ms (median, to the next
 * frame drawn). Until it is built, and from a template change until the change is indexed, `search` answers
 * `null` and the caller asks the background as before.
 */
import type { Template } from '../model/template';
import { TemplateIndex, type TemplateSearchOptions } from './search';

/** Runs `work` when the frame is idle; `timeLeft` says how many milliseconds of that idle period remain. */
export type IdleScheduler = (work: (timeLeft: () => number) => void) => void;

/**
 * The templates with these ids (deleted ones as tombstones; an id no longer stored is left out), or every live
 * template when no ids are given; `null` when they cannot be read (the frame's search then stays off).
 */
export type TemplateLoader = (ids?: readonly string[]) => Promise<readonly Template[] | null>;

/** Templates indexed per slice at least, even when the idle period is already over (a busy frame still ends). */
const MIN_SLICE = 50;

const live = (templates: readonly Template[]) => templates.filter((t) => t.deletedAt === null);

/** What the index holds of a template's text and scope: a write that leaves it alone only moved the count. */
const indexedPart = (t: Template) => JSON.stringify([t.title, t.bodies, t.tags, t.clientId, t.platforms, t.deletedAt]);

export class LocalTemplateSearch {
  readonly #load: TemplateLoader;
  readonly #idle: IdleScheduler;
  #index: TemplateIndex | null = null;
  #byId = new Map<string, Template>();
  /** The index answers for the stored templates as they are now (no change announced since it was loaded). */
  #fresh = false;
  /** Each `refresh` bumps it; a slower load or build of an older one then stops. */
  #generation = 0;
  /**
   * What the index still has to read again: these templates, or all of them. Kept until a read of it has been
   * applied, so a refresh that a newer one overtakes leaves its ids to the newer one.
   */
  #stale: Set<string> | 'all' = 'all';
  readonly #listeners = new Set<(ready: boolean) => void>();

  constructor(load: TemplateLoader, idle: IdleScheduler) {
    this.#load = load;
    this.#idle = idle;
  }

  get ready(): boolean {
    return this.#fresh && this.#index !== null;
  }

  /** Called with `ready` whenever it changes. */
  onReady(listener: (ready: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * (Re)reads the templates: the first time the index is built in idle slices; afterwards only the templates that
   * changed are indexed again, and when the change names them (`changedIds`), only those are read (a use of one
   * template in one tab then costs every other open sidebar one template, not all of them). Until it settles,
   * `search` answers `null`.
   */
  async refresh(changedIds?: readonly string[]): Promise<void> {
    if (!changedIds) this.#stale = 'all';
    else if (this.#stale !== 'all') for (const id of changedIds) this.#stale.add(id);
    const generation = ++this.#generation;
    const wanted = this.#stale === 'all' || !this.#index ? null : [...this.#stale];
    this.#setFresh(false);
    let templates: readonly Template[] | null;
    try {
      templates = await this.#load(wanted ?? undefined);
    } catch {
      templates = null;
    }
    if (generation !== this.#generation || !templates) return;
    if (wanted && this.#index) this.#followSome(this.#index, wanted, templates);
    else if (this.#index) this.#follow(this.#index, live(templates));
    else {
      const built = await this.#build(live(templates), generation);
      if (!built) return;
      this.#index = built;
      this.#byId = new Map(live(templates).map((t) => [t.id, t]));
    }
    if (generation !== this.#generation) return;
    this.#stale = new Set();
    this.#setFresh(true);
  }

  /** Templates for the open client (and global ones), best first, or `null` when the index is not ready. */
  search(query: string, options: TemplateSearchOptions): Template[] | null {
    if (!this.ready || !this.#index) return null;
    return this.#index
      .search(query, options)
      .map((id) => this.#byId.get(id))
      .filter((t): t is Template => !!t && (t.clientId === null || t.clientId === options.clientId));
  }

  /** Indexes `templates` in the order given (the order the background builds in, so equal scores tie alike). */
  #build(templates: readonly Template[], generation: number): Promise<TemplateIndex | null> {
    const index = new TemplateIndex();
    let at = 0;
    return new Promise((resolve) => {
      const slice = (timeLeft: () => number) => {
        if (generation !== this.#generation) return resolve(null);
        const end = Math.min(templates.length, at + MIN_SLICE);
        while (at < end || (at < templates.length && timeLeft() > 1)) index.upsert(templates[at++]!);
        if (at < templates.length) this.#idle(slice);
        else resolve(index);
      };
      this.#idle(slice);
    });
  }

  /** Brings the built index up to every live template: changed ones indexed again, new ones added, gone ones removed. */
  #follow(index: TemplateIndex, templates: readonly Template[]): void {
    const gone = new Set(this.#byId.keys());
    for (const template of templates) {
      gone.delete(template.id);
      this.#take(index, template);
    }
    for (const id of gone) this.#drop(index, id);
  }

  /** Brings the built index up to the templates read for `ids`: deleted or no longer stored ones leave it. */
  #followSome(index: TemplateIndex, ids: readonly string[], templates: readonly Template[]): void {
    const read = new Map(templates.map((t) => [t.id, t]));
    for (const id of ids) {
      const template = read.get(id);
      if (template && template.deletedAt === null) this.#take(index, template);
      else this.#drop(index, id);
    }
  }

  #take(index: TemplateIndex, template: Template): void {
    const before = this.#byId.get(template.id);
    if (before?.updatedAt === template.updatedAt && before.usageCount === template.usageCount) return;
    if (before && indexedPart(before) === indexedPart(template)) index.setUsageCount(template.id, template.usageCount);
    else index.upsert(template);
    this.#byId.set(template.id, template);
  }

  #drop(index: TemplateIndex, id: string): void {
    if (!this.#byId.delete(id)) return;
    index.remove(id);
  }

  #setFresh(fresh: boolean): void {
    const wasReady = this.ready;
    this.#fresh = fresh;
    if (this.ready !== wasReady) for (const listener of this.#listeners) listener(this.ready);
  }
}
