/**
 * Working days and the contract that applies to a day. Everything here is in calendar days (`'YYYY-MM-DD'`):
 * a contract runs from `startsOn` to `endsOn` inclusive (`endsOn: null` = open-ended), and its `workingDays`
 * are JS weekday numbers (0 = Sunday).
 */
import type { Contract } from '../model/contract';
import { eachDay, monthDays, weekdayOf } from './calendar';

/** The fields of a contract the time maths reads. */
export type ContractTerms = Pick<
  Contract,
  'startsOn' | 'endsOn' | 'workingDays' | 'monthlyHours' | 'minDailyHours' | 'deletedAt'
>;

export function isWorkingDay(day: string, workingDays: readonly number[]): boolean {
  return workingDays.includes(weekdayOf(day));
}

/** Working days from `fromDay` to `toDay`, both included; 0 when `toDay` is before `fromDay`. */
export function workingDaysInRange(fromDay: string, toDay: string, workingDays: readonly number[]): number {
  return eachDay(fromDay, toDay).filter((day) => isWorkingDay(day, workingDays)).length;
}

/**
 * The contract in force on a day, among one client's contracts: the live one whose `[startsOn, endsOn]` covers
 * the day. Successive contracts should not overlap; if they do, the one that started last wins (a renegotiated
 * contract replaces the old one from its first day). `null` when none covers the day.
 */
export function contractInForce<C extends ContractTerms>(contracts: readonly C[], day: string): C | null {
  let inForce: C | null = null;
  for (const contract of contracts) {
    const covers = contract.startsOn <= day && (contract.endsOn === null || day <= contract.endsOn);
    if (contract.deletedAt === null && covers && (inForce === null || contract.startsOn > inForce.startsOn)) {
      inForce = contract;
    }
  }
  return inForce;
}

export type MonthTargets = {
  /**
   * The month's hours target. A contract covering only part of the month (it starts or ends mid-month)
   * contributes its `monthlyHours` in proportion to its working days: a 160-hour contract in force for 11 of
   * the month's 22 working days contributes 80.
   */
  monthlyHours: number;
  /** The minimum of the contract in force on the reference day (today, kept inside the month); null if none. */
  dailyMinimumHours: number | null;
  /** Days of the month that are working days of the contract in force on them. */
  workingDaysInMonth: number;
  /** The same, up to and including today (all of them for a past month, none for a future one). */
  workingDaysSoFar: number;
  /** The sum of the daily minimum over `workingDaysSoFar` (minDailyHours × workingDaysSoFar under one contract). */
  expectedSoFarHours: number;
};

/**
 * One client's targets for a month (`'YYYY-MM'`), seen on `todayKey`. Each day is judged by the contract in
 * force on it, so a contract change mid-month applies from its first day. `null` when no contract is in force
 * on any day of the month.
 */
export function monthTargets(
  contracts: readonly ContractTerms[],
  month: string,
  todayKey: string,
): MonthTargets | null {
  const { firstDay, lastDay } = monthDays(month);
  const coveredWorkingDays = new Map<ContractTerms, number>();
  let workingDaysInMonth = 0;
  let workingDaysSoFar = 0;
  let expectedSoFarHours = 0;
  let anyContract = false;

  for (const day of eachDay(firstDay, lastDay)) {
    const contract = contractInForce(contracts, day);
    if (contract === null) continue;
    anyContract = true;
    if (!isWorkingDay(day, contract.workingDays)) continue;
    coveredWorkingDays.set(contract, (coveredWorkingDays.get(contract) ?? 0) + 1);
    workingDaysInMonth++;
    if (day <= todayKey) {
      workingDaysSoFar++;
      expectedSoFarHours += contract.minDailyHours;
    }
  }
  if (!anyContract) return null;

  let monthlyHours = 0;
  for (const [contract, covered] of coveredWorkingDays) {
    monthlyHours += (contract.monthlyHours * covered) / workingDaysInRange(firstDay, lastDay, contract.workingDays);
  }
  const referenceDay = todayKey < firstDay ? firstDay : todayKey > lastDay ? lastDay : todayKey;
  const dailyMinimumHours = contractInForce(contracts, referenceDay)?.minDailyHours ?? null;

  return { monthlyHours, dailyMinimumHours, workingDaysInMonth, workingDaysSoFar, expectedSoFarHours };
}
