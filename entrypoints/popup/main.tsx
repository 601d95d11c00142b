import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '@/entrypoints/background/browser';
import '@/components/popup/popup.css';
import { createTranslator } from '@/utils/i18n';
import { I18nProvider } from '@/components/i18n';
import type { EntryFormValue } from '@/components/popup/EntryForm';
import { Timesheet } from '@/components/popup/Timesheet';
import { api, type TimerStatus } from '@/utils/messages';
import type { Client, Contract, Problem, TimeEntry } from '@/utils/model';
import { popupRanges, summarizeMonth } from '@/utils/reports/month-summary';
import { changesItem, timerStatusItem } from '@/utils/storage-items';
import { instantToLocal, localSpanToInstants } from '@/utils/time/wall-clock';
import { dayKey, dayRange, resolveTimeZone } from '@/utils/time/zone';
import { toInstant } from '@/utils/time/instant';
import type { Settings } from '@/utils/model/settings';
import { storedSettings, usePageLocale, useSettings } from '@/utils/views/use-settings';

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Popup({ initialSettings }: { initialSettings: Settings }) {
  const settings = useSettings(initialSettings);
  const locale = usePageLocale(settings);
  const timeZone = resolveTimeZone(settings.timeZone);
  const nowMs = useNow();
  const today = dayKey(nowMs, timeZone);
  const [clients, setClients] = useState<Client[]>([]);
  const [contracts, setContracts] = useState<Contract[]>([]);
  const [status, setStatus] = useState<TimerStatus>({ timer: null, idle: null });
  /** Entries overlapping this month; null until they arrive. */
  const [monthEntries, setMonthEntries] = useState<TimeEntry[] | null>(null);
  /** Entries of this week's days that fall in last month (fetched after the first render, rarely any). */
  const [weekEntries, setWeekEntries] = useState<TimeEntry[]>([]);

  // The first render waits for this month only, however much history the store holds: one indexed range read.
  const load = useCallback(async () => {
    const ranges = popupRanges(Date.now(), timeZone);
    const [clientList, contractList, month, timer] = await Promise.all([
      api.list('clients'),
      api.list('contracts'),
      api.entries(toInstant(ranges.month.startMs), toInstant(ranges.month.endMs)),
      api.timer(),
    ]);
    if (clientList.ok) setClients(clientList.value.filter((c) => !c.archived));
    if (contractList.ok) setContracts(contractList.value);
    if (month.ok) setMonthEntries(month.value);
    if (timer.ok) setStatus(timer.value);
    if (ranges.weekBeforeMonth) {
      const week = await api.entries(toInstant(ranges.weekBeforeMonth.startMs), toInstant(ranges.weekBeforeMonth.endMs));
      if (week.ok) setWeekEntries(week.value);
    } else setWeekEntries([]);
  }, [today, timeZone]);

  useEffect(() => {
    void load();
    const unwatchChanges = changesItem.watch(() => void load());
    const unwatchTimer = timerStatusItem.watch((next) => setStatus(next));
    return () => {
      unwatchChanges();
      unwatchTimer();
    };
  }, [load]);

  const entries = useMemo(() => {
    if (!monthEntries) return [];
    const range = dayRange(today, timeZone);
    return monthEntries
      .filter((e) => Date.parse(e.start) < range.endMs && (e.end === null || Date.parse(e.end) > range.startMs))
      .sort((a, b) => a.start.localeCompare(b.start));
  }, [monthEntries, today, timeZone]);

  // Totals follow a running timer minute by minute, not on every second's tick.
  const minute = Math.floor(nowMs / 60_000);
  const summary = useMemo(() => {
    if (!monthEntries) return null;
    const known = new Set(monthEntries.map((e) => e.id));
    return summarizeMonth({
      entries: [...monthEntries, ...weekEntries.filter((e) => !known.has(e.id))],
      contracts,
      clientIds: clients.filter((c) => contracts.some((k) => k.clientId === c.id && k.deletedAt === null)).map((c) => c.id),
      timeZone,
      nowMs: minute * 60_000,
    });
  }, [monthEntries, weekEntries, contracts, clients, timeZone, minute]);

  // Marks the first render with the month's numbers (devtools' Performance panel; the popup-render bench).
  useEffect(() => {
    if (summary && performance.getEntriesByName('wasla:month-rendered').length === 0) performance.mark('wasla:month-rendered');
  }, [summary !== null]);

  const toFormValue = (entry: TimeEntry): EntryFormValue => {
    const start = instantToLocal(entry.start, timeZone);
    return { id: entry.id, clientId: entry.clientId, day: start.day, startTime: start.time, endTime: entry.end ? instantToLocal(entry.end, timeZone).time : '', note: entry.note };
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

  const timeFormat = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-arab' : 'en', { hour: '2-digit', minute: '2-digit', timeZone });
  return (
    <I18nProvider locale={locale} translator={createTranslator}>
      <Timesheet
        clients={clients}
        status={status}
        today={entries}
        summary={summary}
        nowMs={nowMs}
        newEntry={{ clientId: status.timer?.clientId ?? clients[0]?.id ?? '', day: today, startTime: '', endTime: '', note: '' }}
        toFormValue={toFormValue}
        formatTime={(iso) => timeFormat.format(new Date(iso))}
        onStart={(clientId) => void api.startTimer(clientId)}
        onStop={() => void api.stopTimer()}
        onAnswerIdle={(choice) => void api.answerIdle(choice)}
        onSaveEntry={saveEntry}
        onDeleteEntry={(entry) => void api.remove('entries', entry.id)}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
    </I18nProvider>
  );
}

render(<Popup initialSettings={await storedSettings()} />, document.getElementById('app')!);
