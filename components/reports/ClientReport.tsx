import type { Client } from '@/utils/model/client';
import { clientDisplayName } from '@/utils/model/names';
import type { ClientMonthReport } from '@/utils/reports/client-report';
import type { MemberDirectory } from '@/utils/reports/members';
import type { Rounding } from '@/utils/time/rounding';
import { formatHours, hourMs } from '@/utils/time/format';
import { numberLocale, type MessageKey } from '@/utils/i18n/core';
import { useI18n } from '../i18n';
import { ClientReportMembers, showsMembers } from './ClientReportMembers';
import { DaysChart } from './charts/DaysChart';
import { FollowersChart } from './charts/FollowersChart';
import { LabelsThisMonth } from './charts/LabelsThisMonth';
import { hasSentiment, SentimentTrend } from './charts/SentimentTrend';
import { WeeksChart } from './charts/WeeksChart';

export interface ClientReportProps {
  client: Client;
  report: ClientMonthReport;
  /** Who the month's entries belong to, for the hours by member. */
  members: MemberDirectory;
  rounding: Rounding;
  monthLabel: string;
}

/**
 * One client's month, printed: the contract's terms beside the actuals, hours by member (when a teammate's
 * time is in it), hours per day and per week against the minimum, labels by type this month and praise against
 * complaints over six months, followers through the month, and templates. Each chart is named by a one-line
 * summary and keeps its numbers in a table (charts/frame.tsx). Headings carry both
 * languages (the client may read the other one).
 */
