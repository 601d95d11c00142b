// The live templates for the sidebar frame's own search (utils/templates/local-search.ts). A stopgap: the request
// meant for it, `listRecords` (store `templates`), is allowed to the extension's pages only (requests.ts) and the
// frame cannot read the extension's IndexedDB itself (Chromium answers "The user denied permission to access the
// database" in an extension frame inside a web page). Read-only, templates only, the sidebar frame only; to be
// replaced by a sidebar request in the protocol.
import { browser } from 'wxt/browser';
import { listRecords } from '@/utils/db/records';
import { templateFeedPortName } from '@/utils/templates/local-search';
import { database } from './database';
import { senderKind } from './senders';

export function registerTemplateFeed(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== templateFeedPortName || senderKind(port.sender ?? {}, browser.runtime.id) !== 'sidebar') return;
    // The frame disconnects once it has the list (a port closed here right after posting may lose the message).
    void database()
      .then((db) => listRecords(db, 'templates'))
      .then(
        (templates) => port.postMessage(templates),
        (error: unknown) => {
          console.error('[wasla] template feed failed', error);
          port.disconnect();
        },
      );
  });
}
