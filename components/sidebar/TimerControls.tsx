import type { TimerState } from '@/utils/time/timer';
import { useI18n } from '../i18n';

export interface TimerControlsProps {
  clientId: string;
  timer: TimerState;
  onStart: () => void;
  onStop: () => void;
}

/** Start this client's timer (switching from another client's), or stop it. */
export function TimerControls({ clientId, timer, onStart, onStop }: TimerControlsProps) {
  const { t } = useI18n();
  const runningHere = timer?.clientId === clientId;
  return (
    <p class="wasla-row">
      {runningHere ? (
        <button type="button" class="wasla-primary" onClick={onStop}>
          {t('timerStop')}
        </button>
      ) : (
        <button type="button" class="wasla-primary" onClick={onStart}>
          {timer ? t('timerSwitchHere') : t('timerStartHere')}
        </button>
      )}
    </p>
  );
}
