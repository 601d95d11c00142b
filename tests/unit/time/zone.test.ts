// DST facts used here were checked against the platform's tz database (Intl, tz 2025c):
//   Africa/Cairo 2024: Fri 26 Apr 00:00 EET → 01:00 EEST (at 2024-04-25T22:00Z); Thu 31 Oct 24:00 EEST → 23:00 EET (at 21:00Z)
//   Africa/Cairo 2025: Fri 25 Apr 00:00 → 01:00 (2025-04-24T22:00Z);           Thu 30 Oct 24:00 → 23:00 (21:00Z)
//   America/New_York 2024: Sun 10 Mar 02:00 EST → 03:00 EDT (07:00Z);         Sun 3 Nov 02:00 EDT → 01:00 EST (06:00Z)
import { describe, expect, it } from 'vitest';
import {
  dayKey,
  dayRange,
  dayStartMs,
  isValidTimeZone,
  monthKey,
  monthRange,
  resolveTimeZone,
  wallClockToMs,
  weekRange,
} from '../../../utils/time';
import { at, hours } from './helpers';

const cairo = 'Africa/Cairo';
const newYork = 'America/New_York';

describe('dayKey and monthKey', () => {
  it('name the local day, which changes at local midnight, not at UTC midnight', () => {
    expect(dayKey(at('2024-01-14T21:59:59.999Z'), cairo)).toBe('2024-01-14'); // 23:59:59.999 EET
    expect(dayKey(at('2024-01-14T22:00:00Z'), cairo)).toBe('2024-01-15'); // 00:00 EET
    expect(dayKey(at('2024-01-01T03:00:00Z'), newYork)).toBe('2023-12-31'); // 22:00 EST
  });

  it('put the first instant of a day whose midnight was skipped on that day', () => {
    expect(dayKey(at('2024-04-25T21:59:59Z'), cairo)).toBe('2024-04-25'); // 23:59:59 EET
    expect(dayKey(at('2024-04-25T22:00:00Z'), cairo)).toBe('2024-04-26'); // 01:00 EEST
  });

  it('keep the repeated hour of a fall-back at 24:00 on the old day', () => {
    expect(dayKey(at('2024-10-31T21:30:00Z'), cairo)).toBe('2024-10-31'); // second 23:30, EET
    expect(dayKey(at('2024-10-31T22:00:00Z'), cairo)).toBe('2024-11-01');
  });

  it('name the local month', () => {
    expect(monthKey(at('2024-01-31T22:30:00Z'), cairo)).toBe('2024-02'); // 1 Feb 00:30 EET
    expect(monthKey(at('2024-01-31T22:30:00Z'), 'UTC')).toBe('2024-01');
  });
});

describe('dayRange', () => {
  it('is 24 hours on an ordinary day', () => {
    expect(dayRange('2024-01-15', cairo)).toEqual({
      startMs: at('2024-01-14T22:00:00Z'),
      endMs: at('2024-01-15T22:00:00Z'),
    });
  });

  it('is 23 hours on Cairo spring-forward days, starting at 01:00', () => {
    const day2024 = dayRange('2024-04-26', cairo);
    expect(day2024).toEqual({ startMs: at('2024-04-25T22:00:00Z'), endMs: at('2024-04-26T21:00:00Z') });
    expect(day2024.endMs - day2024.startMs).toBe(hours(23));
    expect(dayRange('2025-04-25', cairo)).toEqual({
      startMs: at('2025-04-24T22:00:00Z'),
      endMs: at('2025-04-25T21:00:00Z'),
    });
  });

  it('is 25 hours on Cairo fall-back days', () => {
    const day2024 = dayRange('2024-10-31', cairo);
    expect(day2024).toEqual({ startMs: at('2024-10-30T21:00:00Z'), endMs: at('2024-10-31T22:00:00Z') });
    expect(day2024.endMs - day2024.startMs).toBe(hours(25));
    expect(dayRange('2025-10-30', cairo)).toEqual({
      startMs: at('2025-10-29T21:00:00Z'),
      endMs: at('2025-10-30T22:00:00Z'),
    });
  });

  it('is 23 and 25 hours on New York change days, which keep their midnight', () => {
    expect(dayRange('2024-03-10', newYork)).toEqual({
      startMs: at('2024-03-10T05:00:00Z'),
      endMs: at('2024-03-11T04:00:00Z'),
    });
    expect(dayRange('2024-11-03', newYork)).toEqual({
      startMs: at('2024-11-03T04:00:00Z'),
      endMs: at('2024-11-04T05:00:00Z'),
    });
  });
});

