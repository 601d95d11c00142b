/**
 * The single running timer, as pure state transitions. The state is timestamps only — never a counter — so a
 * restarted service worker or another device derives the same elapsed time from `startedAt`. While the timer
 * runs, its entry is stored with `end: null`; these functions say what to write, the background writes it.
 *
 * - start: a new entry begins at the given instant.
 * - stop: the entry ends at the given instant. If that is not after its start (a stop in the same millisecond,
 *   or a clock that went backwards) nothing was tracked and the entry is to be discarded, not saved empty.
 * - switch: the running entry ends and the new client's entry starts at the same instant, so the two touch
 *   without overlapping. Switching to the client already running changes nothing.
 * - idle: when the user comes back after being idle from `idleSinceMs` to `returnedAtMs`, they choose
 *   - `keep`: the idle time was work (a call, a meeting); nothing changes.
 *   - `discard`: the entry is cut at `idleSinceMs` and a new entry for the same client starts at
 *     `returnedAtMs`; the idle stretch is left untracked and the timer keeps running.
 *   - `discardAndStop`: the entry is cut at `idleSinceMs` and the timer stops.
 *   Idle that began before the entry started makes the whole entry idle: it is discarded (`discardEntry`).
 */
import type { Platform } from '../model/record';
import { instantMs, toInstant } from './instant';

export type TimerState = {
  entryId: string;
  clientId: string;
  /** Canonical UTC ISO instant, the running entry's `start`. */
  startedAt: string;
  platform: Platform | null;
} | null;

export type RunningTimer = NonNullable<TimerState>;

/** What to do with the entry of a timer that stops. */
export type StopOutcome = { entryId: string; end: string } | { entryId: string; discard: true };

export function startTimer(clientId: string, platform: Platform | null, atMs: number, newId: string): RunningTimer {
  return { entryId: newId, clientId, startedAt: toInstant(atMs), platform };
}

/** Milliseconds the timer has been running at `nowMs`; 0 when stopped (or when the clock reads before the start). */
export function elapsedMs(state: TimerState, nowMs: number): number {
  return state === null ? 0 : Math.max(0, nowMs - instantMs(state.startedAt));
}

/** Ends the running entry at `atMs`; `null` when no timer runs. */
export function stopTimer(state: TimerState, atMs: number): StopOutcome | null {
  if (state === null) return null;
  if (atMs <= instantMs(state.startedAt)) return { entryId: state.entryId, discard: true };
  return { entryId: state.entryId, end: toInstant(atMs) };
}

/** Stops the running entry (if any) and starts one for `newClientId` at the same instant. */
export function switchTimer(
  state: TimerState,
  newClientId: string,
  atMs: number,
  newId: string,
  platform: Platform | null,
): { stopped: StopOutcome | null; next: RunningTimer } {
  if (state !== null && state.clientId === newClientId) return { stopped: null, next: state };
  return { stopped: stopTimer(state, atMs), next: startTimer(newClientId, platform, atMs, newId) };
}

export type IdleChoice = 'keep' | 'discard' | 'discardAndStop';

export type IdleResolution = {
  /** End the running entry at this instant. */
  closeEntryAt?: number;
  /** The running entry was idle from its start: delete it instead of closing it. */
  discardEntry?: true;
  /** Start a new entry for the same client at this instant (the timer goes on with it). */
  newEntryStartAt?: number;
  /** The timer is stopped afterwards. */
  stop: boolean;
};

export function resolveIdle(
  state: TimerState,
  idle: { idleSinceMs: number; returnedAtMs: number },
  choice: IdleChoice,
): IdleResolution {
  if (state === null || choice === 'keep') return { stop: false };
  const cut: IdleResolution =
    idle.idleSinceMs > instantMs(state.startedAt)
      ? { closeEntryAt: idle.idleSinceMs, stop: false }
      : { discardEntry: true, stop: false };
  if (choice === 'discardAndStop') return { ...cut, stop: true };
  return { ...cut, newEntryStartAt: Math.max(idle.returnedAtMs, idle.idleSinceMs) };
}
