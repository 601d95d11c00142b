/**
 * Tracked time cut into local days and summed per day and per client.
 *
 * Entries that are deleted (`deletedAt` set) are ignored; a running entry (`end: null`) counts up to `nowMs`.
 * Each call builds the day boundaries of its range once (one zone lookup per day, not per entry), then places
 * every entry by binary search and walks forward through the days it covers — 20,000 entries over a month take
 * a few milliseconds.
 */
import type { TimeEntry } from '../model/time-entry';
import { addDays, eachDay } from './calendar';
import { instantMs } from './instant';
import { dayKey, dayStartMs, type Interval } from './zone';

/** The fields of an entry the totals read. */
export type TrackedEntry = Pick<TimeEntry, 'clientId' | 'start' | 'end' | 'deletedAt'>;

/** Milliseconds tracked on one local day. */
export type DayTotal = { day: string; ms: number };

/** The local days touching a range, with `bounds[i]` the first instant of `days[i]` and one bound past the last. */
type DayGrid = { days: string[]; bounds: number[] };

function dayGrid(range: Interval, timeZone: string): DayGrid {
  if (range.endMs <= range.startMs) return { days: [], bounds: [] };
  const days = eachDay(dayKey(range.startMs, timeZone), dayKey(range.endMs - 1, timeZone));
  const bounds = days.map((day) => dayStartMs(day, timeZone));
  bounds.push(dayStartMs(addDays(days[days.length - 1]!, 1), timeZone));
  return { days, bounds };
}

/** Index of the day containing `ms` (the last bound at or before it); `ms` must lie inside the grid. */
function dayIndexOf(bounds: number[], ms: number): number {
  let low = 0;
  let high = bounds.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (bounds[middle]! <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Adds the part of `[startMs, endMs)` inside the grid to `totals`, day by day. */
function addAcrossDays(grid: DayGrid, startMs: number, endMs: number, totals: Float64Array): void {
  const { bounds } = grid;
  let from = Math.max(startMs, bounds[0]!);
  const to = Math.min(endMs, bounds[bounds.length - 1]!);
  if (to <= from) return;
  for (let index = dayIndexOf(bounds, from); from < to; index++) {
    const until = Math.min(to, bounds[index + 1]!);
    totals[index]! += until - from;
    from = until;
  }
}

/** Calls `visit` with the span of each live entry clipped to `range`, skipping empty spans. */
function forEachSpan(
  entries: readonly TrackedEntry[],
  range: Interval,
  nowMs: number,
  visit: (entry: TrackedEntry, startMs: number, endMs: number) => void,
): void {
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    const startMs = Math.max(instantMs(entry.start), range.startMs);
    const endMs = Math.min(entry.end === null ? nowMs : instantMs(entry.end), range.endMs);
    if (endMs > startMs) visit(entry, startMs, endMs);
  }
}

/** The smallest range holding every live entry (running ones up to now); `null` when there is none. */
function envelope(entries: readonly TrackedEntry[], nowMs: number): Interval | null {
  let startMs = Infinity;
  let endMs = -Infinity;
  forEachSpan(entries, { startMs: -Infinity, endMs: Infinity }, nowMs, (_, start, end) => {
    startMs = Math.min(startMs, start);
    endMs = Math.max(endMs, end);
  });
  return endMs > startMs ? { startMs, endMs } : null;
}

const toDayTotals = (grid: DayGrid, totals: Float64Array): DayTotal[] =>
  grid.days.map((day, index) => ({ day, ms: totals[index]! }));

/** How much of an interval falls on each local day it touches, cut at local midnights. */
export function splitByDay(interval: Interval, timeZone: string): DayTotal[] {
  const grid = dayGrid(interval, timeZone);
  const totals = new Float64Array(grid.days.length);
  addAcrossDays(grid, interval.startMs, interval.endMs, totals);
  return toDayTotals(grid, totals).filter((total) => total.ms > 0);
}

export type DayTotalsOptions = {
  timeZone: string;
  nowMs: number;
  /** Only time inside this range counts. Without it, the range is every day that has tracked time. */
  range?: Interval;
};

/** Tracked time per local day: one row for every day the range touches, oldest first, zero days included. */
export function totalsByDay(entries: readonly TrackedEntry[], options: DayTotalsOptions): DayTotal[] {
  const range = options.range ?? envelope(entries, options.nowMs);
  if (range === null) return [];
  const grid = dayGrid(range, options.timeZone);
  const totals = new Float64Array(grid.days.length);
  forEachSpan(entries, range, options.nowMs, (_, startMs, endMs) => addAcrossDays(grid, startMs, endMs, totals));
  return toDayTotals(grid, totals);
}

/** Tracked time per client inside a range, keyed by client id; clients with no time are absent. */
export function totalsByClient(
  entries: readonly TrackedEntry[],
  range: Interval,
  nowMs: number,
): Record<string, number> {
  const totals: Record<string, number> = {};
  forEachSpan(entries, range, nowMs, (entry, startMs, endMs) => {
    totals[entry.clientId] = (totals[entry.clientId] ?? 0) + endMs - startMs;
  });
  return totals;
}

/**
 * `totalsByClient` for several ranges at once, reading each entry once (the popup's today, week and month): the
 * i-th result is what `totalsByClient(entries, ranges[i], nowMs)` gives.
 */
export function totalsByClientInRanges(
  entries: readonly TrackedEntry[],
  ranges: readonly Interval[],
  nowMs: number,
): Record<string, number>[] {
  const totals = ranges.map((): Record<string, number> => ({}));
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    const entryStartMs = instantMs(entry.start);
    const entryEndMs = entry.end === null ? nowMs : instantMs(entry.end);
    for (let i = 0; i < ranges.length; i++) {
      const range = ranges[i]!;
      const startMs = Math.max(entryStartMs, range.startMs);
      const endMs = Math.min(entryEndMs, range.endMs);
      if (endMs > startMs) totals[i]![entry.clientId] = (totals[i]![entry.clientId] ?? 0) + endMs - startMs;
    }
  }
  return totals;
}
