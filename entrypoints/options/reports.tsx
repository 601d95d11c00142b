// The Reports section's container: gathers one month of records through the background and hands pure
// reports to components/options/ReportsSection. Entries are read for the chosen month only (an indexed range);
// the small stores (clients, contracts, labels, accounts, snapshots, templates) are listed whole, with the team
// roster the background keeps (no network), which names each entry's member.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadText } from '@/utils/views/download';
import { useI18n } from '@/components/i18n';
import { ReportsSection } from '@/components/options/ReportsSection';
import { numberLocale } from '@/utils/i18n/core';
import { api } from '@/utils/messages';
import type { Client, Contract, FollowerSnapshot, PostLabel, SocialAccount, Template, TimeEntry } from '@/utils/model';
import { clientDisplayName } from '@/utils/model/names';
import { clientMonthReport } from '@/utils/reports/client-report';
import type { MemberDirectory } from '@/utils/reports/members';
import { togglCsv, togglRows } from '@/utils/reports/toggl-csv';
import { toInstant } from '@/utils/time/instant';
import { monthKey, monthRange, resolveTimeZone } from '@/utils/time/zone';
import { changesItem } from '@/utils/storage-items';
import { useSettings } from '@/utils/views/use-settings';
import type { SignedInUser, TeamMember } from '@/utils/sync/status';

interface Records {
  clients: Client[];
  contracts: Contract[];
  labels: PostLabel[];
  accounts: SocialAccount[];
  snapshots: FollowerSnapshot[];
  templates: Template[];
  team: { me: SignedInUser | null; members: TeamMember[] };
}

async function listAll(): Promise<Records> {
  const [clients, contracts, labels, accounts, snapshots, templates, team] = await Promise.all([
    api.list('clients'),
    api.list('contracts'),
    api.list('labels'),
    api.list('accounts'),
    api.list('snapshots'),
    api.list('templates'),
    api.teamMembers(),
  ]);
  const value = <T,>(result: { ok: true; value: T[] } | { ok: false }) => (result.ok ? result.value : []);
  return {
    clients: value(clients),
    contracts: value(contracts),
    labels: value(labels),
    accounts: value(accounts),
    snapshots: value(snapshots),
    templates: value(templates),
    team: team.ok ? team.value : { me: null, members: [] },
  };
}

export function ReportsPage() {
  const { t, locale } = useI18n();
  const settings = useSettings();
  const timeZone = resolveTimeZone(settings.timeZone);
  const [month, setMonth] = useState(() => monthKey(Date.now(), timeZone));
  const [records, setRecords] = useState<Records | null>(null);
  const [entries, setEntries] = useState<{ month: string; list: TimeEntry[] } | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const load = () => void listAll().then(setRecords);
    load();
    return changesItem.watch(load);
  }, []);

  useEffect(() => {
    const range = monthRange(month, timeZone);
    const load = () =>
      void api
        .entries(toInstant(range.startMs), toInstant(range.endMs))
        .then((result) => setEntries({ month, list: result.ok ? result.value : [] }));
    load();
    return changesItem.watch(load);
  }, [month, timeZone]);

  const clients = useMemo(() => (records?.clients ?? []).filter((c) => !c.archived), [records]);
  const chosenIds = chosen ?? clients.map((c) => c.id);
  const nameOf = (id: string) => {
    const client = records?.clients.find((c) => c.id === id);
    return client ? clientDisplayName(client, locale) : '';
  };

  const members: MemberDirectory = useMemo(
    () => ({ me: records?.team.me ?? null, members: records?.team.members ?? [], ownName: settings.agentName }),
    [records, settings.agentName],
  );

  const reports = useMemo(() => {
    if (!records || !entries || entries.month !== month) return null;
    const nowMs = Date.now();
    const myUserId = records.team.me?.id ?? null;
    return clients
      .filter((c) => chosenIds.includes(c.id))
      .map((c) =>
        clientMonthReport({
          ...records,
          clientId: c.id,
          month,
          timeZone,
          nowMs,
          rounding: settings.rounding,
          myUserId,
          entries: entries.list,
        }),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- clients are part of records; chosenIds compared by value (join), not by array identity
  }, [records, entries, month, timeZone, settings.rounding, chosenIds.join()]);

  const [year, monthNumber] = month.split('-').map(Number);
  const monthLabel = new Intl.DateTimeFormat(numberLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year!, monthNumber! - 1, 1));

  const exportCsv = () => {
    if (!entries) return;
    const rows = togglRows(
      entries.list.filter((e) => chosenIds.includes(e.clientId)),
      {
        range: monthRange(month, timeZone),
        timeZone,
        nowMs: Date.now(),
        rounding: settings.rounding,
        members,
        formerMember: (id) => t('reportFormerMember', { id }),
        clientName: nameOf,
      },
    );
    downloadText(`wasla-${month}.csv`, togglCsv(rows), 'text/csv;charset=utf-8');
    setStatus(t('reportsCsvSaved', { rows: rows.length }));
  };

  return (
    <ReportsSection
      clients={clients}
      month={month}
      monthLabel={monthLabel}
      chosen={chosenIds}
      reports={reports}
      members={members}
      rounding={settings.rounding}
      status={status}
      onMonth={(next) => {
        setMonth(next);
        setStatus('');
      }}
      onChoose={setChosen}
      onExportCsv={exportCsv}
      onPrint={() => window.print()}
    />
  );
}
