/**
 * One client's monthly report: hours against the contract and by member, per day and per week, labels by type
 * (this month and the months before), follower change and the templates meant for the client. Pure; the
 * options page gathers the records.
 *
 * Hours are rounded per entry (the `rounding` setting), after clipping each entry to the month, the same rows
 * the CSV export writes, so the printed total equals the CSV's Duration sum, and members' rounded hours sum to
 * the rounded total.
 */
import type { Contract, FollowerSnapshot, PostLabel, SocialAccount, Template, TimeEntry } from '../model';
import { addDays, monthDays } from '../time/calendar';
import { instantMs } from '../time/instant';
import { roundDuration, type Rounding } from '../time/rounding';
import { totalsByDay } from '../time/split';
import { contractInForce, monthTargets, type MonthTargets } from '../time/working-days';
import { dayKey, monthRange, type Interval } from '../time/zone';
import { memberKey } from './members';
import {
  daysAgainstMinimum,
  followerPoints,
  labelMonths,
  weekTotals,
  type FollowerPoint,
  type LabelMonth,
  type ReportDay,
  type ReportWeek,
} from './month-shape';

export interface FollowerChange {
  account: SocialAccount;
  /** The last count before the month (or the first in it) and the last count in the month. */
  from: number;
  to: number;
  change: number;
  /** The counts through the month for the chart (month-shape.ts `followerPoints`). */
  points: FollowerPoint[];
}

export interface MemberHours {
  /** null: the user's own time (see `memberKey`); otherwise a teammate's user id. */
  userId: string | null;
  exactMs: number;
  roundedMs: number;
  entryCount: number;
}

export interface ClientMonthReport {
  clientId: string;
  month: string;
  /** The month's instants in the report's time zone, for charts placed in time (followers). */
  range: Interval;
  timeZone: string;
  exactMs: number;
  roundedMs: number;
  entryCount: number;
  /** The same totals split by whose time it is, most hours first; they add up to the totals above. */
  byMember: MemberHours[];
  /** Every day of the month with its daily minimum, oldest first. */
  days: ReportDay[];
  weeks: ReportWeek[];
  targets: MonthTargets | null;
  /** The contract in force at the end of the month (or its last covered day), for the printed terms. */
  contract: Contract | null;
  labels: { label: string; count: number }[];
  /** Labels by type for the six months ending with this one, oldest first (the last is `labels`). */
  labelMonths: LabelMonth[];
  followers: FollowerChange[];
  /** Templates for this client or for all clients, with their all-time use (per-month use is not recorded). */
  templates: { title: string; usageCount: number; forClient: boolean }[];
}

export interface ClientReportInput {
  clientId: string;
  month: string;
  timeZone: string;
  nowMs: number;
  rounding: Rounding;
  /** The signed-in user's id, so their synced entries count with the ones not synced yet; omitted: not signed in. */
  myUserId?: string | null;
  entries: readonly TimeEntry[];
  contracts: readonly Contract[];
  labels: readonly PostLabel[];
  accounts: readonly SocialAccount[];
  snapshots: readonly FollowerSnapshot[];
  templates: readonly Template[];
}

const live = <T extends { deletedAt: string | null }>(records: readonly T[]) =>
  records.filter((r) => r.deletedAt === null);
const inside = (iso: string, range: Interval) => {
  const ms = instantMs(iso);
  return ms >= range.startMs && ms < range.endMs;
};

function followerChanges(input: ClientReportInput, range: Interval): FollowerChange[] {
  const changes: FollowerChange[] = [];
  for (const account of live(input.accounts).filter((a) => a.clientId === input.clientId)) {
    const snapshots = live(input.snapshots)
      .filter((s) => s.accountId === account.id && instantMs(s.takenAt) < range.endMs)
      .sort((a, b) => a.takenAt.localeCompare(b.takenAt));
    const during = snapshots.filter((s) => inside(s.takenAt, range));
    if (during.length === 0) continue;
    const before = snapshots.filter((s) => instantMs(s.takenAt) < range.startMs).at(-1);
    const from = (before ?? during[0]!).count;
    const to = during.at(-1)!.count;
    changes.push({ account, from, to, change: to - from, points: followerPoints(account, input.snapshots, range) });
  }
  return changes;
}

