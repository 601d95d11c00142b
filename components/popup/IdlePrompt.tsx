import type { IdleChoice } from '@/utils/time/timer';
import { useI18n } from '../i18n';

export interface IdlePromptProps {
  idleSinceMs: number;
  returnedAtMs: number;
  onAnswer: (choice: IdleChoice) => void;
}

/** Asked when the user comes back after idling with a timer running. */
export function IdlePrompt({ idleSinceMs, returnedAtMs, onAnswer }: IdlePromptProps) {
  const { t } = useI18n();
  const minutes = Math.round((returnedAtMs - idleSinceMs) / 60_000);
  return (
    <section role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-question" class="idle">
      <h2 id="idle-title">{t('idleTitle')}</h2>
      <p id="idle-question">{t('idleQuestion', { minutes })}</p>
      <p class="idle-actions">
        <button type="button" onClick={() => onAnswer('keep')}>
          {t('idleKeep')}
        </button>
        <button type="button" onClick={() => onAnswer('discard')}>
          {t('idleDiscard')}
        </button>
        <button type="button" onClick={() => onAnswer('discardAndStop')}>
          {t('idleDiscardStop')}
        </button>
      </p>
    </section>
  );
}
