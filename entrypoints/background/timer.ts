// The timer service: owns the one running timer, the toolbar badge, idle detection and the daily reminder.
// State lives in IndexedDB (utils/db/timer.ts); everything here can die with the worker and be rebuilt on wake.
import { browser, toolbarButton } from './browser';
import type { TimerStatus } from '@/utils/messages';
import { clientDisplayName, type Platform } from '@/utils/model';
import { answerIdle, currentTimer, markIdle, markReturned, pendingIdle, startOrSwitch, stop } from '@/utils/db/timer';
import { listRecords } from '@/utils/db/records';
import { settingsItem, timerStatusItem } from '@/utils/storage-items';
import { formatElapsed } from '@/utils/time/format';
import { clientsUnderDailyMinimum, nextReminderAt } from '@/utils/time/reminder';
import { resolveTimeZone } from '@/utils/time/zone';
import type { IdleChoice } from '@/utils/time/timer';
import { announceChange } from './changes';
import { database } from './database';
import { uiLanguage } from './ui-language';
import { notify } from './notify';

const badgeAlarm = 'timer-badge';
const reminderAlarm = 'daily-reminder';
const idleNotification = 'wasla-idle';
const reminderNotification = 'wasla-reminder';

/** Rewrites the views' mirror and the badge from the stored truth. */
export async function publishTimer(): Promise<TimerStatus> {
  const db = await database();
  const status: TimerStatus = { timer: await currentTimer(db), idle: await pendingIdle(db) };
  await timerStatusItem.setValue(status);
  const text = status.timer ? formatElapsed(Date.now() - Date.parse(status.timer.startedAt)) : '';
  await toolbarButton.setBadgeText({ text });
  if (status.timer) {
    await toolbarButton.setBadgeBackgroundColor({ color: status.idle ? '#b45309' : '#0f766e' });
    // Minute ticks only while a timer runs; the badge is the only thing that needs them.
    if (!(await browser.alarms.get(badgeAlarm))) await browser.alarms.create(badgeAlarm, { periodInMinutes: 1 });
  } else {
    await browser.alarms.clear(badgeAlarm);
  }
  return status;
}

async function afterChange(): Promise<TimerStatus> {
  await announceChange(['entries']);
  return publishTimer();
}

export async function startTimerFor(clientId: string, platform: Platform | null, source: 'timer' | 'auto' = 'timer') {
  const timer = await startOrSwitch(await database(), {
    clientId,
    platform,
    source,
    atMs: Date.now(),
    newId: crypto.randomUUID(),
  });
  await afterChange();
  return timer;
}

export async function stopRunningTimer() {
  const closed = await stop(await database(), Date.now());
  await afterChange();
  return closed;
}

export async function answerIdleQuestion(choice: IdleChoice) {
  const next = await answerIdle(await database(), choice, crypto.randomUUID(), Date.now());
  await browser.notifications.clear(idleNotification);
  await afterChange();
  return next;
}

/**
 * Chrome reports "idle" once the detection interval has passed without input, so idleness began that long
 * ago; "locked" (screen lock) counts as idle from the moment it is reported.
 */
export async function handleIdleState(state: 'active' | 'idle' | 'locked', nowMs = Date.now()): Promise<void> {
  const db = await database();
  if (state === 'active') {
    const waiting = await markReturned(db, nowMs);
    if (waiting) {
      const { t } = uiLanguage(await settingsItem.getValue());
      const minutes = Math.round(((waiting.returnedAtMs ?? nowMs) - waiting.idleSinceMs) / 60_000);
      await notify(idleNotification, {
        title: t('idleTitle'),
        message: t('idleQuestion', { minutes }),
        buttons: [t('idleKeep'), t('idleDiscard')],
        sticky: true,
      });
    }
  } else {
    const { idleMinutes } = await settingsItem.getValue();
    await markIdle(db, state === 'idle' ? nowMs - idleMinutes * 60_000 : nowMs);
  }
  await publishTimer();
}

async function scheduleReminder(): Promise<void> {
  const settings = await settingsItem.getValue();
  await browser.alarms.clear(reminderAlarm);
  if (!settings.reminderTime) return;
  const when = nextReminderAt(settings.reminderTime, resolveTimeZone(settings.timeZone), Date.now());
  await browser.alarms.create(reminderAlarm, { when });
}

async function remindIfUnderMinimum(): Promise<void> {
  const db = await database();
  const settings = await settingsItem.getValue();
  const [contracts, entries, clients] = await Promise.all([
    listRecords(db, 'contracts'),
    listRecords(db, 'entries'),
    listRecords(db, 'clients'),
  ]);
  const short = clientsUnderDailyMinimum({
    contracts,
    entries,
    timeZone: resolveTimeZone(settings.timeZone),
    nowMs: Date.now(),
  });
  if (short.length === 0) return;
  const { t, locale } = uiLanguage(settings);
  const names = short
    .map(({ clientId }) => clients.find((c) => c.id === clientId))
    .map((c) => (c ? clientDisplayName(c, locale) : ''))
    .filter(Boolean);
  await notify(reminderNotification, {
    title: t('reminderTitle'),
    message: t('reminderMessage', { clients: names.join(locale === 'ar' ? '، ' : ', ') }),
  });
}

export function registerTimer(): void {
  browser.idle.onStateChanged.addListener((state) => void handleIdleState(state as 'active' | 'idle' | 'locked'));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === badgeAlarm) void publishTimer();
    if (alarm.name === reminderAlarm) void remindIfUnderMinimum().finally(() => void scheduleReminder());
  });
  browser.notifications.onButtonClicked.addListener((id, index) => {
    if (id === idleNotification) void answerIdleQuestion(index === 0 ? 'keep' : 'discard');
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === idleNotification) void toolbarButton.openPopup?.().catch(() => undefined);
  });
  settingsItem.watch((next, previous) => {
    if (next.idleMinutes !== previous?.idleMinutes) browser.idle.setDetectionInterval(next.idleMinutes * 60);
    if (next.reminderTime !== previous?.reminderTime || next.timeZone !== previous?.timeZone) void scheduleReminder();
  });
  void settingsItem.getValue().then((settings) => browser.idle.setDetectionInterval(settings.idleMinutes * 60));
  void scheduleReminder();
  // On every wake: the badge and the views' mirror are rebuilt from IndexedDB.
  void publishTimer();
}