/**
 * The report page builds one report per client from the same month's entries: they are grouped by client once
 * per list (the list is never changed in place: a new load is a new list), not scanned again for every client.
 */
const liveByClient = new WeakMap<readonly TimeEntry[], Map<string, TimeEntry[]>>();
function liveEntriesOf(entries: readonly TimeEntry[], clientId: string): readonly TimeEntry[] {
  let groups = liveByClient.get(entries);
  if (!groups) {
    groups = new Map();
    for (const entry of entries) {
      if (entry.deletedAt !== null) continue;
      const group = groups.get(entry.clientId);
      if (group) group.push(entry);
      else groups.set(entry.clientId, [entry]);
    }
    liveByClient.set(entries, groups);
  }
  return groups.get(clientId) ?? [];
}

export function clientMonthReport(input: ClientReportInput): ClientMonthReport {
  const range = monthRange(input.month, input.timeZone);
  const entries = liveEntriesOf(input.entries, input.clientId);
  let exactMs = 0;
  let roundedMs = 0;
  let entryCount = 0;
  const members = new Map<string | null, MemberHours>();
  for (const entry of entries) {
    const startMs = Math.max(instantMs(entry.start), range.startMs);
    const endMs = Math.min(entry.end === null ? input.nowMs : instantMs(entry.end), range.endMs);
    if (endMs <= startMs) continue;
    const rounded = roundDuration(endMs - startMs, input.rounding);
    exactMs += endMs - startMs;
    roundedMs += rounded;
    entryCount++;
    const userId = memberKey(entry.userId, input.myUserId ?? null);
    const member = members.get(userId) ?? { userId, exactMs: 0, roundedMs: 0, entryCount: 0 };
    member.exactMs += endMs - startMs;
    member.roundedMs += rounded;
    member.entryCount++;
    members.set(userId, member);
  }
  // Most hours first; ties put the user's own time first, then a stable order by id.
  const byMember = [...members.values()].sort(
    (a, b) =>
      b.exactMs - a.exactMs ||
      b.roundedMs - a.roundedMs ||
      Number(a.userId !== null) - Number(b.userId !== null) ||
      (a.userId ?? '').localeCompare(b.userId ?? ''),
  );

  const contracts = live(input.contracts).filter((c) => c.clientId === input.clientId);
  const { firstDay, lastDay } = monthDays(input.month);
  const today = dayKey(input.nowMs, input.timeZone);
  let contract: Contract | null = null;
  for (let day = lastDay; contract === null && day >= firstDay; day = addDays(day, -1))
    contract = contractInForce(contracts, day);

  const months = labelMonths(input.labels, input.clientId, input.month, input.timeZone);
  const days = daysAgainstMinimum(
    totalsByDay(entries, { timeZone: input.timeZone, nowMs: input.nowMs, range }),
    contracts,
  );

  return {
    clientId: input.clientId,
    month: input.month,
    range,
    timeZone: input.timeZone,
    exactMs,
    roundedMs,
    entryCount,
    byMember,
    days,
    weeks: weekTotals(days),
    targets: monthTargets(contracts, input.month, today),
    contract,
    labels: months.at(-1)!.counts,
    labelMonths: months,
    followers: followerChanges(input, range),
    templates: live(input.templates)
      .filter((t) => t.clientId === input.clientId || t.clientId === null)
      .map((t) => ({ title: t.title, usageCount: t.usageCount, forClient: t.clientId !== null }))
      .sort((a, b) => b.usageCount - a.usageCount),
  };
}
