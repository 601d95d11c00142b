import { requests, type MessageType, type SenderKind } from '@/utils/protocol';

/** The parts of a runtime.MessageSender the decision reads. */
export interface SenderFacts {
  id?: string;
  url?: string;
}

/** The sidebar's own page: the one extension page a host page embeds (in its frame). */
const sidebarPath = '/sidebar.html';

/**
 * Who sent a message, from the sender's URL: an extension page (its own scheme: chrome-extension: or
 * moz-extension:, with the per-session dynamic host when the sidebar is loaded through `use_dynamic_url`) is the
 * sidebar when it is sidebar.html and popup or options otherwise; anything else is a content script running in a
 * site's page. Another extension, or a sender with no URL, is nobody (`null`).
 */
export function senderKind(sender: SenderFacts, extensionId: string): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:')
    return url.pathname === sidebarPath ? 'sidebar' : 'page';
  return url.protocol === 'https:' || url.protocol === 'http:' ? 'content' : null;
}

/** Whether `kind` may send `type` (each request's allowed senders are in its definition, utils/protocol.ts). */
export function mayAsk(type: MessageType, kind: SenderKind | null): boolean {
  const from: readonly SenderKind[] = requests[type].from;
  return kind !== null && from.includes(kind);
}
