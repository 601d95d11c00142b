// Between what a person types (a local day and HH:MM times) and stored instants, in a given time zone.
import { TZDate } from '@date-fns/tz';
import { addDays } from './calendar';
import { toInstant } from './instant';
import { dayKey, wallClockToMs } from './zone';

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * True when a span typed as `from`–`to` on one day ends on the next: night work, 22:00 to 01:00. An end equal
 * to the start is not a day-long entry but a mistake, left for the rules to refuse (end not after start).
 */
export function endsNextDay(from: string, to: string): boolean {
  return timePattern.test(from) && timePattern.test(to) && to < from;
}

/**
 * Instants for `from`–`to` starting on `day` in `timeZone`; null when a time is malformed. An end earlier than
 * the start is on the next day, read in that day's own offset (a summer-time change that night counts); the
 * 24-hour cap of every entry (validate-entry.ts) still applies.
 */
export function localSpanToInstants(
  day: string,
  from: string,
  to: string,
  timeZone: string,
): { start: string; end: string } | null {
  const a = timePattern.exec(from);
  const b = timePattern.exec(to);
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const endDay = endsNextDay(from, to) ? addDays(day, 1) : day;
  return {
    start: toInstant(wallClockToMs(day, Number(a[1]), Number(a[2]), timeZone)),
    end: toInstant(wallClockToMs(endDay, Number(b[1]), Number(b[2]), timeZone)),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The local day and HH:MM of an instant in `timeZone`, from the zone's own clock (TZDate's fields): date-fns's
 * `format` would put its whole token parser and English locale (about 50 KB) on the popup's start for two fields.
 */
export function instantToLocal(iso: string, timeZone: string): { day: string; time: string } {
  const instantMs = Date.parse(iso);
  const local = new TZDate(instantMs, timeZone);
  return { day: dayKey(instantMs, timeZone), time: `${pad(local.getHours())}:${pad(local.getMinutes())}` };
}
