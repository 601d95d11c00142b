import { useI18n } from '@/components/i18n';
import { useSidebar } from '../context';
import type { SidebarFeature } from './feature';

/**
 * Who the focused reply box answers (issue 14 item 4): the comment's author, or with no comment the post's, which
 * `{{customer}}` then falls back to. Follows the user from one reply box to another.
 */
function ReplyingTo() {
  const { t } = useI18n();
  const { replyingTo } = useSidebar().facts;
  if (!replyingTo) return null;
  const name = <bdi>{replyingTo.authorName}</bdi>;
  return (
    <p class="wasla-replying" data-kind={replyingTo.kind}>
      {replyingTo.kind === 'comment' ? t('replyingTo') : t('replyingToPost')} {name}
    </p>
  );
}

export const replyingTo: SidebarFeature = { id: 'replying-to', needs: 'account', View: ReplyingTo };
