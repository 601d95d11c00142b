// 20,000 entries (a busy team's month): the totals agree with each other. Their speed is measured in
// tests/bench/month-totals.bench.ts, never asserted here.
import { describe, expect, it } from 'vitest';
import { monthRange, totalsByClient, totalsByClientAndDay, totalsByDay, type TrackedEntry } from '../../../utils/time';

const cairo = 'Africa/Cairo';
const april = monthRange('2024-04', cairo);

/** 20,000 back-to-back 2-minute entries over 40 clients, spread from 29 Mar into May so some are clipped. */
const entries: TrackedEntry[] = Array.from({ length: 20_000 }, (_, index) => {
  const startMs = april.startMs - 2 * 86_400_000 + index * 150_000;
  return {
    clientId: `client-${index % 40}`,
    start: new Date(startMs).toISOString(),
    end: index === 19_999 ? null : new Date(startMs + 120_000).toISOString(),
    deletedAt: index % 97 === 0 ? new Date(startMs).toISOString() : null,
  };
});
const nowMs = april.endMs + 86_400_000;

describe('totals over 20,000 entries', () => {
  it('account for every tracked millisecond inside the month', () => {    const dayTotal = totalsByDay(entries, { timeZone: cairo, nowMs, range: april }).reduce((sum, day) => sum + day.ms, 0);
    const clientTotal = Object.values(totalsByClient(entries, april, nowMs)).reduce((sum, ms) => sum + ms, 0);
    expect(dayTotal).toBe(clientTotal);
  });
});
