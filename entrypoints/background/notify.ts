import type { Notifications } from 'webextension-polyfill';
import { browser } from './browser';

// Emitted by the build hook in wxt.config.ts, so WXT's typed public paths do not know it.
const icon = () => browser.runtime.getURL('/icon-128.png');

/**
 * Shows a notification. Action buttons exist only in Chrome; Firefox rejects the option, so there the user
 * answers in the popup or sidebar instead (clicking the notification opens the popup where possible).
 */
export async function notify(
  id: string,
  content: { title: string; message: string; buttons?: string[]; sticky?: boolean },
): Promise<void> {
  const options: Notifications.CreateNotificationOptions & {
    buttons?: { title: string }[];
    requireInteraction?: boolean;
  } = {
    type: 'basic',
    iconUrl: icon(),
    title: content.title,
    message: content.message,
  };
  if (import.meta.env.BROWSER !== 'firefox') {
    if (content.buttons) options.buttons = content.buttons.map((title) => ({ title }));
    if (content.sticky) options.requireInteraction = true;
  }
  await browser.notifications.create(id, options);
}
