// Auto-tracking (off by default): follows which client's page the user is looking at. In "offer" mode it asks
// (a notification with a button); in "automatic" mode it starts or switches the timer itself. It never starts
// a second timer (the timer transitions are single-transaction, see utils/db/timer.ts) and only switches
// silently when the user chose automatic mode. Leaving every client page for longer than the idle threshold
// offers to stop (or stops, in automatic mode).
import { browser } from './browser';
import { currentTimer } from '@/utils/db/timer';
import { clientDisplayName, type Platform } from '@/utils/model';
import { settingsItem } from '@/utils/storage-items';
import { database } from './database';
import { notify } from './notify';
import { findAccount } from './page-info';
import { startTimerFor, stopRunningTimer } from './timer';
import { uiLanguage } from './ui-language';

const leaveAlarm = 'auto-tracking-left-client-pages';
const offerPrefix = 'wasla-auto-start:';
const stopOffer = 'wasla-auto-stop';

/** Called when a tab shows a page; `key` is null on pages that are no account. */
export async function pageShown(platform: Platform, key: string | null, handle = ''): Promise<void> {
  const settings = await settingsItem.getValue();
  if (settings.autoTracking === 'off') return;
  const db = await database();
  const account = key ? await findAccount(db, platform, key, handle) : null;
  const client = account ? await db.get('clients', account.clientId) : undefined;
  if (!client || client.deletedAt !== null || client.archived) {
    // Not a client page: if the timer keeps running, check back after the idle threshold.
    if (await currentTimer(db)) await browser.alarms.create(leaveAlarm, { delayInMinutes: settings.idleMinutes });
    return;
  }
  await browser.alarms.clear(leaveAlarm);
  const running = await currentTimer(db);
  if (running?.clientId === client.id) return;
  if (settings.autoTracking === 'automatic') {
    await startTimerFor(client.id, platform, 'auto');
    return;
  }
  const { t, locale } = uiLanguage(settings);
  const name = clientDisplayName(client, locale);
  await notify(`${offerPrefix}${client.id}:${platform}`, {
    title: t('appName'),
    message: running ? t('autoOfferSwitch', { client: name }) : t('autoOfferStart', { client: name }),
    buttons: [running ? t('timerSwitch') : t('timerStart')],
  });
}

async function leftClientPages(): Promise<void> {
  const settings = await settingsItem.getValue();
  if (settings.autoTracking === 'off' || !(await currentTimer(await database()))) return;
  if (settings.autoTracking === 'automatic') {
    await stopRunningTimer();
    return;
  }
  const { t } = uiLanguage(settings);
  await notify(stopOffer, {
    title: t('appName'),
    message: t('autoOfferStop', { minutes: settings.idleMinutes }),
    buttons: [t('timerStop')],
  });
}

export function registerAutoTracking(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === leaveAlarm) void leftClientPages();
  });
  browser.notifications.onButtonClicked.addListener((id) => {
    if (id === stopOffer) void stopRunningTimer();
    if (id.startsWith(offerPrefix)) {
      const [clientId, platform] = id.slice(offerPrefix.length).split(':') as [string, Platform];
      void startTimerFor(clientId, platform, 'auto');
    }
    void browser.notifications.clear(id);
  });
}
