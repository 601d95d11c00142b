/**
 * The daily reminder: at the user's `reminderTime`, name the clients whose tracked time today is still under
 * their contract's daily minimum.
 */
import { addDays } from './calendar';
import { hourMs } from './format';
import { totalsByClient, type TrackedEntry } from './split';
import { contractInForce, isWorkingDay, type ContractTerms } from './working-days';
import { dayKey, dayRange, wallClockToMs } from './zone';

export type ClientShortfall = { clientId: string; trackedMs: number; minimumMs: number };

/**
 * Clients under today's minimum, largest shortfall first. "Today" is the local day of `nowMs` in `timeZone`.
 * A client is listed only when a contract is in force today, today is one of its working days, its minimum is
 * above zero and the time tracked today (a running entry counting up to now) is below it.
 */
export function clientsUnderDailyMinimum(input: {
  contracts: readonly (ContractTerms & { clientId: string })[];
  entries: readonly TrackedEntry[];
  timeZone: string;
  nowMs: number;
}): ClientShortfall[] {
  const today = dayKey(input.nowMs, input.timeZone);
  const tracked = totalsByClient(input.entries, dayRange(today, input.timeZone), input.nowMs);
  const clientIds = new Set(input.contracts.map((contract) => contract.clientId));
  const shortfalls: ClientShortfall[] = [];
  for (const clientId of clientIds) {
    const contract = contractInForce(
      input.contracts.filter((c) => c.clientId === clientId),
      today,
    );
    if (contract === null || !isWorkingDay(today, contract.workingDays)) continue;
    const minimumMs = contract.minDailyHours * hourMs;
    const trackedMs = tracked[clientId] ?? 0;
    if (trackedMs < minimumMs) shortfalls.push({ clientId, trackedMs, minimumMs });
  }
  return shortfalls.sort(
    (a, b) => b.minimumMs - b.trackedMs - (a.minimumMs - a.trackedMs) || a.clientId.localeCompare(b.clientId),
  );
}

const reminderTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * When the daily reminder next fires: today's `reminderTime` (`'HH:MM'`, local to `timeZone`) if it is still
 * strictly ahead of `nowMs`, otherwise tomorrow's. On DST change days the wall-clock time is resolved as in
 * `wallClockToMs`: a skipped time fires after the gap, a repeated one fires once, at its first occurrence.
 * Throws `RangeError` on a malformed time.
 */
export function nextReminderAt(reminderTime: string, timeZone: string, nowMs: number): number {
  const match = reminderTimePattern.exec(reminderTime);
  if (!match) throw new RangeError(`Not a reminder time (HH:MM): ${reminderTime}`);
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  const today = dayKey(nowMs, timeZone);
  const todayAt = wallClockToMs(today, hours, minutes, timeZone);
  return todayAt > nowMs ? todayAt : wallClockToMs(addDays(today, 1), hours, minutes, timeZone);
}
