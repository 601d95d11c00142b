import { describe, expect, it } from 'vitest';
import { popupRanges, summarizeMonth } from '../../../utils/reports/month-summary';
import { makeContract, makeEntry } from '../../support/records';

const cairo = 'Africa/Cairo';
const hours = (h: number) => h * 3_600_000;
const acme = '00000000-0000-4000-8000-00000000aaaa';
const nile = '00000000-0000-4000-8000-00000000bbbb';

describe('summarizeMonth (the popup numbers)', () => {
  // Tuesday 13 Oct 2026, 12:00 in Cairo (UTC+3 until the 29th).
  const nowMs = Date.parse('2026-10-13T09:00:00Z');
  const contracts = [makeContract(acme, { monthlyHours: 88, minDailyHours: 4 })];
  const entries = [
    makeEntry(acme, '2026-09-30T20:00:00Z', '2026-09-30T22:30:00Z'), // 23:00 → 01:30 across the month start: 1.5 h in October
    makeEntry(acme, '2026-10-11T06:00:00Z', '2026-10-11T09:00:00Z'), // Sunday: 3 h
    makeEntry(acme, '2026-10-13T06:00:00Z', '2026-10-13T07:00:00Z'), // today: 1 h
    makeEntry(nile, '2026-10-13T07:00:00Z', null), // running since 10:00: 2 h by noon
    makeEntry(nile, '2026-10-12T06:00:00Z', '2026-10-12T08:00:00Z', { deletedAt: '2026-10-12T09:00:00Z' }),
  ];
  const summary = summarizeMonth({ entries, contracts, clientIds: [acme, nile], timeZone: cairo, nowMs });
  const acmePace = summary.clients.find((c) => c.clientId === acme)!;
  const nilePace = summary.clients.find((c) => c.clientId === nile)!;

  it('totals today, this week (from Sunday) and this month per client', () => {
    expect(summary.month).toBe('2026-10');
    expect(summary.today).toBe('2026-10-13');
    expect(acmePace).toMatchObject({ todayMs: hours(1), weekMs: hours(4), monthMs: hours(5.5) });
    expect(nilePace).toMatchObject({ todayMs: hours(2), weekMs: hours(2), monthMs: hours(2) });
  });

  it('compares with the contract: daily minimum × working days so far, and the month target', () => {
    // Sun–Thu working days from 1 to 13 October: 1, 4, 5, 6, 7, 8, 11, 12, 13 = 9 days × 4 h.
    expect(acmePace.targets).toMatchObject({ monthlyHours: 88, workingDaysSoFar: 9, expectedSoFarHours: 36 });
    expect(acmePace.monthDeltaHours).toBe(5.5 - 36);
    expect(acmePace.todayMinimumHours).toBe(4);
    expect(acmePace.weekExpectedHours).toBe(12); // Sun 11, Mon 12, Tue 13
  });

  it('shows clients without a contract with tracked time but no targets', () => {
    expect(nilePace).toMatchObject({
      targets: null,
      monthDeltaHours: null,
      todayMinimumHours: null,
      weekExpectedHours: null,
    });
  });

  it('gives one chart bar per day of the month, deleted entries left out', () => {
    expect(summary.days).toHaveLength(31);
    expect(summary.days[0]).toEqual({ day: '2026-10-01', ms: hours(1.5) });
    expect(summary.days.find((d) => d.day === '2026-10-12')!.ms).toBe(0);
    expect(summary.days.find((d) => d.day === '2026-10-13')!.ms).toBe(hours(3));
  });

  it('has no minimum on a day off (Friday)', () => {
    const friday = summarizeMonth({
      entries,
      contracts,
      clientIds: [acme],
      timeZone: cairo,
      nowMs: Date.parse('2026-10-16T09:00:00Z'),
    });
    expect(friday.clients[0]!.todayMinimumHours).toBeNull();
  });
});

describe('popupRanges', () => {
  it('asks for the month only when the week starts inside it', () => {
    const ranges = popupRanges(Date.parse('2026-10-13T09:00:00Z'), cairo);
    expect(ranges.month).toEqual({
      startMs: Date.parse('2026-09-30T21:00:00Z'),
      endMs: Date.parse('2026-10-31T22:00:00Z'),
    });
    expect(ranges.weekBeforeMonth).toBeNull();
  });

  it('asks separately for the days of this week that belong to last month', () => {
    // Thursday 1 Oct 2026: the week began on Sunday 27 September.
    const ranges = popupRanges(Date.parse('2026-10-01T09:00:00Z'), cairo);
    expect(ranges.weekBeforeMonth).toEqual({
      startMs: Date.parse('2026-09-26T21:00:00Z'),
      endMs: Date.parse('2026-09-30T21:00:00Z'),
    });
  });
});
