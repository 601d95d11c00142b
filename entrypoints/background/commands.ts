import { browser } from './browser';
import { listRecords } from '@/utils/db/records';
import { currentTimer } from '@/utils/db/timer';
import { tabMessaging } from '@/utils/messages';
import { database } from './database';
import { startTimerFor, stopRunningTimer } from './timer';

/** Commands the open site's page agent carries out (it forwards them to the sidebar's frame). */
const tabCommands: Record<string, 'toggleSidebar' | 'focusTemplates'> = {
  'toggle-sidebar': 'toggleSidebar',
  'focus-templates': 'focusTemplates',
};

/** Keyboard commands (rebindable by the user in the browser's shortcuts page). */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command) => void runCommand(command));
}

export async function runCommand(command: string): Promise<void> {
  const tabCommand = tabCommands[command];
  if (tabCommand) {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    // The tab may have no content script (not a supported site): that is not an error.
    if (tab?.id !== undefined) await tabMessaging.sendMessage(tabCommand, undefined, tab.id).catch(() => undefined);
  }
  if (command === 'toggle-timer') await toggleTimer();
}

/** Stops the running timer, or restarts the timer for the client worked on most recently. */
async function toggleTimer(): Promise<void> {
  const db = await database();
  if (await currentTimer(db)) {
    await stopRunningTimer();
    return;
  }
  const latest = await db
    .getAllFromIndex('entries', 'by-start')
    .then((all) => all.reverse().find((e) => e.deletedAt === null));
  const clients = await listRecords(db, 'clients');
  const clientId = latest && clients.some((c) => c.id === latest.clientId) ? latest.clientId : clients[0]?.id;
  if (clientId) await startTimerFor(clientId, null);
}
