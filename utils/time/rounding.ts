/**
 * Rounding of durations for reports only (the `rounding` setting); stored entries and on-screen totals keep the
 * exact time. Rounding is applied to whatever value the report passes in — each entry, or each day's total —
 * and that choice belongs to the report.
 */
import type { Settings } from '../model/settings';

export type Rounding = Settings['rounding'];

/**
 * Rounds a duration to a multiple of `minutes`: `'up'` to the next multiple (billing style: 1 second over
 * 15 minutes is 30 minutes), `'nearest'` to the closest one with halves going up. `minutes: 0` leaves it as is.
 */
export function roundDuration(ms: number, rounding: Rounding): number {
  if (rounding.minutes === 0) return ms;
  const stepMs = rounding.minutes * 60_000;
  const steps = rounding.mode === 'up' ? Math.ceil(ms / stepMs) : Math.round(ms / stepMs);
  return steps * stepMs;
}
