// Template search and usage. The search index lives in the worker's memory only as a cache: it is built from
// IndexedDB on first use after every wake, then kept up to date one template at a time (a use bumps a count
// many times a day; rebuilding 10,000 templates for that would take half a second), and dropped after bulk
// writes such as an import.
import type { Database } from '@/utils/db/open';
import { listRecords } from '@/utils/db/records';
import type { Platform, Template } from '@/utils/model';
import { TemplateIndex } from '@/utils/templates/search';

let index: { search: TemplateIndex; byId: Map<string, Template> } | undefined;

export function forgetTemplateIndex(): void {
  index = undefined;
}

/** A single template was saved or tombstoned: the cached index (if built) follows it. */
export function templateWritten(template: Template): void {
  if (!index) return;
  index.search.upsert(template);
  if (template.deletedAt === null) index.byId.set(template.id, template);
  else index.byId.delete(template.id);
}

async function templateIndex(db: Database) {
  if (!index) {
    const templates = await listRecords(db, 'templates');
    index = { search: new TemplateIndex(templates), byId: new Map(templates.map((t) => [t.id, t])) };
  }
  return index;
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
