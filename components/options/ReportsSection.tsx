import type { Client } from '@/utils/model/client';
import { clientDisplayName } from '@/utils/model/names';
import type { ClientMonthReport } from '@/utils/reports/client-report';
import type { MemberDirectory } from '@/utils/reports/members';
import type { Rounding } from '@/utils/time/rounding';
import { ClientReport } from '../reports/ClientReport';
import '../reports/reports.css';
import { useI18n } from '../i18n';

export interface ReportsSectionProps {
  clients: Client[];
  month: string;
  monthLabel: string;
  chosen: string[];
  /** null while the month's records load. */
  reports: ClientMonthReport[] | null;
  /** Who the entries belong to (the team roster and the user's own name), for hours by member. */
  members: MemberDirectory;
  rounding: Rounding;
  status: string;
  onMonth: (month: string) => void;
  onChoose: (clientIds: string[]) => void;
  onExportCsv: () => void;
  onPrint: () => void;
}

/** Choose a month and clients; export their entries as CSV or print one report page per client. */
export function ReportsSection(props: ReportsSectionProps) {
  const { t, locale } = useI18n();
  const { clients, chosen } = props;
  const allChosen = clients.length > 0 && chosen.length === clients.length;
  const toggle = (id: string, on: boolean) => props.onChoose(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <section aria-labelledby="section-title">
      <p class="reports-intro">{t('reportsIntro')}</p>
      <form class="reports-controls" onSubmit={(event) => event.preventDefault()}>
        <p>
          <label for="report-month">{t('reportsMonth')}</label>{' '}
          <input
            id="report-month"
            type="month"
            required
            value={props.month}
            onInput={(e) => e.currentTarget.value && props.onMonth(e.currentTarget.value)}
          />
        </p>
        {clients.length === 0 ? (
          <p class="muted">{t('reportsNoClients')}</p>
        ) : (
          <fieldset>
            <legend>{t('reportsClients')}</legend>
            <label>
              <input
                type="checkbox"
                checked={allChosen}
                onChange={(e) => props.onChoose(e.currentTarget.checked ? clients.map((c) => c.id) : [])}
              />
              {t('reportsAllClients')}
            </label>
            {clients.map((client) => (
              <label key={client.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(client.id)}
                  onChange={(e) => toggle(client.id, e.currentTarget.checked)}
                />
                {clientDisplayName(client, locale)}
              </label>
            ))}
          </fieldset>
        )}
        <p>
          <button type="button" disabled={chosen.length === 0 || props.reports === null} onClick={props.onExportCsv}>
            {t('reportsExportCsv')}
          </button>{' '}
          <button type="button" disabled={chosen.length === 0 || props.reports === null} onClick={props.onPrint}>
            {t('reportsPrint')}
          </button>
        </p>
      </form>
      <p role="status">{props.status}</p>
      {props.reports === null ? (
        <p class="muted">{t('reportsLoading')}</p>
      ) : chosen.length === 0 && clients.length > 0 ? (
        <p class="muted">{t('reportsNoneChosen')}</p>
      ) : (
        props.reports.map((report) => {
          const client = clients.find((c) => c.id === report.clientId);
          return (
            client && (
              <ClientReport
                key={report.clientId}
                client={client}
                report={report}
                members={props.members}
                rounding={props.rounding}
                monthLabel={props.monthLabel}
              />
            )
          );
        })
      )}
    </section>
  );
}
