// Template search and usage. The search index lives in the worker's memory, kept up to date one template at a
// time (a use bumps a count many times a day; rebuilding 10,000 templates for that takes half a second), and
// dropped after bulk writes such as an import. Between worker starts it is kept as a snapshot in IndexedDB
// (`meta` key `templateIndex`): the first search after a wake restores it and re-indexes only the templates
// changed since, instead of building everything again (template-search-after-wake bench).
import type { Database } from '@/utils/db/open';
import { listRecords } from '@/utils/db/records';
import type { Platform, Template } from '@/utils/model';
import { TemplateIndex, type TemplateIndexSnapshot } from '@/utils/templates/search';
import { database } from './database';

interface LoadedIndex {
  search: TemplateIndex;
  byId: Map<string, Template>;
}

let index: LoadedIndex | undefined;
/** The load in progress: searches typed while it runs wait for the same one. */
let loading: Promise<LoadedIndex> | undefined;

export function forgetTemplateIndex(): void {
  index = undefined;
  loading = undefined;
}

/**
 * After an import (a backup, a template file): its records may carry their own `updatedAt` while their text
 * differs from what the stored snapshot indexed under that stamp, so the snapshot goes too and the next search
 * builds the index from the templates themselves. (A sync keeps it: every edit it brings moved its `updatedAt`.)
 */
export async function forgetImportedTemplates(db: Database): Promise<void> {
  forgetTemplateIndex();
  await db.delete('meta', snapshotKey);
}

/** What the index holds of a template's text and scope: a write that leaves it alone only moved the count. */
const indexedPart = (t: Template) => JSON.stringify([t.title, t.bodies, t.tags, t.clientId, t.platforms, t.deletedAt]);

/** A single template was saved or tombstoned: the cached index (if built) follows it. */
export function templateWritten(template: Template): void {
  if (!index) return;
  const before = index.byId.get(template.id);
  if (before && indexedPart(before) === indexedPart(template)) {
    // A use (many a day): the stored snapshot is not rewritten for it; the next restore re-indexes the template
    // (its updatedAt moved), which costs a fraction of a millisecond.
    index.search.setUsageCount(template.id, template.usageCount);
    index.byId.set(template.id, template);
    return;
  }
  index.search.upsert(template);
  if (template.deletedAt === null) index.byId.set(template.id, template);
  else index.byId.delete(template.id);
  saveSnapshotSoon();
}

const snapshotKey = 'templateIndex';
/** Writes come in bursts (an import, a sync, typing a title): one snapshot after each burst. */
const snapshotDelayMs = 2_000;
let pendingSnapshot: ReturnType<typeof setTimeout> | undefined;

function saveSnapshotSoon(): void {
  clearTimeout(pendingSnapshot);
  pendingSnapshot = setTimeout(() => {
    const current = index;
    if (!current) return;
    void database().then((db) => db.put('meta', { key: snapshotKey, snapshot: current.search.snapshot() }));
  }, snapshotDelayMs);
}

async function loadIndex(db: Database): Promise<LoadedIndex> {
  const [templates, stored] = await Promise.all([listRecords(db, 'templates'), db.get('meta', snapshotKey)]);
  const snapshot: TemplateIndexSnapshot | null = stored?.key === snapshotKey ? stored.snapshot : null;
  const { index: search, changed } = TemplateIndex.restore(templates, snapshot);
  const loaded = { search, byId: new Map(templates.map((t) => [t.id, t])) };
  if (changed !== 0) saveSnapshotSoon();
  return loaded;
}

async function templateIndex(db: Database): Promise<LoadedIndex> {
  if (index) return index;
  const load = (loading ??= loadIndex(db));
  const loaded = await load;
  // A bulk write while loading made this load stale: the next search loads again.
  if (loading === load) index = loaded;
  return loaded;
}

/** Templates for the open client (and global ones), best first; an empty query lists them. */
export async function searchTemplates(
  db: Database,
  request: { query: string; clientId: string | null; platform: Platform | null; limit: number },
): Promise<Template[]> {
  const { search, byId } = await templateIndex(db);
  const ids = search.search(request.query, {
    clientId: request.clientId,
    platform: request.platform,
    limit: request.limit,
  });
  return ids
    .map((id) => byId.get(id))
    .filter((t): t is Template => !!t && (t.clientId === null || t.clientId === request.clientId));
}
