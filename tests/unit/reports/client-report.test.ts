import { describe, expect, it } from 'vitest';
import { clientMonthReport } from '../../../utils/reports/client-report';
import type { FollowerSnapshot, PostLabel, SocialAccount, Template } from '../../../utils/model';
import type { Rounding } from '../../../utils/time/rounding';
import { makeContract, makeEntry, testId } from '../../support/records';

const acme = '00000000-0000-4000-8000-00000000aaaa';
const other = '00000000-0000-4000-8000-00000000bbbb';
const base = (createdAt = '2026-10-01T08:00:00.000Z') => ({
  id: testId(),
  createdAt,
  updatedAt: createdAt,
  deletedAt: null,
  teamId: null,
  revision: 0,
  createdBy: null,
});
const account: SocialAccount = {
  ...base(),
  platform: 'facebook',
  key: '123',
  handle: 'acme',
  displayName: 'Acme',
  clientId: acme,
};
const snapshot = (count: number, takenAt: string): FollowerSnapshot => ({
  ...base(takenAt),
  accountId: account.id,
  count,
  takenAt,
});
const label = (name: string, createdAt: string, clientId = acme): PostLabel => ({
  ...base(createdAt),
  clientId,
  platform: 'facebook',
  postUrl: 'https://www.facebook.com/acme/posts/1',
  excerpt: '',
  label: name,
  note: '',
});
const template = (title: string, clientId: string | null, usageCount: number): Template => ({
  ...base(),
  title,
  bodies: { ar: 'مرحبا', en: 'Hello' },
  clientId,
  platforms: ['facebook'],
  tags: [],
  usageCount,
});

/** Acme's October in Cairo, seen on 26 November: what every report here is about. */
const acmeOctober = {
  clientId: acme,
  month: '2026-10',
  timeZone: 'Africa/Cairo',
  nowMs: Date.parse('2026-11-26T00:00:00Z'),
};

const report = (rounding: Rounding = { minutes: 0, mode: 'nearest' }) =>
  clientMonthReport({
    ...acmeOctober,
    rounding,
    entries: [
      makeEntry(acme, '2026-09-30T20:00:00Z', '2026-09-30T22:30:00Z'), // 1.5 h in October
      makeEntry(acme, '2026-10-05T07:00:00Z', '2026-10-05T07:07:00Z'), // 7 min
      makeEntry(other, '2026-10-05T08:00:00Z', '2026-10-05T09:00:00Z'),
    ],
    contracts: [makeContract(acme, { monthlyHours: 80, minDailyHours: 4, endsOn: '2026-10-20' }), makeContract(other)],
    labels: [
      label('complaint', '2026-10-03T10:00:00Z'),
      label('praise', '2026-10-04T10:00:00Z'),
      label('complaint', '2026-10-09T10:00:00Z'),
      label('complaint', '2026-11-01T10:00:00Z'),
      label('lead', '2026-10-09T10:00:00Z', other),
    ],
    accounts: [account],
    snapshots: [
      snapshot(900, '2026-09-20T10:00:00Z'),
      snapshot(950, '2026-10-10T10:00:00Z'),
      snapshot(1000, '2026-10-30T10:00:00Z'),
      snapshot(1200, '2026-11-05T10:00:00Z'),
    ],
    templates: [template('Thanks', acme, 7), template('Hours', null, 12), template('Other', other, 99)],
  });

