import type { Contract } from '@/utils/model/contract';
import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../i18n';

export interface ContractGlanceProps {
  contract: Contract | null;
  monthMs: number;
  todayMs: number;
}

const hours = (ms: number) => ms / 3_600_000;

/** This month's hours against the target and today's against the daily minimum, with the contracted languages. */
export function ContractGlance({ contract, monthMs, todayMs }: ContractGlanceProps) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 });
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  if (!contract) return <p class="wasla-muted">{t('noContract')}</p>;
  return (
    <section class="wasla-contract" aria-label={t('contractSection')}>
      <p>
        <label for="wasla-month-progress">
          {t('monthHours', { done: number.format(hours(monthMs)), target: number.format(contract.monthlyHours) })}
        </label>
        <progress
          id="wasla-month-progress"
          max={contract.monthlyHours || 1}
          value={Math.min(hours(monthMs), contract.monthlyHours)}
        />
      </p>
      <p>
        <label for="wasla-today-progress">
          {t('todayHours', { done: number.format(hours(todayMs)), target: number.format(contract.minDailyHours) })}
        </label>
        <progress
          id="wasla-today-progress"
          max={contract.minDailyHours || 1}
          value={Math.min(hours(todayMs), contract.minDailyHours)}
        />
      </p>
      <p>
        {t('contractLanguages')}:{' '}
        {contract.languages.map((code) => languageNames.of(code) ?? code).join(locale === 'ar' ? '، ' : ', ')}
      </p>
    </section>
  );
}
