import { useI18n } from '../i18n';

export interface TimesheetProps {
  onOpenOptions: () => void;
}

export function Timesheet({ onOpenOptions }: TimesheetProps) {
  const { t } = useI18n();
  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup-header">
        <h1 id="popup-title">{t('popupTitle')}</h1>
        <button type="button" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      </header>
    </main>
  );
}
