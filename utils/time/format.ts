/** Durations as text: the toolbar badge and the hours shown in the timesheet and reports. */

/** Milliseconds in an hour: durations are kept in ms, contracts and charts speak in hours. */
export const hourMs = 3_600_000;

/**
 * Elapsed time as `h:mm` for the badge, counting whole minutes only (a timer shows `0:00` for its first
 * minute) and never wrapping at 24 hours: `0:05`, `12:30`, `100:00`. Negative durations show as `0:00`.
 */
export function formatElapsed(ms: number): string {
  const totalMinutes = Math.floor(Math.max(0, ms) / 60_000);
  const minutes = totalMinutes % 60;
  return `${(totalMinutes - minutes) / 60}:${String(minutes).padStart(2, '0')}`;
}

const hourFormats = new Map<string, Intl.NumberFormat>();

/**
 * A duration as decimal hours (at most two decimals) in the locale's own digits and separators: 90 minutes is
 * `1.5` in `en`, `١٫٥` in `ar-EG`. Bare `ar` follows the platform's CLDR data, which switched its default from
 * Arabic-Indic to Latin digits in CLDR 46 (2024); pass `ar-u-nu-arab` to insist on Arabic-Indic digits.
 */
export function formatHours(ms: number, locale: string): string {
  let format = hourFormats.get(locale);
  if (!format) hourFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return format.format(ms / hourMs);
}
