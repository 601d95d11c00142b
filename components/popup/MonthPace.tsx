import { useEffect } from 'preact/hooks';
import type { Client } from '@/utils/model/client';
import { clientDisplayName } from '@/utils/model/names';
import type { ClientPace, MonthSummary } from '@/utils/reports/month-summary';
import { formatHours, hourMs } from '@/utils/time/format';
import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../i18n';
import { DailyChart } from './DailyChart';
import { PaceBar } from './PaceBar';

export interface MonthPaceProps {
  clients: Client[];
  /** null until the month's entries have arrived. */
  summary: MonthSummary | null;
}

/** Week and month per client against the contract, today against the daily minimum, and the month's chart. */
export function MonthPace({ clients, summary }: MonthPaceProps) {
  const { t, locale } = useI18n();
  // Every client card is drawn in the same frame as the month's numbers. The mark (devtools' Performance panel,
  // the popup-open bench) is set in an effect, which Preact runs after that frame was painted.
  const hasSummary = summary !== null;
  useEffect(() => {
    if (hasSummary && performance.getEntriesByName('wasla:month-complete').length === 0)
      performance.mark('wasla:month-complete');
  }, [hasSummary]);
  if (summary === null) {
    return (
      <section aria-labelledby="pace-title" aria-busy="true">
        <h2 id="pace-title">{t('paceTitle')}</h2>
        <p class="wasla-muted">{t('paceLoading')}</p>
      </section>
    );
  }
  const active = summary.clients.filter((c) => c.targets !== null || c.monthMs > 0 || c.weekMs > 0);
  const guide = active.reduce((sum, c) => sum + (c.todayMinimumHours ?? 0), 0);
  return (
    <section aria-labelledby="pace-title" class="pace" data-month={summary.month}>
      <h2 id="pace-title">{t('paceTitle')}</h2>
      {active.length === 0 ? (
        <p class="wasla-muted">{t('paceEmpty')}</p>
      ) : (
        active.map((pace) => {
          const client = clients.find((c) => c.id === pace.clientId);
          return (
            <ClientPaceCard key={pace.clientId} pace={pace} name={client ? clientDisplayName(client, locale) : '—'} />
          );
        })
      )}
      <DailyChart days={summary.days} today={summary.today} guideHours={guide > 0 ? guide : null} />
    </section>
  );
}

function ClientPaceCard({ pace, name }: { pace: ClientPace; name: string }) {
  const { t, locale } = useI18n();
  const numbers = numberLocale(locale);
  const hours = (h: number) => formatHours(h * hourMs, numbers);
  const of = (doneMs: number, targetHours: number) =>
    t('hoursOf', { done: formatHours(doneMs, numbers), target: hours(targetHours) });
  const delta = (doneMs: number, expectedHours: number) => {
    const diff = doneMs / hourMs - expectedHours;
    if (Math.abs(diff) < 0.005) return { text: t('hoursOnTrack'), behind: false };
    return { text: t(diff < 0 ? 'hoursBehind' : 'hoursAhead', { hours: hours(Math.abs(diff)) }), behind: diff < 0 };
  };
  const id = `pace-${pace.clientId}`;
  const { targets } = pace;
  return (
    <section class="pace-client" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{name}</h3>
      {targets === null ? (
        <p>
          <span aria-label={t('paceMonthTotal', { client: name })}>
            {t('hoursOnly', { done: formatHours(pace.monthMs, numbers) })}
          </span>{' '}
          <span class="wasla-muted">{t('paceNoContract')}</span>
        </p>
      ) : (
        <>
          <PaceBar
            id={`${id}-month`}
            label={t('paceMonth')}
            name={t('paceMonthBar', { client: name })}
            doneHours={pace.monthMs / hourMs}
            targetHours={targets.monthlyHours}
            valueText={of(pace.monthMs, targets.monthlyHours)}
          />
          <PaceBar
            id={`${id}-so-far`}
            label={t('paceSoFar')}
            name={t('paceSoFarBar', { client: name })}
            doneHours={pace.monthMs / hourMs}
            targetHours={targets.expectedSoFarHours}
            valueText={of(pace.monthMs, targets.expectedSoFarHours)}
            note={delta(pace.monthMs, targets.expectedSoFarHours)}
          />
          {pace.weekExpectedHours !== null && (
            <PaceBar
              id={`${id}-week`}
              label={t('paceWeek')}
              name={t('paceWeekBar', { client: name })}
              doneHours={pace.weekMs / hourMs}
              targetHours={pace.weekExpectedHours}
              valueText={of(pace.weekMs, pace.weekExpectedHours)}
              note={delta(pace.weekMs, pace.weekExpectedHours)}
            />
          )}
          {pace.todayMinimumHours === null ? (
            <p class="pace-row">
              <span class="pace-label">{t('paceToday')}</span>{' '}
              {t('hoursOnly', { done: formatHours(pace.todayMs, numbers) })} ·{' '}
              <span class="wasla-muted">{t('paceDayOff')}</span>
            </p>
          ) : (
            <PaceBar
              id={`${id}-today`}
              label={t('paceToday')}
              name={t('paceTodayBar', { client: name })}
              doneHours={pace.todayMs / hourMs}
              targetHours={pace.todayMinimumHours}
              valueText={of(pace.todayMs, pace.todayMinimumHours)}
              note={delta(pace.todayMs, pace.todayMinimumHours)}
            />
          )}
          <p class="pace-days wasla-muted">
            {t('paceWorkingDays', { done: targets.workingDaysSoFar, total: targets.workingDaysInMonth })}
          </p>
        </>
      )}
    </section>
  );
}
