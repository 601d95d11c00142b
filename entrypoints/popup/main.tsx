import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
// WXT's `browser` (Chrome's promise-based API, Firefox's own): the popup opens fast, and webextension-polyfill's
// wrapping cost measurable time on its first frame for one call to openOptionsPage.
import { browser } from 'wxt/browser';
import '@/components/popup/popup.css';
import { createCommonTranslator } from '@/utils/i18n/common';
import { numberLocale } from '@/utils/i18n/core';
import { I18nProvider } from '@/components/i18n';
import type { EntryFormValue } from '@/components/popup/EntryForm';
import { Timesheet } from '@/components/popup/Timesheet';
import { openDatabase, type Database } from '@/utils/db/open';
import { readTimesheet, type Timesheet as TimesheetData } from '@/utils/db/timesheet';
import { api, type TimerStatus } from '@/utils/messages';
import type { Problem, TimeEntry } from '@/utils/model';
import { popupStored, readStored, storedReader, syncOff, type PopupSettings } from '@/utils/stored-light';
import type { SyncAccount } from '@/utils/stored-values';
import type { SyncStatus } from '@/utils/sync/status';
import { instantToLocal, localSpanToInstants } from '@/utils/time/wall-clock';
import { dayKey, resolveTimeZone } from '@/utils/time/zone';
import { usePageLocale } from '@/utils/views/use-page-locale';
import { useStored } from '@/utils/views/use-stored';
import { usePageTheme } from '@/components/design/theme';

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The month's totals straight from IndexedDB, not through the background: a stopped service worker takes longer
 * to wake than the popup's first frame may take (popup-cold bench). A connection per read: a popup left open
 * holds none that would block a newer worker's database upgrade.
 */
async function loadTimesheet(
  timeZone: string,
  opening: Promise<Database> = openDatabase(),
  account: Promise<SyncAccount | null> = storedReader(popupStored.syncAccount).getValue(),
): Promise<TimesheetData> {
  const [db, signedIn] = await Promise.all([opening, account.catch(() => null)]);
  try {
    return await readTimesheet(db, { timeZone, me: signedIn?.user.id ?? null, nowMs: Date.now() });
  } finally {
    db.close();
  }
}

function Popup({
  initialSettings,
  initialSheet,
  initialSync,
  initialStatus,
  initialChangeSeq,
}: {
  initialSettings: PopupSettings;
  initialSheet: TimesheetData | null;
  initialSync: SyncStatus;
  initialStatus: TimerStatus;
  /** The change count when the first sheet was read. */
  initialChangeSeq: number;
}) {
  const settings = useStored(popupStored.settings, initialSettings);
  const locale = usePageLocale(settings);
  usePageTheme(settings.theme);
  // The popup draws again every second (the running timer): the zone's look-up and the time format (each an Intl
  // object, costly to build) are made once per setting, not per frame.
  const timeZone = useMemo(() => resolveTimeZone(settings.timeZone), [settings.timeZone]);
  const nowMs = useNow();
  const today = dayKey(nowMs, timeZone);
  const status = useStored(popupStored.timerStatus, initialStatus);
  const sync = useStored(popupStored.syncStatus, initialSync);
  /** Read from this month's entries only, however much history the store holds; the first one before the first frame. */
  const [sheet, setSheet] = useState<TimesheetData | null>(initialSheet?.timeZone === timeZone ? initialSheet : null);

  const load = useCallback(async () => {
    setSheet(await loadTimesheet(timeZone));
  }, [timeZone]);

  useEffect(() => {
    const changes = storedReader(popupStored.changes);
    const unwatchChanges = changes.watch(() => void load());
    // What changed between the reads before the first frame and this watch would be missed: read again if so.
    void changes.getValue().then((notice) => {
      if (sheet?.timeZone !== timeZone || notice.seq !== initialChangeSeq) void load();
    });
    // A running timer moves the totals: refresh them once a minute, not on every second's tick.
    const minute = setInterval(() => void load(), 60_000);
    return () => {
      unwatchChanges();
      clearInterval(minute);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the sheet read before the first frame is not read again
  }, [load]);

  const clients = sheet?.clients ?? [];
  const entries = sheet?.today ?? [];
  const summary = sheet?.summary ?? null;

  const toFormValue = (entry: TimeEntry): EntryFormValue => {
    const start = instantToLocal(entry.start, timeZone);
    return {
      id: entry.id,
      clientId: entry.clientId,
      day: start.day,
      startTime: start.time,
      endTime: entry.end ? instantToLocal(entry.end, timeZone).time : '',
      note: entry.note,
    };
  };

  const saveEntry = async (value: EntryFormValue): Promise<Problem[] | null> => {
    const span = localSpanToInstants(value.day, value.startTime, value.endTime, timeZone);
    if (!span) return [{ code: 'invalidDate', path: '' }];
    const existing = value.id ? entries.find((e) => e.id === value.id) : undefined;
    const result = await api.save('entries', {
      ...(existing ?? { source: 'manual' as const, platform: null }),
      id: value.id,
      clientId: value.clientId,
      start: span.start,
      end: span.end,
      note: value.note,
    });
    return result.ok ? null : result.problems;
  };

  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(numberLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone }),
    [locale, timeZone],
  );
  return (
    <I18nProvider locale={locale} translator={createCommonTranslator}>
      <Timesheet
        clients={clients}
        status={status}
        today={entries}
        summary={summary}
        nowMs={nowMs}
        newEntry={{
          clientId: status.timer?.clientId ?? clients[0]?.id ?? '',
          day: today,
          startTime: '',
          endTime: '',
          note: '',
        }}
        toFormValue={toFormValue}
        formatTime={(iso) => timeFormat.format(new Date(iso))}
        onStart={(clientId) => void api.startTimer(clientId)}
        onStop={() => void api.stopTimer()}
        onAnswerIdle={(choice) => void api.answerIdle(choice)}
        onSaveEntry={saveEntry}
        onDeleteEntry={(entry) => void api.remove('entries', entry.id)}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        sync={sync}
        onSyncNow={() => void api.syncNow()}
      />
    </I18nProvider>
  );
}

// The first frame waits for the month's numbers (tens of milliseconds), so it draws every client card at once.
// The database opens while the stored values are read (only the read itself needs the settings' time zone).
// The stored values come in one storage read through light guards (utils/stored-light.ts): zod and WXT's storage
// items stay out of the popup's chunks, which its first frame would otherwise load and run.
const opening = openDatabase();
const stored = readStored([
  popupStored.settings,
  popupStored.syncStatus,
  // The background's mirror of the timer, rewritten on every change and every worker start.
  popupStored.timerStatus,
  popupStored.changes,
  popupStored.syncAccount,
]);
const [initialSettings, initialSync, initialStatus, initialChanges] = await stored.catch(
  () => [popupStored.settings.read(undefined), syncOff, popupStored.timerStatus.read(undefined), { seq: -1 }] as const,
);
const initialSheet = await loadTimesheet(
  resolveTimeZone(initialSettings.timeZone),
  opening,
  stored.then((values) => values[4]),
).catch(() => null);
render(
  <Popup
    initialSettings={initialSettings}
    initialSheet={initialSheet}
    initialSync={initialSync}
    initialStatus={initialStatus}
    initialChangeSeq={initialChanges.seq}
  />,
  document.getElementById('app')!,
);
