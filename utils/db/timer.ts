import type { Platform, TimeEntry } from '../model';
import { toInstant } from '../time/instant';
import {
  resolveIdle,
  startTimer,
  stopTimer,
  type IdleChoice,
  type RunningTimer,
  type StopOutcome,
  type TimerState,
} from '../time/timer';
import type { IdleState } from './schema';
import type { Database } from './open';
import { entriesOverlapping } from './records';
import { writeRecord } from './outbox';

/**
 * Timer transitions as IndexedDB transactions. The running timer (meta) and its entry always change in one
 * readwrite transaction, and every transition reads the current state inside that same transaction: the
 * browser serialises such transactions, so two quick "start" requests can never open two timers, and a worker
 * killed mid-write leaves the old state or the new one, never half of each. The entry exists from the first
 * moment with `end: null`; stopping writes its end. Time is never counted in memory.
 */

export interface StartRequest {
  clientId: string;
  platform: Platform | null;
  source: TimeEntry['source'];
  atMs: number;
  newId: string;
}

const timerTransaction = (db: Database) => db.transaction(['entries', 'meta', 'clients', 'outbox'], 'readwrite');
type TimerTx = ReturnType<typeof timerTransaction>;
type ReadScope = Database | TimerTx;

const metaGet = (scope: ReadScope, key: 'timer' | 'idle') =>
  'objectStore' in scope ? scope.objectStore('meta').get(key) : scope.get('meta', key);
const entryGet = (scope: ReadScope, id: string) =>
  'objectStore' in scope ? scope.objectStore('entries').get(id) : scope.get('entries', id);

/** The running timer, or null. A timer whose entry is gone (deleted, restored over) counts as stopped. */
export async function currentTimer(scope: ReadScope): Promise<TimerState> {
  const row = await metaGet(scope, 'timer');
  const timer = row?.key === 'timer' ? row.timer : null;
  if (!timer) return null;
  const entry = await entryGet(scope, timer.entryId);
  return entry && entry.end === null && entry.deletedAt === null ? timer : null;
}

export async function readIdle(scope: ReadScope): Promise<IdleState | null> {
  const row = await metaGet(scope, 'idle');
  return row?.key === 'idle' ? row.idle : null;
}

async function applyStop(tx: TimerTx, outcome: StopOutcome | null, nowMs: number): Promise<TimeEntry | null> {
  if (!outcome) return null;
  const entries = tx.objectStore('entries');
  const entry = await entries.get(outcome.entryId);
  if (!entry || entry.end !== null) return null;
  const stamp = toInstant(nowMs);
  const closed: TimeEntry =
    'discard' in outcome
      ? { ...entry, deletedAt: stamp, updatedAt: stamp }
      : { ...entry, end: outcome.end, updatedAt: stamp };
  await writeRecord(tx, 'entries', closed, entry);
  return closed;
}

async function openEntry(tx: TimerTx, timer: RunningTimer, source: TimeEntry['source'], nowMs: number): Promise<void> {
  const stamp = toInstant(nowMs);
  // A team client's time is the team's: the entry is shared from its first moment (running, end null).
  const teamId = (await tx.objectStore('clients').get(timer.clientId))?.teamId ?? null;
  await writeRecord(tx, 'entries', {
    id: timer.entryId,
    clientId: timer.clientId,
    start: timer.startedAt,
    end: null,
    source,
    platform: timer.platform,
    note: '',
    userId: null,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    teamId,
    revision: 0,
    createdBy: null,
  });
}

async function writeState(tx: TimerTx, timer: TimerState, idle: IdleState | null): Promise<void> {
  const meta = tx.objectStore('meta');
  await Promise.all([meta.put({ key: 'timer', timer }), meta.put({ key: 'idle', idle })]);
}

