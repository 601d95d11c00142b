// The sidebar frame's own template search (utils/templates/local-search.ts): one per frame, built in the frame's
// idle time once the templates feature first shows, and kept fresh through the sidebar's `templatesChanged`.
import { browser } from 'wxt/browser';
import { messaging } from '@/utils/messages';
import type { Template } from '@/utils/model/template';
import { LocalTemplateSearch, templateFeedPortName, type IdleScheduler } from '@/utils/templates/local-search';

/**
 * The live templates. The request meant for this is `listRecords` (store `templates`), but requests.ts allows it
 * to the extension's pages only; while it refuses the sidebar, the background's template feed (a runtime port,
 * entrypoints/background/template-feed.ts) sends them. Reading the extension's IndexedDB from this frame is not an
 * option: inside a web page Chromium denies it ("The user denied permission to access the database").
 */
async function loadTemplates(): Promise<Template[] | null> {
  const listed = await messaging.sendMessage('listRecords', { store: 'templates' });
  if (listed.ok) return listed.value as Template[];
  return new Promise((resolve) => {
    const port = browser.runtime.connect({ name: templateFeedPortName });
    port.onMessage.addListener((templates) => {
      port.disconnect();
      resolve(Array.isArray(templates) ? (templates as Template[]) : null);
    });
    port.onDisconnect.addListener(() => resolve(null));
  });
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

/** Loads the templates the first time and again after each announced change (`templatesChanged` moved). */
export function followTemplates(templatesChanged: number): void {
  if (followed === templatesChanged) return;
  followed = templatesChanged;
  void frameTemplateSearch.refresh();
}
