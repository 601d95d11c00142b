// The Reports section's container (data loading for components/options/ReportsSection). Filled by issue 6.
import { useI18n } from '@/components/i18n';

export function ReportsPage() {
  const { t } = useI18n();
  return <p class="muted">{t('sectionPending')}</p>;
}
