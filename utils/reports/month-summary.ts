/**
 * What the popup shows per client for today, this week and this month: tracked time against the contract.
 * Pure: entries, contracts, the zone and "now" come in; nothing is read from the clock or storage.
 *
 * Week and month paces compare with the daily minimum summed over the working days so far (today included),
 * so "behind" on a Monday morning means "today's minimum is not met yet", as users read it.
 */
import type { Contract } from '../model/contract';
import { hourMs } from '../time/format';
import { totalsByClientInRanges, totalsByDay, type DayTotal, type TrackedEntry } from '../time/split';
import { contractInForce, isWorkingDay, monthTargets, type MonthTargets } from '../time/working-days';
import { dayKey, dayRange, monthRange, weekRange } from '../time/zone';
import { expectedMinimumHours } from './expected-hours';

export interface ClientPace {
  clientId: string;
  todayMs: number;
  /** Today's contracted minimum, or null when today is a day off or no contract is in force. */
  todayMinimumHours: number | null;
  weekMs: number;
  /** The minimum summed over this week's working days up to today; null without a contract this week. */
  weekExpectedHours: number | null;
  monthMs: number;
  targets: MonthTargets | null;
  /** Hours ahead (positive) or behind (negative) the month's expected-so-far; null without a contract. */
  monthDeltaHours: number | null;
}

export interface MonthSummary {
  month: string;
  today: string;
  clients: ClientPace[];
  /** Every day of the month, all clients together, for the chart. */
  days: DayTotal[];
}

export interface MonthSummaryInput {
  /** Entries overlapping the month (and the part of this week before it, when the week started last month). */
  entries: readonly TrackedEntry[];
  contracts: readonly Pick<
    Contract,
    'clientId' | 'startsOn' | 'endsOn' | 'workingDays' | 'monthlyHours' | 'minDailyHours' | 'deletedAt'
  >[];
  /** Clients to list even without tracked time (e.g. every active client); clients with time are always listed. */
  clientIds: readonly string[];
  timeZone: string;
  nowMs: number;
  weekStartsOn?: number;
}

export function summarizeMonth(input: MonthSummaryInput): MonthSummary {
  const { entries, timeZone, nowMs } = input;
  const today = dayKey(nowMs, timeZone);
  const month = today.slice(0, 7);
  const monthSpan = monthRange(month, timeZone);
  const weekSpan = weekRange(nowMs, timeZone, input.weekStartsOn ?? 0);
  const weekFirstDay = dayKey(weekSpan.startMs, timeZone);

  const [byMonth, byWeek, byToday] = totalsByClientInRanges(
    entries,
    [monthSpan, weekSpan, dayRange(today, timeZone)],
    nowMs,
  ) as [Record<string, number>, Record<string, number>, Record<string, number>];

  const contractsOf = new Map<string, MonthSummaryInput['contracts'][number][]>();
  for (const contract of input.contracts) {
    if (contract.deletedAt !== null) continue;
    contractsOf.set(contract.clientId, [...(contractsOf.get(contract.clientId) ?? []), contract]);
  }

  const ids = [...new Set([...input.clientIds, ...Object.keys(byMonth), ...Object.keys(byWeek)])];
  const clients = ids.map((clientId): ClientPace => {
    const contracts = contractsOf.get(clientId) ?? [];
    const targets = monthTargets(contracts, month, today);
    const todayContract = contractInForce(contracts, today);
    const monthMs = byMonth[clientId] ?? 0;
    return {
      clientId,
      todayMs: byToday[clientId] ?? 0,
      todayMinimumHours:
        todayContract && isWorkingDay(today, todayContract.workingDays) ? todayContract.minDailyHours : null,
      weekMs: byWeek[clientId] ?? 0,
      weekExpectedHours: expectedMinimumHours(contracts, weekFirstDay, today),
      monthMs,
      targets,
      monthDeltaHours: targets ? monthMs / hourMs - targets.expectedSoFarHours : null,
    };
  });

  return { month, today, clients, days: totalsByDay(entries, { timeZone, nowMs, range: monthSpan }) };
}

/**
 * The instants the popup asks the background for: the month, and separately the days of this week that fall
 * in the previous month (none most of the time), so the first render only ever waits for the month.
 */
export function popupRanges(nowMs: number, timeZone: string, weekStartsOn = 0) {
  const today = dayKey(nowMs, timeZone);
  const month = monthRange(today.slice(0, 7), timeZone);
  const week = weekRange(nowMs, timeZone, weekStartsOn);
  const weekBeforeMonth = week.startMs < month.startMs ? { startMs: week.startMs, endMs: month.startMs } : null;
  return { today, month, weekBeforeMonth };
}
