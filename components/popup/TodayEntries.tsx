import { useState } from 'preact/hooks';
import type { Client } from '@/utils/model/client';
import { clientDisplayName } from '@/utils/model/names';
import type { TimeEntry } from '@/utils/model/time-entry';
import type { Problem } from '@/utils/model/problem';
import { formatElapsed } from '@/utils/time/format';
import { useI18n } from '../i18n';
import { EntryForm, type EntryFormValue } from './EntryForm';

export interface TodayEntriesProps {
  clients: Client[];
  entries: TimeEntry[];
  nowMs: number;
  /** How an entry reads in the form (its local day and times), computed by the caller in the team's zone. */
  toFormValue: (entry: TimeEntry) => EntryFormValue;
  formatTime: (iso: string) => string;
  onSave: (value: EntryFormValue) => Promise<Problem[] | null>;
  onDelete: (entry: TimeEntry) => void;
}

export function TodayEntries({
  clients,
  entries,
  nowMs,
  toFormValue,
  formatTime,
  onSave,
  onDelete,
}: TodayEntriesProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  if (entries.length === 0) return <p class="wasla-muted">{t('todayEmpty')}</p>;
  return (
    <ul class="entries" aria-label={t('todayEntries')}>
      {entries.map((entry) => {
        const client = clients.find((c) => c.id === entry.clientId);
        const name = client ? clientDisplayName(client, locale) : '—';
        const ms = (entry.end ? Date.parse(entry.end) : nowMs) - Date.parse(entry.start);
        return (
          <li key={entry.id}>
            <span class="entry-client">{name}</span>{' '}
            <span class="entry-span">
              {formatTime(entry.start)}–{entry.end ? formatTime(entry.end) : '…'}
            </span>{' '}
            <span class="entry-duration">{formatElapsed(ms)}</span>{' '}
            {entry.note && <span class="entry-note">{entry.note}</span>}
            {entry.end !== null && (
              <span class="entry-actions">
                <button
                  type="button"
                  aria-label={`${t('edit')} ${name} ${formatTime(entry.start)}`}
                  onClick={() => setEditing(entry.id)}
                >
                  {t('edit')}
                </button>
                <button
                  type="button"
                  aria-label={`${t('delete')} ${name} ${formatTime(entry.start)}`}
                  onClick={() => onDelete(entry)}
                >
                  {t('delete')}
                </button>
              </span>
            )}
            {editing === entry.id && (
              <EntryForm
                clients={clients}
                initial={toFormValue(entry)}
                onSave={async (value) => {
                  const refused = await onSave(value);
                  if (!refused) setEditing(null);
                  return refused;
                }}
                onCancel={() => setEditing(null)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