describe('monthRange', () => {
  it('runs from local midnight on the 1st to local midnight on the next 1st', () => {
    const april = monthRange('2024-04', cairo);
    expect(april).toEqual({ startMs: at('2024-03-31T22:00:00Z'), endMs: at('2024-04-30T21:00:00Z') });
    expect(april.endMs - april.startMs).toBe(hours(30 * 24 - 1));
  });

  it('crosses into the next year for December', () => {
    expect(monthRange('2024-12', cairo)).toEqual({
      startMs: at('2024-11-30T22:00:00Z'),
      endMs: at('2024-12-31T22:00:00Z'),
    });
  });
});

describe('weekRange', () => {
  const wednesday = at('2024-04-24T10:00:00Z'); // Wed 24 Apr 2024, 12:00 EET

  it('starts on Sunday by default and spans 7 local days (167 hours across Cairo spring-forward)', () => {
    const week = weekRange(wednesday, cairo);
    expect(week).toEqual({ startMs: at('2024-04-20T22:00:00Z'), endMs: at('2024-04-27T21:00:00Z') }); // Sun 21 → Sun 28
    expect(week.endMs - week.startMs).toBe(hours(167));
  });

  it('can start on Saturday or Monday', () => {
    expect(weekRange(wednesday, cairo, 6)).toEqual({
      startMs: at('2024-04-19T22:00:00Z'),
      endMs: at('2024-04-26T21:00:00Z'),
    });
    expect(weekRange(wednesday, cairo, 1)).toEqual({
      startMs: at('2024-04-21T22:00:00Z'),
      endMs: at('2024-04-28T21:00:00Z'),
    });
  });

  it('contains an instant on its own first day', () => {
    expect(weekRange(at('2024-04-20T22:30:00Z'), cairo).startMs).toBe(at('2024-04-20T22:00:00Z')); // Sun 00:30
  });
});

describe('wallClockToMs', () => {
  it('moves a time skipped by spring-forward past the gap', () => {
    expect(wallClockToMs('2024-03-10', 2, 30, newYork)).toBe(at('2024-03-10T07:30:00Z')); // 03:30 EDT
    expect(wallClockToMs('2024-04-26', 0, 30, cairo)).toBe(at('2024-04-25T22:30:00Z')); // 01:30 EEST
  });

  it('takes the first occurrence of a time repeated by fall-back', () => {
    expect(wallClockToMs('2024-11-03', 1, 30, newYork)).toBe(at('2024-11-03T05:30:00Z')); // 01:30 EDT
    expect(wallClockToMs('2024-10-31', 23, 30, cairo)).toBe(at('2024-10-31T20:30:00Z')); // 23:30 EEST
  });

  it('is plain local time on other days', () => {
    expect(wallClockToMs('2024-04-10', 16, 0, cairo)).toBe(at('2024-04-10T14:00:00Z'));
  });
});

describe('resolveTimeZone', () => {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  it("uses the browser's zone when the setting is empty", () => {
    expect(resolveTimeZone('')).toBe(browserZone);
  });

  it('canonicalises the spelling of a known zone', () => {
    expect(resolveTimeZone('Africa/Cairo')).toBe('Africa/Cairo');
    expect(resolveTimeZone('africa/cairo')).toBe('Africa/Cairo');
  });

  it("falls back to the browser's zone for an unknown name instead of throwing", () => {
    expect(resolveTimeZone('Mars/Olympus_Mons')).toBe(browserZone);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('Asia/Riyadh')).toBe(true);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('dayStartMs asked again', () => {
  it('gives the same day in another zone its own start (day starts are remembered per zone)', () => {
    const cairoStart = dayStartMs('2024-04-26', 'Africa/Cairo');
    const tokyoStart = dayStartMs('2024-04-26', 'Asia/Tokyo');
    expect(cairoStart).toBe(Date.parse('2024-04-25T22:00:00Z')); // midnight skipped: the day begins at 01:00 EEST
    expect(tokyoStart).toBe(Date.parse('2024-04-25T15:00:00Z'));
    expect(dayStartMs('2024-04-26', 'Africa/Cairo')).toBe(cairoStart);
  });
});
