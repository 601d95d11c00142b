import { useI18n } from '../i18n';

export interface PostLabelButtonProps {
  top: number;
  left: number;
  edge: 'right' | 'left';
  authorName: string;
  kind: 'post' | 'comment';
  onLabel: () => void;
}

/** The small button shown next to the post or comment under the pointer: label it from the sidebar. */
export function PostLabelButton({ top, left, edge, authorName, kind, onLabel }: PostLabelButtonProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      class="wasla-post-label"
      data-edge={edge}
      style={{ top: `${top}px`, left: `${left}px` }}
      aria-label={t(kind === 'post' ? 'labelThisPost' : 'labelThisComment', { author: authorName })}
      onClick={onLabel}
    >
      {t('labelShort')}
    </button>
  );
}
