// Between what a person types (a local day and HH:MM times) and stored instants, in a given time zone.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { toInstant } from './instant';
import { wallClockToMs } from './zone';

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Instants for `from`–`to` on `day` in `timeZone`; null when a time is malformed. The end is not moved to the next day. */
export function localSpanToInstants(day: string, from: string, to: string, timeZone: string): { start: string; end: string } | null {
  const a = timePattern.exec(from);
  const b = timePattern.exec(to);
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return {
    start: toInstant(wallClockToMs(day, Number(a[1]), Number(a[2]), timeZone)),
    end: toInstant(wallClockToMs(day, Number(b[1]), Number(b[2]), timeZone)),
  };
}

/** The local day and HH:MM of an instant in `timeZone`. */
export function instantToLocal(iso: string, timeZone: string): { day: string; time: string } {
  const when = new Date(iso);
  const inZone = { in: tz(timeZone) };
  return { day: format(when, 'yyyy-MM-dd', inZone), time: format(when, 'HH:mm', inZone) };
}