/** Starts a timer for the client; a running timer for another client is stopped at the same instant. */
export async function startOrSwitch(db: Database, request: StartRequest): Promise<RunningTimer> {
  const tx = timerTransaction(db);
  const running = await currentTimer(tx);
  if (running?.clientId === request.clientId) {
    await tx.done;
    return running;
  }
  await applyStop(tx, stopTimer(running, request.atMs), request.atMs);
  const next = startTimer(request.clientId, request.platform, request.atMs, request.newId);
  await openEntry(tx, next, request.source, request.atMs);
  await writeState(tx, next, null);
  await tx.done;
  return next;
}

export async function stop(db: Database, atMs: number): Promise<TimeEntry | null> {
  const tx = timerTransaction(db);
  const closed = await applyStop(tx, stopTimer(await currentTimer(tx), atMs), atMs);
  await writeState(tx, null, null);
  await tx.done;
  return closed;
}

/** Remembers when the user went idle, only while a timer runs and only the first time. */
export async function markIdle(db: Database, idleSinceMs: number): Promise<void> {
  const tx = timerTransaction(db);
  const running = await currentTimer(tx);
  if (running && !(await readIdle(tx))) {
    await tx.objectStore('meta').put({ key: 'idle', idle: { idleSinceMs, returnedAtMs: null } });
  }
  await tx.done;
}

/** The user is back: the idle stretch now waits for their answer, which is returned (null if none). */
export async function markReturned(db: Database, returnedAtMs: number): Promise<IdleState | null> {
  const tx = timerTransaction(db);
  const idle = await readIdle(tx);
  const running = await currentTimer(tx);
  let waiting: IdleState | null = null;
  if (idle && running) {
    waiting = idle.returnedAtMs === null ? { ...idle, returnedAtMs } : idle;
    await tx.objectStore('meta').put({ key: 'idle', idle: waiting });
  } else if (idle) {
    await tx.objectStore('meta').put({ key: 'idle', idle: null });
  }
  await tx.done;
  return waiting;
}

/** The idle question waiting for an answer, if any. */
export async function pendingIdle(db: Database): Promise<IdleState | null> {
  const tx = timerTransaction(db);
  const [idle, running] = [await readIdle(tx), await currentTimer(tx)];
  await tx.done;
  return idle && idle.returnedAtMs !== null && running ? idle : null;
}

/** Applies the user's answer to the idle question: keep, discard, or discard and stop. */
export async function answerIdle(db: Database, choice: IdleChoice, newId: string, nowMs: number): Promise<TimerState> {
  const tx = timerTransaction(db);
  const running = await currentTimer(tx);
  const idle = await readIdle(tx);
  if (!running || !idle) {
    await writeState(tx, running, null);
    await tx.done;
    return running;
  }
  const resolution = resolveIdle(
    running,
    { idleSinceMs: idle.idleSinceMs, returnedAtMs: idle.returnedAtMs ?? nowMs },
    choice,
  );
  let next: TimerState = running;
  if (resolution.discardEntry) {
    await applyStop(tx, { entryId: running.entryId, discard: true }, nowMs);
    next = null;
  } else if (resolution.closeEntryAt !== undefined) {
    await applyStop(tx, stopTimer(running, resolution.closeEntryAt), nowMs);
    next = null;
  }
  if (resolution.newEntryStartAt !== undefined && !resolution.stop) {
    const source = (await tx.objectStore('entries').get(running.entryId))?.source ?? 'timer';
    next = startTimer(running.clientId, running.platform, resolution.newEntryStartAt, newId);
    await openEntry(tx, next, source, nowMs);
  }
  if (resolution.stop) next = null;
  await writeState(tx, next, null);
  await tx.done;
  return next;
}

/** Entries overlapping [from, to), including a timer that has been running for longer than a day. */
export async function entriesInRange(db: Database, fromIso: string, toIso: string): Promise<TimeEntry[]> {
  const [entries, running] = await Promise.all([entriesOverlapping(db, fromIso, toIso), currentTimer(db)]);
  if (running && running.startedAt < toIso && !entries.some((entry) => entry.id === running.entryId)) {
    const entry = await db.get('entries', running.entryId);
    if (entry) entries.push(entry);
  }
  return entries;
}
