import type { Problem } from '@/utils/model/problem';
import { ProblemList } from './problems';
import { useI18n } from './i18n';

/** Save (and Cancel, when the form can be closed) with the background's refusals under them. */
export function FormFooter({
  problems,
  onCancel,
  class: className = 'row',
}: {
  problems: Problem[];
  onCancel?: () => void;
  class?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <p class={className}>
        <button type="submit">{t('save')}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </p>
      <ProblemList problems={problems} />
    </>
  );
}
