import type { Client } from '@/utils/model/client';
import { useDraftForm } from '../use-draft-form';
import { clientDisplayName } from '@/utils/model/names';
import type { Problem } from '@/utils/model/problem';
import { FormFooter } from '../FormFooter';
import { useI18n } from '../i18n';
import { numberLocale } from '@/utils/i18n/core';
import { addDays } from '@/utils/time/calendar';
import { endsNextDay } from '@/utils/time/wall-clock';

/** A manual entry as typed: a local day and wall-clock times in the team's time zone. */
export interface EntryFormValue {
  id?: string;
  clientId: string;
  day: string;
  startTime: string;
  endTime: string;
  note: string;
}

export interface EntryFormProps {
  clients: Client[];
  initial: EntryFormValue;
  /** Resolves with the background's refusal, or null when saved. */
  onSave: (value: EntryFormValue) => Promise<Problem[] | null>;
  onCancel?: () => void;
}

export function EntryForm({ clients, initial, onSave, onCancel }: EntryFormProps) {
  const { t, locale } = useI18n();
  const { value, set, problems, submit } = useDraftForm(initial, onSave, (saved) => ({
    ...initial,
    clientId: saved.clientId,
  }));
  const prefix = initial.id ? `entry-${initial.id}` : 'entry-new';
  // Night work is one entry: an end earlier than the start is read as the next day, and the form says so.
  const nextDay =
    /^\d{4}-\d{2}-\d{2}$/.test(value.day) && endsNextDay(value.startTime, value.endTime) ? addDays(value.day, 1) : null;
  const nextDayText =
    nextDay &&
    t('entryNextDay', {
      day: new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.parse(nextDay),
      ),
    });
  return (
    <form class="entry-form" aria-label={initial.id ? t('entryEdit') : t('entryAdd')} onSubmit={submit}>
      <label for={`${prefix}-client`}>{t('timerClient')}</label>
      <select id={`${prefix}-client`} value={value.clientId} onChange={(e) => set({ clientId: e.currentTarget.value })}>
        {clients.map((client) => (
          <option key={client.id} value={client.id}>
            {clientDisplayName(client, locale)}
          </option>
        ))}
      </select>
      <label for={`${prefix}-day`}>{t('entryDay')}</label>
      <input
        id={`${prefix}-day`}
        type="date"
        required
        value={value.day}
        onInput={(e) => set({ day: e.currentTarget.value })}
      />
      <label for={`${prefix}-start`}>{t('entryStart')}</label>
      <input
        id={`${prefix}-start`}
        type="time"
        required
        value={value.startTime}
        onInput={(e) => set({ startTime: e.currentTarget.value })}
      />
      <label for={`${prefix}-end`}>{t('entryEnd')}</label>
      <input
        id={`${prefix}-end`}
        type="time"
        required
        value={value.endTime}
        aria-describedby={nextDayText ? `${prefix}-next-day` : undefined}
        onInput={(e) => set({ endTime: e.currentTarget.value })}
      />
      {nextDayText && (
        <p id={`${prefix}-next-day`} class="wasla-muted" role="status">
          {nextDayText}
        </p>
      )}
      <label for={`${prefix}-note`}>{t('entryNote')}</label>
      <input
        id={`${prefix}-note`}
        type="text"
        maxLength={2000}
        value={value.note}
        onInput={(e) => set({ note: e.currentTarget.value })}
      />
      <FormFooter problems={problems} onCancel={onCancel} class="entry-actions" />
    </form>
  );
}
