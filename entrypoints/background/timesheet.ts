// Everything the popup's first screen needs in one answer, computed where the data is: the month's totals per
// client and per day (a few dozen numbers) instead of the month's entries (thousands on a busy team).
import type { Database } from '@/utils/db/open';
import { listRecords } from '@/utils/db/records';
import { entriesInRange } from '@/utils/db/timer';
import type { Timesheet } from '@/utils/messages';
import { popupRanges, summarizeMonth } from '@/utils/reports/month-summary';
import { settingsItem, timesheetCacheItem } from '@/utils/storage-items';
import { toInstant } from '@/utils/time/instant';
import { dayKey, dayRange, resolveTimeZone } from '@/utils/time/zone';
import { currentUserId } from './sync';

export async function timesheet(db: Database, nowMs = Date.now()): Promise<Timesheet> {
  const timeZone = resolveTimeZone((await settingsItem.getValue()).timeZone);
  const ranges = popupRanges(nowMs, timeZone);
  const fromMs = Math.min(ranges.month.startMs, ranges.weekBeforeMonth?.startMs ?? ranges.month.startMs);
  const [clients, contracts, entries] = await Promise.all([
    listRecords(db, 'clients'),
    listRecords(db, 'contracts'),
    entriesInRange(db, toInstant(fromMs), toInstant(ranges.month.endMs)),
  ]);
  const active = clients.filter((c) => !c.archived);
  const summary = summarizeMonth({
    entries,
    contracts,
    clientIds: active.filter((c) => contracts.some((k) => k.clientId === c.id)).map((c) => c.id),
    timeZone,
    nowMs,
  });
  const day = dayRange(ranges.today, timeZone);
  // The month counts the whole team's time against each contract; today's list is the user's own entries.
  const me = await currentUserId();
  const today = entries
    .filter((e) => e.userId === null || e.userId === me)
    .filter((e) => Date.parse(e.start) < day.endMs && (e.end === null || Date.parse(e.end) > day.startMs))
    .sort((a, b) => a.start.localeCompare(b.start));
  return { timeZone, clients: active, summary, today };
}

let pendingCache: ReturnType<typeof setTimeout> | undefined;
/** True from a change until the cache is rewritten (and after every worker start: the cache may predate it). */
let cacheStale = true;

/** Recomputes the popup's cached timesheet soon (writes often come in bursts: one computation per burst). */
export function scheduleTimesheetCache(db: () => Promise<Database>): void {
  cacheStale = true;
  clearTimeout(pendingCache);
  pendingCache = setTimeout(async () => {
    const nowMs = Date.now();
    const sheet = await timesheet(await db(), nowMs);
    await timesheetCacheItem.setValue({ computedAtMs: nowMs, timeZone: sheet.timeZone, sheet });
    cacheStale = false;
  }, 250);
}

/**
 * The timesheet for a view: the cached one when nothing changed since it was computed, it is about the same
 * day and zone, and it is under a minute old (a running timer moves the totals; its minute tick refreshes the
 * cache). Every popup open asks, and recomputing the month each time would keep the worker busy while the popup
 * draws its first frame.
 */
export async function currentTimesheet(db: Database, nowMs: number): Promise<Timesheet> {
  const cache = cacheStale ? null : await timesheetCacheItem.getValue();
  if (cache && nowMs - cache.computedAtMs >= 0 && nowMs - cache.computedAtMs < 60_000) {
    const timeZone = resolveTimeZone((await settingsItem.getValue()).timeZone);
    if (cache.timeZone === timeZone && dayKey(cache.computedAtMs, timeZone) === dayKey(nowMs, timeZone))
      return cache.sheet;
  }
  return timesheet(db, nowMs);
}
