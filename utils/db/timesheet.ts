/**
 * The popup's first screen from the local store: the month's totals per client and per day (a few dozen
 * numbers) and today's own entries, read in one read-only transaction. Only the month is read, through the
 * entries' `by-start` index, so five years of history cost what one month does.
 *
 * The popup calls this itself rather than asking the background: a stopped service worker takes longer to
 * wake (parse and start) than the popup's whole goal for its first frame. Reading needs no owner; every write
 * still goes through the background.
 */
import type { Client, Contract, TimeEntry } from '../model';
import { popupRanges, summarizeMonth, type MonthSummary } from '../reports/month-summary';
import { maxEntryMs } from '../time/validate-entry';
import { dayRange } from '../time/zone';
import type { Database } from './open';

export interface Timesheet {
  timeZone: string;
  /** Active (not archived) clients. */
  clients: Client[];
  summary: MonthSummary;
  /** The user's own entries overlapping today, oldest first. */
  today: TimeEntry[];
}

export interface TimesheetRequest {
  timeZone: string;
  /** The signed-in user's id (null when not signed in): today's list shows only their entries. */
  me: string | null;
  nowMs: number;
}

export async function readTimesheet(db: Database, { timeZone, me, nowMs }: TimesheetRequest): Promise<Timesheet> {
  const ranges = popupRanges(nowMs, timeZone);
  const fromMs = Math.min(ranges.month.startMs, ranges.weekBeforeMonth?.startMs ?? ranges.month.startMs);
  const fromIso = new Date(fromMs).toISOString();
  const toIso = new Date(ranges.month.endMs).toISOString();
  const tx = db.transaction(['clients', 'contracts', 'entries', 'meta'], 'readonly');
  // An entry lasts at most maxEntryMs, so anything overlapping the month started at most that long before it.
  const [clients, contracts, started, timerRow] = await Promise.all([
    tx.objectStore('clients').getAll(),
    tx.objectStore('contracts').getAll(),
    tx
      .objectStore('entries')
      .index('by-start')
      .getAll(IDBKeyRange.bound(new Date(fromMs - maxEntryMs).toISOString(), toIso, false, true)),
    tx.objectStore('meta').get('timer'),
  ]);
  const entries = started.filter((e) => e.deletedAt === null && (e.end === null || e.end > fromIso));
  // A running timer may have started before the margin (it has no end yet): count it too.
  const timer = timerRow?.key === 'timer' ? timerRow.timer : null;
  if (timer && timer.startedAt < toIso && !entries.some((e) => e.id === timer.entryId)) {
    const running = await tx.objectStore('entries').get(timer.entryId);
    if (running && running.end === null && running.deletedAt === null) entries.push(running);
  }
  await tx.done;

  const active = clients.filter((c) => c.deletedAt === null && !c.archived);
  const live: Contract[] = contracts.filter((k) => k.deletedAt === null);
  const withContract = new Set(live.map((k) => k.clientId));
  const summary = summarizeMonth({
    entries,
    contracts: live,
    clientIds: active.filter((c) => withContract.has(c.id)).map((c) => c.id),
    timeZone,
    nowMs,
  });
  const day = dayRange(ranges.today, timeZone);
  // The month counts the whole team's time against each contract; today's list is the user's own entries.
  const today = entries
    .filter((e) => e.userId === null || e.userId === me)
    .filter((e) => Date.parse(e.start) < day.endMs && (e.end === null || Date.parse(e.end) > day.startMs))
    .sort((a, b) => a.start.localeCompare(b.start));
  return { timeZone, clients: active, summary, today };
}
