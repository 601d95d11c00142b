/**
 * The shape of a client's month for the report's charts, pure: each day against its daily minimum, the weeks,
 * labels by type over the last months, and each account's follower counts through the month.
 *
 * Days and weeks are calendar days in the report's time zone (utils/time); weeks start on Sunday like the
 * popup's "this week" (weekRange's default), cut at the month's edges so every week row sums days of this month.
 */
import type { Contract, FollowerSnapshot, PostLabel, SocialAccount } from '../model';
import { parseMonthKey, toDayKey, weekdayOf } from '../time/calendar';
import { instantMs } from '../time/instant';
import type { DayTotal } from '../time/split';
import { contractInForce, isWorkingDay } from '../time/working-days';
import { monthRange, type Interval } from '../time/zone';

export interface ReportDay extends DayTotal {
  /** The daily minimum of the contract in force that day: 0 on its days off; null when no contract covers it. */
  minimumHours: number | null;
}

export interface ReportWeek {
  /** The week's first and last days inside the month. */
  firstDay: string;
  lastDay: string;
  ms: number;
  /** The daily minimums of the week's days added up; null when no contract covers any of them. */
  minimumHours: number | null;
}

export interface LabelMonth {
  month: string;
  /** Labels of this client created in the month, by label, most first (ties by name). */
  counts: { label: string; count: number }[];
}

export interface FollowerPoint {
  atMs: number;
  count: number;
}

const live = <T extends { deletedAt: string | null }>(records: readonly T[]) =>
  records.filter((r) => r.deletedAt === null);

/** Each day with the daily minimum the client's contracts set for it. */
export function daysAgainstMinimum(days: readonly DayTotal[], contracts: readonly Contract[]): ReportDay[] {
  return days.map(({ day, ms }) => {
    const contract = contractInForce(contracts, day);
    const minimumHours =
      contract === null ? null : isWorkingDay(day, contract.workingDays) ? contract.minDailyHours : 0;
    return { day, ms, minimumHours };
  });
}

/** The month's days grouped into weeks starting on `weekStartsOn` (0 = Sunday), oldest first. */
export function weekTotals(days: readonly ReportDay[], weekStartsOn = 0): ReportWeek[] {
  const weeks: ReportWeek[] = [];
  for (const day of days) {
    const current = weeks.at(-1);
    if (current === undefined || weekdayOf(day.day) === weekStartsOn) {
      weeks.push({ firstDay: day.day, lastDay: day.day, ms: day.ms, minimumHours: day.minimumHours });
    } else {
      current.lastDay = day.day;
      current.ms += day.ms;
      if (day.minimumHours !== null) current.minimumHours = (current.minimumHours ?? 0) + day.minimumHours;
    }
  }
  return weeks;
}

/** `'YYYY-MM'` of the month `offset` months from `month` (negative: earlier). */
export function shiftMonth(month: string, offset: number): string {
  const { year, month: m } = parseMonthKey(month);
  return toDayKey(year, m + offset, 1).slice(0, 7);
}

/** The client's labels counted by type for each of the `count` months ending with `month`, oldest first. */
export function labelMonths(
  labels: readonly PostLabel[],
  clientId: string,
  month: string,
  timeZone: string,
  count = 6,
): LabelMonth[] {
  const months = Array.from({ length: count }, (_, index) => shiftMonth(month, index - count + 1));
  const ranges = months.map((m) => monthRange(m, timeZone));
  const tallies = months.map(() => new Map<string, number>());
  for (const label of live(labels)) {
    if (label.clientId !== clientId) continue;
    const ms = instantMs(label.createdAt);
    const index = ranges.findIndex((range) => ms >= range.startMs && ms < range.endMs);
    if (index >= 0) tallies[index]!.set(label.label, (tallies[index]!.get(label.label) ?? 0) + 1);
  }
  return months.map((m, index) => ({
    month: m,
    counts: [...tallies[index]!]
      .map(([label, n]) => ({ label, count: n }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  }));
}

/**
 * One account's follower counts through the month, oldest first: the last count taken before the month (shown
 * at the month's start, where it still held), then every count taken inside the month.
 */
export function followerPoints(
  account: SocialAccount,
  snapshots: readonly FollowerSnapshot[],
  range: Interval,
): FollowerPoint[] {
  const mine = live(snapshots)
    .filter((s) => s.accountId === account.id)
    .map((s) => ({ atMs: instantMs(s.takenAt), count: s.count }))
    .filter((p) => p.atMs < range.endMs)
    .sort((a, b) => a.atMs - b.atMs);
  const before = mine.filter((p) => p.atMs < range.startMs).at(-1);
  const during = mine.filter((p) => p.atMs >= range.startMs);
  return before ? [{ atMs: range.startMs, count: before.count }, ...during] : during;
}
