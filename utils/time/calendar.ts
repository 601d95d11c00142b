/**
 * Calendar days as `'YYYY-MM-DD'` keys: dates with no time and no zone (a contract's first day, a row of the
 * timesheet). Arithmetic on them is done on UTC midnights, where every day has exactly 24 hours, so it never
 * meets a DST change; turning a day into instants in a zone is `zone.ts`'s job.
 */

const dayKeyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthKeyPattern = /^(\d{4})-(\d{2})$/;

/** Year, month (1–12) and day of month of a day key; throws `RangeError` on anything that is not a real date. */
export function parseDayKey(day: string): { year: number; month: number; date: number } {
  const match = dayKeyPattern.exec(day);
  if (match) {
    const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utc = new Date(Date.UTC(year, month - 1, date));
    if (utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date) {
      return { year, month, date };
    }
  }
  throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
}

/** Year and month (1–12) of a `'YYYY-MM'` key; throws `RangeError` otherwise. */
export function parseMonthKey(month: string): { year: number; month: number } {
  const match = monthKeyPattern.exec(month);
  const parsed = match ? { year: Number(match[1]), month: Number(match[2]) } : null;
  if (!parsed || parsed.month < 1 || parsed.month > 12) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return parsed;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The day key of a year, month (1–12) and date; out-of-range parts roll over like `Date.UTC` (Jan 32 = Feb 1). */
export function toDayKey(year: number, month: number, date: number): string {
  const utc = new Date(Date.UTC(year, month - 1, date));
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

export function addDays(day: string, days: number): string {
  const { year, month, date } = parseDayKey(day);
  return toDayKey(year, month, date + days);
}

/** JavaScript weekday number of a calendar day: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  const { year, month, date } = parseDayKey(day);
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay();
}

/** Every day from `fromDay` to `toDay`, both included; empty when `toDay` is before `fromDay`. */
export function eachDay(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let day = fromDay; day <= toDay; day = addDays(day, 1)) days.push(day);
  return days;
}

/** First and last day of a `'YYYY-MM'` month. */
export function monthDays(month: string): { firstDay: string; lastDay: string } {
  const { year, month: m } = parseMonthKey(month);
  return { firstDay: toDayKey(year, m, 1), lastDay: toDayKey(year, m + 1, 0) };
}
