// Cairo in April 2024 is EET (UTC+2) until Fri 26 Apr, then EEST (UTC+3). Working week Sunday–Thursday.
import { describe, expect, it } from 'vitest';
import { clientsUnderDailyMinimum, nextReminderAt, type ContractTerms } from '../../../utils/time';
import { at, entry, hours, minutes } from './helpers';

const cairo = 'Africa/Cairo';

function contract(clientId: string, minDailyHours: number, terms: Partial<ContractTerms> = {}) {
  return {
    clientId,
    startsOn: '2024-01-01',
    endsOn: null,
    workingDays: [0, 1, 2, 3, 4],
    monthlyHours: minDailyHours * 22,
    minDailyHours,
    deletedAt: null,
    ...terms,
  };
}

describe('clientsUnderDailyMinimum', () => {
  const wednesday16h = at('2024-04-10T14:00:00Z'); // Wed 10 Apr, 16:00 EET

  it('lists clients under their minimum today, counting a running entry up to now, largest shortfall first', () => {
    const result = clientsUnderDailyMinimum({
      contracts: [contract('met', 2), contract('short', 4), contract('untouched', 2)],
      entries: [
        entry('met', '2024-04-10T06:00:00Z', '2024-04-10T08:00:00Z'), // 2 h today
        entry('short', '2024-04-09T21:00:00Z', '2024-04-09T23:00:00Z'), // 9 Apr 23:00 → 10 Apr 01:00: 1 h today
        entry('short', '2024-04-10T13:30:00Z', null), // running since 15:30: 30 min
        entry('short', '2024-04-09T08:00:00Z', '2024-04-09T13:00:00Z'), // yesterday: not today
      ],
      timeZone: cairo,
      nowMs: wednesday16h,
    });
    expect(result).toEqual([
      { clientId: 'short', trackedMs: minutes(90), minimumMs: hours(4) }, // 2.5 h short
      { clientId: 'untouched', trackedMs: 0, minimumMs: hours(2) }, // 2 h short
    ]);
  });

  it('lists nobody on a day off (Friday)', () => {
    const friday16h = at('2024-04-12T14:00:00Z');
    expect(
      clientsUnderDailyMinimum({ contracts: [contract('a', 4)], entries: [], timeZone: cairo, nowMs: friday16h }),
    ).toEqual([]);
  });

  it('follows each contract’s own week', () => {
    const friday16h = at('2024-04-12T14:00:00Z');
    const result = clientsUnderDailyMinimum({
      contracts: [contract('fridays', 1, { workingDays: [1, 2, 3, 4, 5] })],
      entries: [],
      timeZone: cairo,
      nowMs: friday16h,
    });
    expect(result).toEqual([{ clientId: 'fridays', trackedMs: 0, minimumMs: hours(1) }]);
  });

  it('lists nobody without a contract in force, with a deleted contract or with a zero minimum', () => {
    const result = clientsUnderDailyMinimum({
      contracts: [
        contract('ended', 4, { endsOn: '2024-03-31' }),
        contract('future', 4, { startsOn: '2024-05-01' }),
        contract('deleted', 4, { deletedAt: '2024-04-01T00:00:00.000Z' }),
        contract('no-minimum', 0),
      ],
      entries: [],
      timeZone: cairo,
      nowMs: wednesday16h,
    });
    expect(result).toEqual([]);
  });

  it('judges "today" in the user’s zone: 00:30 Thursday in Cairo is still Wednesday in UTC', () => {
    const result = clientsUnderDailyMinimum({
      contracts: [contract('a', 4)],
      entries: [entry('a', '2024-04-10T08:00:00Z', '2024-04-10T12:00:00Z')], // 4 h on Wednesday
      timeZone: cairo,
      nowMs: at('2024-04-10T22:30:00Z'),
    });
    expect(result).toEqual([{ clientId: 'a', trackedMs: 0, minimumMs: hours(4) }]);
  });
});

describe('nextReminderAt', () => {
  it('is today when the time is still ahead', () => {
    expect(nextReminderAt('16:00', cairo, at('2024-04-10T10:00:00Z'))).toBe(at('2024-04-10T14:00:00Z'));
  });

  it('is tomorrow once the time has passed, or at the very instant it fires', () => {
    expect(nextReminderAt('16:00', cairo, at('2024-04-10T15:00:00Z'))).toBe(at('2024-04-11T14:00:00Z'));
    expect(nextReminderAt('16:00', cairo, at('2024-04-10T14:00:00Z'))).toBe(at('2024-04-11T14:00:00Z'));
  });

  it('comes 23 hours later across Cairo spring-forward and 25 hours later across fall-back', () => {
    // Thu 25 Apr 17:00 EET → Fri 26 Apr 16:00 EEST
    expect(nextReminderAt('16:00', cairo, at('2024-04-25T15:00:00Z'))).toBe(at('2024-04-26T13:00:00Z'));
    // Thu 31 Oct 17:00 EEST → Fri 1 Nov 16:00 EET
    expect(nextReminderAt('16:00', cairo, at('2024-10-31T14:00:00Z'))).toBe(at('2024-11-01T14:00:00Z'));
    // 2025: Thu 24 Apr 17:00 EET → Fri 25 Apr 16:00 EEST; Thu 30 Oct 17:00 EEST → Fri 31 Oct 16:00 EET
    expect(nextReminderAt('16:00', cairo, at('2025-04-24T15:00:00Z'))).toBe(at('2025-04-25T13:00:00Z'));
    expect(nextReminderAt('16:00', cairo, at('2025-10-30T14:00:00Z'))).toBe(at('2025-10-31T14:00:00Z'));
  });

  it('fires after the gap when the time is skipped (New York 02:30 on 10 Mar 2024)', () => {
    expect(nextReminderAt('02:30', 'America/New_York', at('2024-03-09T12:00:00Z'))).toBe(at('2024-03-10T07:30:00Z')); // 03:30 EDT
  });

  it('fires once, at the first occurrence, when the time happens twice (New York 01:30 on 3 Nov 2024)', () => {
    expect(nextReminderAt('01:30', 'America/New_York', at('2024-11-03T00:00:00Z'))).toBe(at('2024-11-03T05:30:00Z')); // EDT
    // after the first 01:30 the next reminder is the next day's, not the repeated 01:30 EST
    expect(nextReminderAt('01:30', 'America/New_York', at('2024-11-03T05:45:00Z'))).toBe(at('2024-11-04T06:30:00Z'));
  });

  it('rejects malformed times', () => {
    expect(() => nextReminderAt('24:00', cairo, 0)).toThrow(RangeError);
    expect(() => nextReminderAt('7:00', cairo, 0)).toThrow(RangeError);
  });
});
