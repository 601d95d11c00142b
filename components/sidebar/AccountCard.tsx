import type { AccountIdentity } from '@/utils/sites/types';
import { useI18n } from '../i18n';

export interface AccountCardProps {
  account: AccountIdentity;
}

/**
 * Whose page is open (a page that shows no account gets the shell's neutral state instead). Names and handles
 * come from the page: rendered as text, never as markup.
 */
export function AccountCard({ account }: AccountCardProps) {
  const { t } = useI18n();
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
