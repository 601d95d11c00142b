/**
 * Contracted minimum hours over a span of days: each day counts the `minDailyHours` of the contract in force on
 * it when that day is one of its working days. The popup's week pace uses it; `monthTargets` already gives
 * the month's.
 */
import { eachDay } from '../time/calendar';
import { contractInForce, isWorkingDay, type ContractTerms } from '../time/working-days';

export function expectedMinimumHours(
  contracts: readonly ContractTerms[],
  fromDay: string,
  toDay: string,
): number | null {
  let any = false;
  let hours = 0;
  for (const day of eachDay(fromDay, toDay)) {
    const contract = contractInForce(contracts, day);
    if (contract === null) continue;
    any = true;
    if (isWorkingDay(day, contract.workingDays)) hours += contract.minDailyHours;
  }
  return any ? hours : null;
}
