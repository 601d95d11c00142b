import { browser } from 'wxt/browser';
import { tabMessaging } from '@/utils/messages';

/** Keyboard commands (rebindable by the user in the browser's shortcuts page). */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'toggle-sidebar' && tab?.id !== undefined) {
      // The tab may have no content script (not a supported site): that is not an error.
      await tabMessaging.sendMessage('toggleSidebar', undefined, tab.id).catch(() => undefined);
    }
  });
}