export function ClientReport({ client, report, members, rounding, monthLabel }: ClientReportProps) {
  const { t, locale } = useI18n();
  const numbers = numberLocale(locale);
  const count = new Intl.NumberFormat(numbers);
  const signed = new Intl.NumberFormat(numbers, { signDisplay: 'exceptZero' });
  const hours = (ms: number) => formatHours(ms, numbers);
  const { contract, targets } = report;
  const name = clientDisplayName(client, locale);
  const id = `report-${client.id}`;
  return (
    <article class="client-report" aria-labelledby={`${id}-title`}>
      <header>
        <p class="report-kicker">{t('reportHeading')}</p>
        <h3 id={`${id}-title`}>{t('reportClientMonth', { client: name, month: monthLabel })}</h3>
        {client.nameAr && client.nameEn && (
          <p class="report-other-name">{locale === 'ar' ? client.nameEn : client.nameAr}</p>
        )}
      </header>
      <div class="report-columns">
        <section aria-labelledby={`${id}-contract`}>
          <h4 id={`${id}-contract`}>{t('reportContract')}</h4>
          {contract === null ? (
            <p>{t('reportNoContract')}</p>
          ) : (
            <dl>
              <dt>{t('reportMonthlyHours')}</dt>
              <dd>{hours(contract.monthlyHours * hourMs)}</dd>
              <dt>{t('reportDailyMinimum')}</dt>
              <dd>{hours(contract.minDailyHours * hourMs)}</dd>
              <dt>{t('reportWorkingDays')}</dt>
              <dd>{contract.workingDays.map((d) => t(`weekday.${d}` as MessageKey)).join('، ')}</dd>
              <dt>{t('reportLanguages')}</dt>
              <dd>
                {contract.languages
                  .map((tag) => new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag)
                  .join('، ')}
              </dd>
              <dt>{t('reportPeriod')}</dt>
              <dd>
                <bdi>{contract.startsOn}</bdi> – <bdi>{contract.endsOn ?? t('reportOpenEnded')}</bdi>
              </dd>
            </dl>
          )}
        </section>
        <section aria-labelledby={`${id}-actuals`}>
          <h4 id={`${id}-actuals`}>{t('reportActuals')}</h4>
          <dl>
            <dt>{t('reportHours')}</dt>
            <dd aria-label={t('paceMonthTotal', { client: name })}>
              {targets
                ? t('hoursOf', { done: hours(report.exactMs), target: hours(targets.monthlyHours * hourMs) })
                : t('hoursOnly', { done: hours(report.exactMs) })}
            </dd>
            {rounding.minutes > 0 && (
              <>
                <dt>
                  {t('reportHoursRounded', {
                    minutes: rounding.minutes,
                    mode: t(rounding.mode === 'up' ? 'reportRoundingUp' : 'reportRoundingNearest'),
                  })}
                </dt>
                <dd>{t('hoursOnly', { done: hours(report.roundedMs) })}</dd>
              </>
            )}
            {targets && (
              <>
                <dt>{t('reportExpected')}</dt>
                <dd>
                  {t('hoursOnly', { done: hours(targets.expectedSoFarHours * hourMs) })} ·{' '}
                  {t('paceWorkingDays', { done: targets.workingDaysSoFar, total: targets.workingDaysInMonth })}
                </dd>
              </>
            )}
            <dt>{t('reportEntries')}</dt>
            <dd>{count.format(report.entryCount)}</dd>
          </dl>
        </section>
      </div>

      {showsMembers(report) && <ClientReportMembers report={report} members={members} rounding={rounding} id={id} />}

      <section aria-labelledby={`${id}-days`} class="report-hours">
        <h4 id={`${id}-days`}>{t('reportDays')}</h4>
        {report.exactMs === 0 ? (
          <p>{t('reportDaysAltEmpty')}</p>
        ) : (
          <DaysChart id={`${id}-days-chart`} days={report.days} workingDaysSoFar={targets?.workingDaysSoFar ?? null} />
        )}
      </section>

      <section aria-labelledby={`${id}-weeks`} class="report-hours">
        <h4 id={`${id}-weeks`}>{t('reportWeeks')}</h4>
        {report.exactMs === 0 ? (
          <p>{t('reportWeeksAltEmpty')}</p>
        ) : (
          <WeeksChart id={`${id}-weeks-chart`} weeks={report.weeks} />
        )}
      </section>

      <section aria-labelledby={`${id}-labels`}>
        <h4 id={`${id}-labels`}>{t('reportLabels')}</h4>
        {report.labels.length === 0 ? <p>{t('reportNoLabels')}</p> : <LabelsThisMonth labels={report.labels} />}
        <h5 class="chart-title">{t('reportTrend')}</h5>
        {hasSentiment(report.labelMonths) ? (
          <SentimentTrend id={`${id}-trend`} months={report.labelMonths} />
        ) : (
          <p>{t('reportTrendAltEmpty')}</p>
        )}
      </section>

      <section aria-labelledby={`${id}-followers`}>
        <h4 id={`${id}-followers`}>{t('reportFollowers')}</h4>
        {report.followers.length === 0 ? (
          <p>{t('reportNoFollowers')}</p>
        ) : (
          <>
            <table class="report-followers">
              <thead>
                <tr>
                  <th scope="col">{t('reportAccount')}</th>
                  <th scope="col">{t('reportFollowersFrom')}</th>
                  <th scope="col">{t('reportFollowersTo')}</th>
                  <th scope="col">{t('reportFollowersChange')}</th>
                </tr>
              </thead>
              <tbody>
                {report.followers.map((f) => (
                  <tr key={f.account.id}>
                    <td>
                      {t(`platform.${f.account.platform}` as MessageKey)} ·{' '}
                      <bdi>{f.account.displayName || f.account.handle || f.account.key}</bdi>
                    </td>
                    <td>{count.format(f.from)}</td>
                    <td>{count.format(f.to)}</td>
                    <td>
                      <bdi>{signed.format(f.change)}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {report.followers.map((f) => (
              <FollowersChart
                key={f.account.id}
                id={`${id}-followers-${f.account.id}`}
                follower={f}
                range={report.range}
                timeZone={report.timeZone}
              />
            ))}
          </>
        )}
      </section>

      <section aria-labelledby={`${id}-templates`}>
        <h4 id={`${id}-templates`}>{t('reportTemplates')}</h4>
        <p class="muted">{t('reportTemplatesNote')}</p>
        {report.templates.length === 0 ? (
          <p>{t('reportNoTemplates')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reportTemplate')}</th>
                <th scope="col">{t('reportUses')}</th>
              </tr>
            </thead>
            <tbody>
              {report.templates.map((tpl, index) => (
                <tr key={index}>
                  <td>
                    <bdi>{tpl.title}</bdi>
                  </td>
                  <td>{count.format(tpl.usageCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
