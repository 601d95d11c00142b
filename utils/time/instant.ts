/**
 * Stored instants are canonical UTC ISO strings (`2024-04-25T22:00:00.000Z`, see `utils/model/record.ts`).
 * Reading them is the hot path of every total, so the canonical shape is read digit by digit (about twice as
 * fast as `Date.parse` in V8); any other shape goes through `Date.parse`.
 */

const digit = (text: string, index: number) => text.charCodeAt(index) - 48;
const two = (text: string, index: number) => digit(text, index) * 10 + digit(text, index + 1);

/** Epoch milliseconds of an ISO instant string; `NaN` when it is not one. */
export function instantMs(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(23) !== 90 /* Z */ || iso.charCodeAt(10) !== 84 /* T */) {
    return Date.parse(iso);
  }
  const ms = Date.UTC(
    two(iso, 0) * 100 + two(iso, 2),
    two(iso, 5) - 1,
    two(iso, 8),
    two(iso, 11),
    two(iso, 14),
    two(iso, 17),
    digit(iso, 20) * 100 + two(iso, 21),
  );
  return ms;
}

/** The canonical stored form of an instant. */
export function toInstant(ms: number): string {
  return new Date(ms).toISOString();
}
