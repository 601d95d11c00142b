import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../i18n';

export function FollowerChange({ followers }: { followers: { count: number; change: number } | null }) {
  const { t, locale } = useI18n();
  if (!followers) return null;
  const number = new Intl.NumberFormat(numberLocale(locale), { signDisplay: 'exceptZero' });
  return (
    <p class="wasla-followers">
      {t('followers30d', {
        count: new Intl.NumberFormat(numberLocale(locale)).format(followers.count),
        change: number.format(followers.change),
      })}
    </p>
  );
}
