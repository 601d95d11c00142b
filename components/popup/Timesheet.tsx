import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/client';
import type { Problem } from '@/utils/model/problem';
import type { TimeEntry } from '@/utils/model/time-entry';
import type { TimerStatus } from '@/utils/messages';
import type { MonthSummary } from '@/utils/reports/month-summary';
import type { IdleChoice } from '@/utils/time/timer';
import type { SyncStatus } from '@/utils/sync/status';
import { useI18n } from '../i18n';
import { SyncIndicator } from '../sync/SyncIndicator';
import { EntryForm, type EntryFormValue } from './EntryForm';
import { IdlePrompt } from './IdlePrompt';
import { MonthPace } from './MonthPace';
import { TimerPanel } from './TimerPanel';
import { TodayEntries } from './TodayEntries';

export interface TimesheetProps {
  clients: Client[];
  status: TimerStatus;
  today: TimeEntry[];
  /** Today, this week and this month per client; null while the month loads. */
  summary: MonthSummary | null;
  nowMs: number;
  newEntry: EntryFormValue;
  toFormValue: (entry: TimeEntry) => EntryFormValue;
  formatTime: (iso: string) => string;
  onStart: (clientId: string) => void;
  onStop: () => void;
  onAnswerIdle: (choice: IdleChoice) => void;
  onSaveEntry: (value: EntryFormValue) => Promise<Problem[] | null>;
  onDeleteEntry: (entry: TimeEntry) => void;
  onOpenOptions: () => void;
  /** Team sync's state (hidden while sync is off) and the request to sync now. */
  sync: SyncStatus;
  onSyncNow: () => void;
}

export function Timesheet(props: TimesheetProps) {
  const { t } = useI18n();
  const { status } = props;
  const [adding, setAdding] = useState(false);
  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup-header">
        <h1 id="popup-title">{t('popupTitle')}</h1>
        <button type="button" onClick={props.onOpenOptions}>
          {t('openOptions')}
        </button>
      </header>
      <SyncIndicator status={props.sync} onRetry={props.onSyncNow} nowMs={props.nowMs} />
      {status.idle?.returnedAtMs != null && (
        <IdlePrompt
          idleSinceMs={status.idle.idleSinceMs}
          returnedAtMs={status.idle.returnedAtMs}
          onAnswer={props.onAnswerIdle}
        />
      )}
      <TimerPanel
        clients={props.clients}
        timer={status.timer}
        nowMs={props.nowMs}
        onStart={props.onStart}
        onStop={props.onStop}
      />
      <section aria-labelledby="today-title">
        <h2 id="today-title">{t('todayTitle')}</h2>
        <TodayEntries
          clients={props.clients}
          entries={props.today}
          nowMs={props.nowMs}
          toFormValue={props.toFormValue}
          formatTime={props.formatTime}
          onSave={props.onSaveEntry}
          onDelete={props.onDeleteEntry}
        />
        {props.clients.length > 0 && (
          // The form is made when first opened, then kept (with its draft): its date and time fields are costly
          // to style and the popup's first frame does not show them.
          <details onToggle={(event) => event.currentTarget.open && setAdding(true)}>
            <summary>{t('entryAdd')}</summary>
            {adding && <EntryForm clients={props.clients} initial={props.newEntry} onSave={props.onSaveEntry} />}
          </details>
        )}
      </section>
      <MonthPace clients={props.clients} summary={props.summary} />
    </main>
  );
}
