// month-totals-20k-ms: the month view's totals (per client, per day, per client and day) over 20,000 entries
// in Africa/Cairo, median of 21 runs. Baseline, same run: a plain sum of the same entries' durations with no
// zone or clipping work, the floor any total must pay to read every entry.
import { totalsByClient, totalsByClientAndDay, totalsByDay } from '@/utils/time';
import { busyMonth } from '../support/busy-month';
import { median, row, type BenchRow } from './row';

const { timeZone: cairo, month: april, entries, nowMs } = busyMonth();

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
  const plainSum = medianMs(() =>
    entries.reduce((sum, e) => sum + (e.end ? Date.parse(e.end) - Date.parse(e.start) : 0), 0),
  );
  const all = medianMs(() => {
    totalsByClient(entries, april, nowMs);
    totalsByDay(entries, { timeZone: cairo, nowMs, range: april });
    totalsByClientAndDay(entries, { timeZone: cairo, nowMs, range: april });
  });
  return [
    row(
      'month-totals-20k-ms',
      all,
      'ms',
      plainSum,
      'totalsByClient + totalsByDay + totalsByClientAndDay, Africa/Cairo; baseline = plain Date.parse sum of durations',
    ),
  ];
}
