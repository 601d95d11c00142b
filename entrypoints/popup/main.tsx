import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/popup/popup.css';
import { createTranslator } from '@/utils/i18n';
import { I18nProvider } from '@/components/i18n';
import type { EntryFormValue } from '@/components/popup/EntryForm';
import { Timesheet } from '@/components/popup/Timesheet';
import { api, type TimerStatus } from '@/utils/messages';
import type { Client, Problem, TimeEntry } from '@/utils/model';
import { changesItem, timerStatusItem } from '@/utils/storage-items';
import { instantToLocal, localSpanToInstants } from '@/utils/time/wall-clock';
import { dayKey, dayRange, resolveTimeZone } from '@/utils/time/zone';
import { toInstant } from '@/utils/time/instant';
import { usePageLocale, useSettings } from '@/utils/views/use-settings';

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Popup() {
  const settings = useSettings();
  const locale = usePageLocale(settings);
  const timeZone = resolveTimeZone(settings.timeZone);
  const nowMs = useNow();
  const today = dayKey(nowMs, timeZone);
  const [clients, setClients] = useState<Client[]>([]);
  const [status, setStatus] = useState<TimerStatus>({ timer: null, idle: null });
  const [entries, setEntries] = useState<TimeEntry[]>([]);

  const load = useCallback(async () => {
    const range = dayRange(today, timeZone);
    const [clientList, todayEntries, timer] = await Promise.all([
      api.list('clients'),
      api.entries(toInstant(range.startMs), toInstant(range.endMs)),
      api.timer(),
    ]);
    if (clientList.ok) setClients(clientList.value.filter((c) => !c.archived));
    if (todayEntries.ok) setEntries(todayEntries.value.sort((a, b) => a.start.localeCompare(b.start)));
    if (timer.ok) setStatus(timer.value);
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

render(<Popup />, document.getElementById('app')!);
