/**
 * Stored instants are canonical UTC ISO strings (`2024-04-25T22:00:00.000Z`, see `utils/model/record.ts`),
 * validated by the zod schema when they enter the extension. Reading them is the hot path of every total
 * (two per entry), so the canonical shape is read digit by digit and turned into a day count with plain
 * Gregorian arithmetic — UTC has no zone rules to apply — which is about four times faster than `Date.parse`
 * in V8. Any other shape goes through `Date.parse`.
 */

const digit = (text: string, index: number) => text.charCodeAt(index) - 48;
const two = (text: string, index: number) => digit(text, index) * 10 + digit(text, index + 1);

/** Days from 1970-01-01 to a Gregorian date, counting years from March so that a leap day ends its year. */
function daysSinceEpoch(year: number, month: number, date: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfMarchYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfMarchYear;
  return era * 146_097 + dayOfEra - 719_468; // 719,468 days from 0000-03-01 to 1970-01-01
}

/** Epoch milliseconds of an ISO instant string; `NaN` when `Date.parse` cannot read it. */
export function instantMs(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(10) !== 84 /* T */ || iso.charCodeAt(23) !== 90 /* Z */) {
    return Date.parse(iso);
  }
  const days = daysSinceEpoch(two(iso, 0) * 100 + two(iso, 2), two(iso, 5), two(iso, 8));
  const msOfDay =
    two(iso, 11) * 3_600_000 + two(iso, 14) * 60_000 + two(iso, 17) * 1000 + digit(iso, 20) * 100 + two(iso, 21);
  return days * 86_400_000 + msOfDay;
}

/** The canonical stored form of an instant. */
export function toInstant(ms: number): string {
  return new Date(ms).toISOString();
}