describe("a client's monthly report", () => {
  it('sums the entries clipped to the month, and rounds each one as the CSV does', () => {
    expect(report()).toMatchObject({ exactMs: 97 * 60_000, roundedMs: 97 * 60_000, entryCount: 2 });
    expect(report({ minutes: 15, mode: 'up' }).roundedMs).toBe((90 + 15) * 60_000);
  });

  describe('hours by member', () => {
    const me = '11111111-aaaa-4000-8000-000000000001';
    const karim = '22222222-bbbb-4000-8000-000000000002';
    const team = (rounding: Rounding, myUserId: string | null = me) =>
      clientMonthReport({
        ...acmeOctober,
        rounding,
        myUserId,
        entries: [
          makeEntry(acme, '2026-09-30T20:00:00Z', '2026-09-30T22:30:00Z'), // mine, not synced yet: 1.5 h in October
          makeEntry(acme, '2026-10-05T07:00:00Z', '2026-10-05T07:07:00Z', { userId: me }), // mine, synced: 7 min
          makeEntry(acme, '2026-10-06T07:00:00Z', '2026-10-06T09:01:00Z', { userId: karim }), // 2 h 1 min
          makeEntry(acme, '2026-10-07T07:00:00Z', '2026-10-07T07:20:00Z', { userId: karim }), // 20 min
          makeEntry(acme, '2026-10-08T07:00:00Z', '2026-10-08T07:10:00Z', {
            userId: karim,
            deletedAt: '2026-10-09T00:00:00Z',
          }),
          makeEntry(other, '2026-10-05T08:00:00Z', '2026-10-05T09:00:00Z', { userId: karim }),
        ],
        contracts: [],
        labels: [],
        accounts: [],
        snapshots: [],
        templates: [],
      });
    const minutes = (ms: number) => ms / 60_000;

    it("splits the client's month by member, the user's synced and unsynced time together, most hours first", () => {
      expect(
        team({ minutes: 0, mode: 'nearest' }).byMember.map((m) => [m.userId, minutes(m.exactMs), m.entryCount]),
      ).toEqual([
        [karim, 141, 2],
        [null, 97, 2],
      ]);
    });

    it.each([
      { minutes: 0, mode: 'nearest' },
      { minutes: 15, mode: 'up' },
      { minutes: 15, mode: 'nearest' },
      { minutes: 6, mode: 'up' },
    ] as const)('members add up to the totals, exact and rounded ($minutes min, $mode)', (rounding) => {
      const report = team(rounding);
      const sum = (key: 'exactMs' | 'roundedMs' | 'entryCount') =>
        report.byMember.reduce((total, m) => total + m[key], 0);
      expect([sum('exactMs'), sum('roundedMs'), sum('entryCount')]).toEqual([
        report.exactMs,
        report.roundedMs,
        report.entryCount,
      ]);
    });

    it("rounds each member's entries as the totals do (15 min up: 1 h 30 + 15 mine, 2 h 15 + 30 theirs)", () => {
      const report = team({ minutes: 15, mode: 'up' });
      expect(report.byMember.map((m) => [m.userId, minutes(m.roundedMs)])).toEqual([
        [karim, 165],
        [null, 105],
      ]);
      expect(minutes(report.roundedMs)).toBe(270);
    });

    it("without the signed-in user's id, synced own entries show under that id (nothing is merged by guess)", () => {
      expect(team({ minutes: 0, mode: 'nearest' }, null).byMember.map((m) => m.userId)).toEqual([karim, null, me]);
    });

    it('is one row for a month of only local time', () => {
      expect(report().byMember).toEqual([
        { userId: null, exactMs: 97 * 60_000, roundedMs: 97 * 60_000, entryCount: 2 },
      ]);
    });
  });

  it('shows the contract in force at the end of its coverage, with a prorated target', () => {
    const { contract, targets } = report();
    expect(contract?.monthlyHours).toBe(80);
    // 1–20 October: 14 of the month's 21 Sunday–Thursday working days.
    expect(targets?.monthlyHours).toBeCloseTo((80 * 14) / 21);
  });

  it('counts labels made in the month by type, most frequent first', () => {
    expect(report().labels).toEqual([
      { label: 'complaint', count: 2 },
      { label: 'praise', count: 1 },
    ]);
  });

  it('measures follower change from the last count before the month to the last one in it', () => {
    expect(report().followers.map(({ from, to, change }) => ({ from, to, change }))).toEqual([
      { from: 900, to: 1000, change: 100 },
    ]);
  });

  it("lists the client's own and shared templates with their recorded use", () => {
    expect(report().templates).toEqual([
      { title: 'Hours', usageCount: 12, forClient: false },
      { title: 'Thanks', usageCount: 7, forClient: true },
    ]);
  });
});
