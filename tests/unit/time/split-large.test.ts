// 20,000 entries (a busy team's month): the totals agree with each other. Their speed is measured in
// tests/bench/month-totals.bench.ts, never asserted here.
import { describe, expect, it } from 'vitest';
import { totalsByClient, totalsByDay } from '../../../utils/time';
import { busyMonth } from '../../support/busy-month';

const { timeZone: cairo, month: april, entries, nowMs } = busyMonth();

describe('totals over 20,000 entries', () => {
  it('account for every tracked millisecond inside the month', () => {
    const dayTotal = totalsByDay(entries, { timeZone: cairo, nowMs, range: april }).reduce(
      (sum, day) => sum + day.ms,
      0,
    );
    const clientTotal = Object.values(totalsByClient(entries, april, nowMs)).reduce((sum, ms) => sum + ms, 0);
    expect(dayTotal).toBe(clientTotal);
  });
});
