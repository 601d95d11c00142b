import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
// WXT's `browser` (Chrome's promise-based API, Firefox's own): the popup opens fast, and webextension-polyfill's
// wrapping cost measurable time on its first frame for one call to openOptionsPage.
import { browser } from 'wxt/browser';
import '@/components/popup/popup.css';
import { createCommonTranslator } from '@/utils/i18n/common';
import { I18nProvider } from '@/components/i18n';
import type { EntryFormValue } from '@/components/popup/EntryForm';
import { Timesheet } from '@/components/popup/Timesheet';
import { api, type TimerStatus, type Timesheet as TimesheetData } from '@/utils/messages';
import type { Problem, TimeEntry } from '@/utils/model';
import {
  changesItem,
  syncStatusItem,
  timerStatusItem,
  timesheetCacheItem,
  type TimesheetCache,
} from '@/utils/storage-items';
import { syncStatusOff, type SyncStatus } from '@/utils/sync/status';
import { instantToLocal, localSpanToInstants } from '@/utils/time/wall-clock';
import { dayKey, resolveTimeZone } from '@/utils/time/zone';
import type { Settings } from '@/utils/model/settings';
import { storedSettings, usePageLocale, useSettings } from '@/utils/views/use-settings';
import { usePageTheme } from '@/components/design/theme';

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Popup({
  initialSettings,
  cache,
  initialSync,
}: {
  initialSettings: Settings;
  cache: TimesheetCache | null;
  initialSync: SyncStatus;
}) {
  const settings = useSettings(initialSettings);
  const locale = usePageLocale(settings);
  usePageTheme(settings.theme);
  const timeZone = resolveTimeZone(settings.timeZone);
  const nowMs = useNow();
  const today = dayKey(nowMs, timeZone);
  const [status, setStatus] = useState<TimerStatus>({ timer: null, idle: null });
  const [sync, setSync] = useState(initialSync);
  /** Computed by the background from this month only, however much history the store holds. */
  const [sheet, setSheet] = useState<TimesheetData | null>(() =>
    // The cached timesheet is good for a first frame only if it is about today, in the same time zone.
    cache && cache.timeZone === timeZone && dayKey(cache.computedAtMs, timeZone) === today ? cache.sheet : null,
  );

  const load = useCallback(async () => {
    const [data, timer] = await Promise.all([api.timesheet(), api.timer()]);
    if (data.ok) setSheet(data.value);
    if (timer.ok) setStatus(timer.value);
  }, []);

  useEffect(() => {
    void load();
    const unwatchChanges = changesItem.watch(() => void load());
    const unwatchTimer = timerStatusItem.watch((next) => setStatus(next));
    const unwatchSync = syncStatusItem.watch((next) => setSync(next));
    // A running timer moves the totals: refresh them once a minute, not on every second's tick.
    const minute = setInterval(() => void load(), 60_000);
    return () => {
      unwatchChanges();
      unwatchTimer();
      unwatchSync();
      clearInterval(minute);
    };
  }, [load, settings.timeZone]);

  const clients = sheet?.clients ?? [];
  const entries = sheet?.today ?? [];
  const summary = sheet?.summary ?? null;

  // Marks the first render with the month's numbers (devtools' Performance panel; the popup-render bench).
  useEffect(() => {
    if (summary && performance.getEntriesByName('wasla:month-rendered').length === 0)
      performance.mark('wasla:month-rendered');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once: the first render with numbers
  }, [summary !== null]);

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

  const timeFormat = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-arab' : 'en', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
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

const [initialSettings, cache, initialSync] = await Promise.all([
  storedSettings(),
  timesheetCacheItem.getValue().catch(() => null),
  syncStatusItem.getValue().catch(() => syncStatusOff),
]);
render(
  <Popup initialSettings={initialSettings} cache={cache} initialSync={initialSync} />,
  document.getElementById('app')!,
);
