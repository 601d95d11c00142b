/**
 * The rules a time entry must pass before it is saved (a manual entry, an edit, a stopped timer):
 *
 * 1. `endBeforeStart` — the end is after the start (equal is not allowed either).
 * 2. `tooLong` — it lasts at most 24 hours; longer is a forgotten timer, not work.
 * 3. `inFuture` — neither start nor end is later than now, with 60 s of grace for clock skew between devices.
 * 4. `overlap` — it shares no time with another live entry of the same user, whatever the client: nobody works
 *    for two clients at once. Touching is fine (one ends at 10:00, the next starts at 10:00). A running entry
 *    (`end: null`) extends to infinity, so it overlaps everything after its start. Deleted entries and the
 *    entry being edited (same `id`) are ignored. The conflict reported is the earliest-starting one.
 *
 * The candidate itself may be running (`end: null`, starting a timer at a past time): rules 1 and 2 then do not
 * apply.
 */
import type { TimeEntry } from '../model/time-entry';
import { hourMs } from './format';
import { instantMs } from './instant';

export type EntryCandidate = Pick<TimeEntry, 'start' | 'end'> & { id?: string };
export type OtherEntry = Pick<TimeEntry, 'id' | 'start' | 'end' | 'deletedAt'>;

export type EntryProblem =
  { code: 'endBeforeStart' | 'tooLong' | 'inFuture' } | { code: 'overlap'; conflictingId: string };

export const maxEntryMs = 24 * hourMs;
export const clockSkewMs = 60_000;

export function validateEntry(
  candidate: EntryCandidate,
  otherEntriesOfSameUser: readonly OtherEntry[],
  nowMs: number,
): EntryProblem | null {
  const startMs = instantMs(candidate.start);
  const endMs = candidate.end === null ? Infinity : instantMs(candidate.end);
  if (candidate.end !== null) {
    if (!(endMs > startMs)) return { code: 'endBeforeStart' };
    if (endMs - startMs > maxEntryMs) return { code: 'tooLong' };
  }
  const latestMs = candidate.end === null ? startMs : endMs;
  if (latestMs > nowMs + clockSkewMs) return { code: 'inFuture' };

  let conflict: { id: string; startMs: number } | null = null;
  for (const other of otherEntriesOfSameUser) {
    if (other.deletedAt !== null || other.id === candidate.id) continue;
    const otherStartMs = instantMs(other.start);
    const otherEndMs = other.end === null ? Infinity : instantMs(other.end);
    const overlaps = startMs < otherEndMs && otherStartMs < endMs;
    if (overlaps && (conflict === null || otherStartMs < conflict.startMs)) {
      conflict = { id: other.id, startMs: otherStartMs };
    }
  }
  return conflict === null ? null : { code: 'overlap', conflictingId: conflict.id };
}
