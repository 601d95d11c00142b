// The sidebar frame's own template search (utils/templates/local-search.ts): one per frame, built in the frame's
// idle time once the templates feature first shows, and kept fresh through the sidebar's `templatesChanged`.
import { openDB } from 'idb';
import { databaseName } from '@/utils/db/schema';
import { messaging } from '@/utils/messages';
import type { Template } from '@/utils/model/template';
import { LocalTemplateSearch, type IdleScheduler } from '@/utils/templates/local-search';

/**
 * The live templates. The request meant for this is `listRecords` (store `templates`), but requests.ts allows it
 * to the extension's pages only, not to the sidebar; until it is, the frame reads the extension's database itself.
 */
async function loadTemplates(): Promise<Template[] | null> {
  const listed = await messaging.sendMessage('listRecords', { store: 'templates' });
  if (listed.ok) return listed.value as Template[];
  return readStoredTemplates();
}

/**
 * Reads the templates straight from the extension's IndexedDB. Only an existing database is opened (no version:
 * no upgrade, nothing created): where the browser partitions the frame's storage under the host site, it holds no
 * `wasla` database, the frame's search stays off and the background answers as before.
 */
async function readStoredTemplates(): Promise<Template[] | null> {
  const databases = await indexedDB.databases?.().catch(() => []);
  if (!databases?.some((d) => d.name === databaseName)) return null;
  const db = await openDB(databaseName);
  try {
    if (!db.objectStoreNames.contains('templates')) return null;
    return (await db.getAll('templates')) as Template[];
  } finally {
    db.close();
  }
}

const idle: IdleScheduler = (work) => {
  // The timeout keeps the build going on a page that is never idle (each slice then indexes a few templates).
  requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: 500 });
};

export const frameTemplateSearch = new LocalTemplateSearch(loadTemplates, idle);

// Tests and the bench wait for this (a user who opened the page a while ago has an index built).
frameTemplateSearch.onReady((ready) => {
  document.documentElement.dataset.templateIndex = ready ? 'ready' : 'pending';
});

let followed: number | undefined;

/** Loads the templates the first time and again after each announced change (`templatesChanged` moved). */
export function followTemplates(templatesChanged: number): void {
  if (followed === templatesChanged) return;
  followed = templatesChanged;
  void frameTemplateSearch.refresh();
}
