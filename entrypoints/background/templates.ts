// Template search and usage. The search index lives in the worker's memory only as a cache: it is rebuilt
// from IndexedDB on first use after every wake, and dropped whenever a template changes.
import type { Database } from '@/utils/db/open';
import { listRecords } from '@/utils/db/records';
import type { Platform, Template } from '@/utils/model';
import { TemplateIndex } from '@/utils/templates/search';

let index: { search: TemplateIndex; byId: Map<string, Template> } | undefined;

export function forgetTemplateIndex(): void {
  index = undefined;
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
  const ids = search.search(request.query, { clientId: request.clientId, platform: request.platform, limit: request.limit });
  return ids.map((id) => byId.get(id)).filter((t): t is Template => !!t && (t.clientId === null || t.clientId === request.clientId));
}
