import { describe, expect, it } from 'vitest';
import type { FollowerSnapshot, PostLabel, SocialAccount } from '@/utils/model';
import { daysAgainstMinimum, followerPoints, labelMonths, shiftMonth, weekTotals } from '@/utils/reports/month-shape';
import { monthRange } from '@/utils/time/zone';
import { makeContract, testId } from '../../support/records';

const acme = '00000000-0000-4000-8000-00000000aaaa';
const hourMs = 3_600_000;
const base = (createdAt: string) => ({
  id: testId(),
  createdAt,
  updatedAt: createdAt,
  deletedAt: null as string | null,
  teamId: null,
  revision: 0,
  createdBy: null,
});
const label = (name: string, createdAt: string, clientId = acme): PostLabel => ({
  ...base(createdAt),
  clientId,
  platform: 'x',
  postUrl: 'https://x.com/acme/status/1',
  excerpt: '',
  label: name,
  note: '',
});

describe('days against the daily minimum', () => {
  // October 2026: Thursday 1st … Saturday 31st. Sunday–Thursday working days.
  const contracts = [
    makeContract(acme, { minDailyHours: 4, endsOn: '2026-10-15' }),
    makeContract(acme, { startsOn: '2026-10-16', minDailyHours: 2, workingDays: [1, 2, 3] }),
  ];
  const days = ['2026-10-01', '2026-10-02', '2026-10-15', '2026-10-16', '2026-10-19'].map((day) => ({
    day,
    ms: hourMs,
  }));

  it('gives each day the minimum of the contract in force on it, 0 on its days off', () => {
    expect(daysAgainstMinimum(days, contracts).map((d) => d.minimumHours)).toEqual([4, 0, 4, 0, 2]);
  });

  it('has no minimum on a day no contract covers', () => {
    expect(daysAgainstMinimum([{ day: '2025-12-31', ms: 0 }], contracts)[0]!.minimumHours).toBeNull();
  });
});

describe('weeks of the month', () => {
  it('start on Sunday and are cut at the month edges, summing hours and minimums', () => {
    const day = (d: number, hours: number, minimumHours: number | null) => ({
      day: `2026-10-${String(d).padStart(2, '0')}`,
      ms: hours * hourMs,
      minimumHours,
    });
    // Thu 1, Fri 2, Sat 3 | Sun 4, Mon 5 … Sat 10 | Sun 11
    const days = [
      day(1, 1, 4),
      day(2, 0, 0),
      day(3, 2, 0),
      day(4, 3, 4),
      day(5, 0, 4),
      ...[6, 7, 8, 9, 10].map((d) => day(d, 0, null)),
      day(11, 5, 4),
    ];
    expect(weekTotals(days)).toEqual([
      { firstDay: '2026-10-01', lastDay: '2026-10-03', ms: 3 * hourMs, minimumHours: 4 },
      { firstDay: '2026-10-04', lastDay: '2026-10-10', ms: 3 * hourMs, minimumHours: 8 },
      { firstDay: '2026-10-11', lastDay: '2026-10-11', ms: 5 * hourMs, minimumHours: 4 },
    ]);
  });

  it('have no minimum when no day of the week has one', () => {
    expect(weekTotals([{ day: '2026-10-04', ms: 0, minimumHours: null }])[0]!.minimumHours).toBeNull();
  });
});

describe('labels over six months', () => {
  it('counts the client’s live labels per month in the time zone, oldest month first', () => {
    const deleted = { ...label('praise', '2026-10-05T10:00:00Z'), deletedAt: '2026-10-06T00:00:00Z' };
    const months = labelMonths(
      [
        label('praise', '2026-10-05T10:00:00Z'),
        label('complaint', '2026-10-06T10:00:00Z'),
        label('praise', '2026-10-07T10:00:00Z'),
        deleted,
        label('praise', '2026-10-08T10:00:00Z', '00000000-0000-4000-8000-00000000bbbb'),
        // 30 Sep 22:30 UTC is already 1 October in Cairo (UTC+3).
        label('complaint', '2026-09-30T22:30:00Z'),
        label('complaint', '2026-05-10T10:00:00Z'),
        // April is seven months back: outside.
        label('complaint', '2026-04-10T10:00:00Z'),
      ],
      acme,
      '2026-10',
      'Africa/Cairo',
    );
    expect(months.map((m) => m.month)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(months.at(-1)!.counts).toEqual([
      { label: 'complaint', count: 2 },
      { label: 'praise', count: 2 },
    ]);
    expect(months[0]!.counts).toEqual([{ label: 'complaint', count: 1 }]);
    expect(months.slice(1, 5).every((m) => m.counts.length === 0)).toBe(true);
  });

  it('steps back across a year', () => {
    expect(shiftMonth('2026-02', -5)).toBe('2025-09');
  });
});

describe('follower counts through the month', () => {
  const account: SocialAccount = {
    ...base('2026-01-01T00:00:00Z'),
    platform: 'x',
    key: 'acme',
    handle: 'acme',
    displayName: 'Acme',
    clientId: acme,
  };
  const snap = (count: number, takenAt: string, accountId = account.id): FollowerSnapshot => ({
    ...base(takenAt),
    accountId,
    count,
    takenAt,
  });
  const october = monthRange('2026-10', 'UTC');

  it('starts from the last count before the month, placed at the month start, then every count inside it', () => {
    const points = followerPoints(
      account,
      [
        snap(1200, '2026-11-02T00:00:00Z'),
        snap(950, '2026-10-20T00:00:00Z'),
        snap(800, '2026-09-01T00:00:00Z'),
        snap(900, '2026-09-25T00:00:00Z'),
        snap(5, '2026-10-10T00:00:00Z', testId()),
      ],
      october,
    );
    expect(points).toEqual([
      { atMs: october.startMs, count: 900 },
      { atMs: Date.parse('2026-10-20T00:00:00Z'), count: 950 },
    ]);
  });

  it('starts inside the month when nothing was counted before it', () => {
    expect(followerPoints(account, [snap(10, '2026-10-03T00:00:00Z')], october)).toEqual([
      { atMs: Date.parse('2026-10-03T00:00:00Z'), count: 10 },
    ]);
  });
});
