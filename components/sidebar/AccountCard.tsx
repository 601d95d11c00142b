import type { AccountIdentity, PageKind } from '@/utils/sites/types';
import { useI18n } from '../i18n';

export interface AccountCardProps {
  kind: PageKind;
  account: AccountIdentity | null;
}

/** Whose page is open. Names and handles come from the page: rendered as text, never as markup. */
export function AccountCard({ kind, account }: AccountCardProps) {
  const { t } = useI18n();
  if (!account) {
    return (
      <p class="wasla-muted" data-state={kind === 'reserved' ? 'not-client-page' : 'not-recognised'}>
        {kind === 'reserved' ? t('sidebarNotClientPage') : t('sidebarNotRecognised')}
      </p>
    );
  }
  return (
    <section class="wasla-account" aria-label={t('accountSection')}>
      <p class="wasla-account-name">
        <bdi>{account.displayName || account.handle}</bdi>
      </p>
      {account.handle && (
        <p class="wasla-muted" dir="ltr">
          @{account.handle}
        </p>
      )}
    </section>
  );
}
