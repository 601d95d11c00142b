import type { ClientMonthReport } from '@/utils/reports/client-report';
import { identifyMember, memberLabel, type MemberDirectory } from '@/utils/reports/members';
import type { Rounding } from '@/utils/time/rounding';
import { formatHours } from '@/utils/time/format';
import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../i18n';

export interface ClientReportMembersProps {
  report: ClientMonthReport;
  members: MemberDirectory;
  rounding: Rounding;
  /** Prefix for element ids, unique per report on the page. */
  id: string;
}

/** Shown when a teammate's time is in the month: only the user's own time leaves the report as it always was. */
export const showsMembers = (report: ClientMonthReport) => report.byMember.some((m) => m.userId !== null);

/**
 * The month's hours split by member (issue #6), with each one's share of the month and, when reports round,
 * the rounded hours that add up to the rounded total. The caption carries the section's heading, so the table
 * and the section share one name.
 */
export function ClientReportMembers({ report, members, rounding, id }: ClientReportMembersProps) {
  const { t, locale } = useI18n();
  const numbers = numberLocale(locale);
  const hours = (ms: number) => formatHours(ms, numbers);
  const share = new Intl.NumberFormat(numbers, { style: 'percent', maximumFractionDigits: 1 });
  const words = { you: t('reportYou'), formerMember: (shortId: string) => t('reportFormerMember', { id: shortId }) };
  const rounded = rounding.minutes > 0;
  return (
    <section aria-labelledby={`${id}-members`}>
      <table class="report-members">
        <caption>
          <h4 id={`${id}-members`}>{t('reportByMember')}</h4>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('reportMember')}</th>
            <th scope="col">{t('reportMemberHours')}</th>
            {rounded && <th scope="col">{t('reportMemberRounded')}</th>}
            <th scope="col">{t('reportMemberShare')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byMember.map((member) => (
            <tr key={member.userId ?? ''}>
              <th scope="row">
                <bdi>{memberLabel(identifyMember(member.userId, members), words)}</bdi>
              </th>
              <td>{hours(member.exactMs)}</td>
              {rounded && <td>{hours(member.roundedMs)}</td>}
              <td>{share.format(member.exactMs / report.exactMs)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reportMembersTotal')}</th>
            <td>{hours(report.exactMs)}</td>
            {rounded && <td>{hours(report.roundedMs)}</td>}
            <td>{share.format(1)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
