/**
 * Instants ↔ calendar days in an IANA time zone. All zone rules come from the platform's tz database through
 * `@date-fns/tz`; nothing here adds or subtracts offsets by hand.
 *
 * Ranges are half-open `[startMs, endMs)`. A local day is not always 24 hours: in Africa/Cairo 26 Apr 2024
 * begins at 01:00 (midnight was skipped) and lasts 23 hours; 31 Oct 2024 lasts 25 hours.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, parseDayKey, toDayKey, weekdayOf, monthDays } from './calendar';

/** A half-open span of time `[startMs, endMs)` in epoch milliseconds. */
export type Interval = { startMs: number; endMs: number };

/** True when the platform knows the IANA zone name (case-insensitively, like Intl). */
export function isValidTimeZone(name: string): boolean {
  if (name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone to compute totals in, from the `timeZone` setting: empty means the browser's own zone. A name the
 * platform does not know (synced from a browser with a newer tz database, or hand-edited storage) also falls
 * back to the browser's zone rather than throwing: totals must still render. The options form should reject
 * such names up front with `isValidTimeZone`. The result is the canonical spelling (`africa/cairo` →
 * `Africa/Cairo`).
 */
export function resolveTimeZone(setting: string): string {
  const name = isValidTimeZone(setting) ? setting : undefined;
  return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone ?? 'UTC';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The local calendar day (`'YYYY-MM-DD'`) an instant falls on in `timeZone`. */
export function dayKey(instantMs: number, timeZone: string): string {
  const local = new TZDate(instantMs, timeZone);
  return toDayKey(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The local month (`'YYYY-MM'`) an instant falls in. */
export function monthKey(instantMs: number, timeZone: string): string {
  const local = new TZDate(instantMs, timeZone);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}`;
}

/**
 * Day starts already looked up, by zone and day: every total cuts its range at local midnights, and a report
 * page asks for the same month's days once per client. A zone's rules do not change while the page runs.
 */
const dayStarts = new Map<string, number>();
const dayStartsKept = 20_000;

/** The first instant of a local day (after the gap when midnight itself was skipped by DST). */
export function dayStartMs(day: string, timeZone: string): number {
  const key = `${timeZone} ${day}`;
  const known = dayStarts.get(key);
  if (known !== undefined) return known;
  const { year, month, date } = parseDayKey(day);
  const startMs = +new TZDate(year, month - 1, date, timeZone);
  if (dayStarts.size >= dayStartsKept) dayStarts.clear();
  dayStarts.set(key, startMs);
  return startMs;
}

/** The instants of one local day: 24 hours usually, 23 or 25 on DST change days. */
export function dayRange(day: string, timeZone: string): Interval {
  return { startMs: dayStartMs(day, timeZone), endMs: dayStartMs(addDays(day, 1), timeZone) };
}

/** The instants of a local days span, `fromDay` and `toDay` both included. */
export function daysRange(fromDay: string, toDay: string, timeZone: string): Interval {
  return { startMs: dayStartMs(fromDay, timeZone), endMs: dayStartMs(addDays(toDay, 1), timeZone) };
}

/** The instants of a local month (`'YYYY-MM'`). */
export function monthRange(month: string, timeZone: string): Interval {
  const { firstDay, lastDay } = monthDays(month);
  return daysRange(firstDay, lastDay, timeZone);
}

/**
 * The local week containing an instant. `weekStartsOn` is a JS weekday (0 = Sunday, the usual first day for
 * our Arabic-speaking users; 6 = Saturday; 1 = Monday).
 */
export function weekRange(instantMs: number, timeZone: string, weekStartsOn = 0): Interval {
  const day = dayKey(instantMs, timeZone);
  const firstDay = addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
  return daysRange(firstDay, addDays(firstDay, 6), timeZone);
}

/**
 * The instant a local wall-clock time happens on a given day, resolved the way Temporal's `'compatible'`
 * option does: a time skipped by a DST gap moves forward by the gap (02:30 on New York's spring-forward day is
 * 03:30), and a time that happens twice (Cairo 23:30 on 31 Oct 2024) is its first occurrence.
 */
export function wallClockToMs(day: string, hours: number, minutes: number, timeZone: string): number {
  const { year, month, date } = parseDayKey(day);
  const instant = +new TZDate(year, month - 1, date, hours, minutes, timeZone);
  // TZDate resolves some repeated times to the second occurrence; look one DST shift (60 or 30 min) back.
  for (const shiftMs of [3_600_000, 1_800_000]) {
    const earlier = new TZDate(instant - shiftMs, timeZone);
    const sameWallClock =
      earlier.getFullYear() === year &&
      earlier.getMonth() === month - 1 &&
      earlier.getDate() === date &&
      earlier.getHours() === hours &&
      earlier.getMinutes() === minutes;
    if (sameWallClock) return instant - shiftMs;
  }
  return instant;
}
