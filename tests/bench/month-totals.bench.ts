// month-totals-20k-ms: the month view's totals (per client, per day, per client and day) over 20,000 entries
// in Africa/Cairo, median of 21 runs. Baseline, same run: a plain sum of the same entries' durations with no
// zone or clipping work, the floor any total must pay to read every entry.
import { monthRange, totalsByClient, totalsByClientAndDay, totalsByDay, type TrackedEntry } from '@/utils/time';
import { median, row, type BenchRow } from './row';

const cairo = 'Africa/Cairo';
const april = monthRange('2024-04', cairo);
const nowMs = april.endMs + 86_400_000;

/** 20,000 back-to-back 2-minute entries over 40 clients, from 29 Mar into May so some are clipped. */
const entries: TrackedEntry[] = Array.from({ length: 20_000 }, (_, index) => {
  const startMs = april.startMs - 2 * 86_400_000 + index * 150_000;
  return {
    clientId: `client-${index % 40}`,
    start: new Date(startMs).toISOString(),
    end: index === 19_999 ? null : new Date(startMs + 120_000).toISOString(),
    deletedAt: index % 97 === 0 ? new Date(startMs).toISOString() : null,
  };
});

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

export default async function monthTotals(): Promise<BenchRow[]> {
  const plainSum = medianMs(() => entries.reduce((sum, e) => sum + (e.end ? Date.parse(e.end) - Date.parse(e.start) : 0), 0));
  const all = medianMs(() => {
    totalsByClient(entries, april, nowMs);
    totalsByDay(entries, { timeZone: cairo, nowMs, range: april });
    totalsByClientAndDay(entries, { timeZone: cairo, nowMs, range: april });
  });
  return [row('month-totals-20k-ms', all, 'ms', plainSum, 'totalsByClient + totalsByDay + totalsByClientAndDay, Africa/Cairo; baseline = plain Date.parse sum of durations')];
}
