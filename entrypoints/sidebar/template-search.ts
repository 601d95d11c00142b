// The sidebar frame's own template search (utils/templates/local-search.ts): one per frame, built in the frame's
// idle time once the templates feature first shows, and kept fresh through the sidebar's `templatesChanged`.
import { overlayApi } from '@/utils/messages';
import type { Template } from '@/utils/model/template';
import { LocalTemplateSearch, type IdleScheduler } from '@/utils/templates/local-search';

/**
 * The templates, all or the changed ones, through the sidebar's own request (the frame can't read the extension's
 * IndexedDB itself: inside a web page Chromium answers "The user denied permission to access the database").
 */
async function loadTemplates(ids?: readonly string[]): Promise<Template[] | null> {
  const listed = await overlayApi.listTemplates(ids);
  return listed.ok ? listed.value : null;
}

const idle: IdleScheduler = (work) => {
  // The timeout keeps the build going in a frame that is never idle (each slice then indexes a few templates).
  requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: 500 });
};

export const frameTemplateSearch = new LocalTemplateSearch(loadTemplates, idle);

// Tests and the bench wait for this (a user who opened the page a while ago has an index built).
frameTemplateSearch.onReady((ready) => {
  document.documentElement.dataset.templateIndex = ready ? 'ready' : 'pending';
});

let followed: number | undefined;

/**
 * Loads the templates the first time and again after each announced change (`templatesChanged` moved): only the
 * changed ones when the notices named them (`changedIds`), else all.
 */
export function followTemplates(templatesChanged: number, changedIds: readonly string[] | null): void {
  if (followed === templatesChanged) return;
  followed = templatesChanged;
  void frameTemplateSearch.refresh(changedIds ?? undefined);
}
