// month-totals-20k-ms: the month's totals as the views compute them, over a busy month of 20,000 entries in
// Africa/Cairo (a DST zone), 40 clients with contracts, median of 21 runs after 5 warm-ups:
// - the popup: `summarizeMonth` (today, this week and this month per client, and the month's days), called by
//   `readTimesheet` (utils/db/timesheet.ts) on the month's entries;
// - the monthly report (entrypoints/options/reports.tsx): `clientMonthReport` for every client (the page's
//   default choice) on the same entries.
// The row is both together; the note gives each. Baseline, same run: a plain sum of the same entries'
// durations with no zone or clipping work, the floor any total must pay to read every entry.
import type { Contract, TimeEntry } from '@/utils/model';
import { clientMonthReport } from '@/utils/reports/client-report';
import { summarizeMonth } from '@/utils/reports/month-summary';
import { busyMonth } from '../support/busy-month';
import { makeContract } from '../support/records';
import { median, row, type BenchRow } from './row';

const { timeZone, month, entries: tracked, nowMs } = busyMonth();
const monthKey = '2024-04';
// Every entry as stored (the report reads its user); the busy month's own fields decide the totals.
const entries: TimeEntry[] = tracked.map((e, i) => ({
  ...e,
  id: `e-${i}`,
  createdAt: e.start,
  updatedAt: e.start,
  teamId: null,
  revision: 0,
  createdBy: null,
  source: 'manual',
  platform: null,
  note: '',
  userId: null,
}));
const clientIds = [...new Set(entries.map((e) => e.clientId))];
const contracts: Contract[] = clientIds.map((id) => makeContract(id, { startsOn: '2024-01-01' }));
// The popup's "now" inside the month (its today, week and month); the report's after it.
const popupNowMs = month.startMs + 20 * 86_400_000;

function medianMs(run: () => unknown): number {
  for (let warm = 0; warm < 5; warm++) run();
  return median(
    Array.from({ length: 21 }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );
}

const popup = () => summarizeMonth({ entries, contracts, clientIds, timeZone, nowMs: popupNowMs });
const report = () =>
  clientIds.map((clientId) =>
    clientMonthReport({
      clientId,
      month: monthKey,
      timeZone,
      nowMs,
      rounding: { minutes: 15, mode: 'up' },
      myUserId: null,
      entries,
      contracts,
      labels: [],
      accounts: [],
      snapshots: [],
      templates: [],
    }),
  );

export default async function monthTotals(): Promise<BenchRow[]> {
  const plainSum = medianMs(() =>
    entries.reduce((sum, e) => sum + (e.end ? Date.parse(e.end) - Date.parse(e.start) : 0), 0),
  );
  const popupMs = medianMs(popup);
  const reportMs = medianMs(report);
  const both = medianMs(() => {
    popup();
    report();
  });
  return [
    row(
      'month-totals-20k-ms',
      both,
      'ms',
      plainSum,
      `20,000 entries of one month (some clipped, some deleted, one running), 40 clients with contracts, Africa/Cairo, rounding 15 min up, median of 21: the popup's summarizeMonth ${popupMs.toFixed(2)} ms + the report's clientMonthReport for all 40 clients ${reportMs.toFixed(2)} ms; baseline = plain Date.parse sum of durations; no goal`,
    ),
  ];
}
