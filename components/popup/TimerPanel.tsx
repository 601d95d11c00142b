import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '@/utils/model/client';
import { clientDisplayName } from '@/utils/model/names';
import type { TimerState } from '@/utils/time/timer';
import { formatElapsed } from '@/utils/time/format';
import { useI18n } from '../i18n';

export interface TimerPanelProps {
  clients: Client[];
  timer: TimerState;
  nowMs: number;
  onStart: (clientId: string) => void;
  onStop: () => void;
}

/** The running timer with stop, and a client picker that starts (or switches to) that client's timer. */
export function TimerPanel({ clients, timer, nowMs, onStart, onStop }: TimerPanelProps) {
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  // Starting is two keystrokes from opening the popup: the picker has focus, a letter picks the client
  // (the select's own type-ahead), Enter starts or switches.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- focus the picker once the clients are there, not on every change of the list
  useEffect(() => select.current?.focus(), [clients.length > 0]);
  const running = timer ? clients.find((c) => c.id === timer.clientId) : undefined;
  const pick = chosen || (timer ? '' : (clients[0]?.id ?? ''));
  return (
    <section class="timer" aria-labelledby="timer-title">
      <h2 id="timer-title">{t('timerTitle')}</h2>
      {timer ? (
        <p class="timer-running">
          <span class="timer-client">{running ? clientDisplayName(running, locale) : '—'}</span>{' '}
          <time
            role="timer"
            aria-label={t('timerElapsed')}
            dateTime={`PT${Math.floor((nowMs - Date.parse(timer.startedAt)) / 1000)}S`}
          >
            {formatElapsed(nowMs - Date.parse(timer.startedAt))}
          </time>{' '}
          <button type="button" onClick={onStop}>
            {t('timerStop')}
          </button>
        </p>
      ) : (
        <p class="wasla-muted">{t('timerStopped')}</p>
      )}
      {clients.length === 0 ? (
        <p class="wasla-muted">{t('noClientsYet')}</p>
      ) : (
        <form
          class="timer-start"
          onSubmit={(event) => {
            event.preventDefault();
            if (pick) onStart(pick);
          }}
        >
          <label for="timer-client">{t('timerClient')}</label>
          <select
            id="timer-client"
            ref={select}
            value={pick}
            aria-describedby="timer-hint"
            onInput={(event) => setChosen(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              const value = event.currentTarget.value;
              if (value) onStart(value);
            }}
          >
            {timer && <option value="">—</option>}
            {clients.map((client) => (
              <option key={client.id} value={client.id}>
                {clientDisplayName(client, locale)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!pick}>
            {timer ? t('timerSwitch') : t('timerStart')}
          </button>
          <small id="timer-hint" class="wasla-muted">
            {t('timerQuickHint')}
          </small>
        </form>
      )}
    </section>
  );
}
