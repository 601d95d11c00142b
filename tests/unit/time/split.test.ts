import { describe, expect, it } from 'vitest';
import {
  dayRange,
  monthRange,
  splitByDay,
  totalsByClient,
  totalsByClientInRanges,
  totalsByDay,
} from '../../../utils/time';
import { at, entry, hours, minutes } from './helpers';

const cairo = 'Africa/Cairo';
const newYork = 'America/New_York';
const span = (start: string, end: string) => ({ startMs: at(start), endMs: at(end) });

describe('splitByDay', () => {
  it('cuts an interval at local midnight', () => {
    // 22:00 → 02:00 EET
    expect(splitByDay(span('2024-01-14T20:00:00Z', '2024-01-15T00:00:00Z'), cairo)).toEqual([
      { day: '2024-01-14', ms: hours(2) },
      { day: '2024-01-15', ms: hours(2) },
    ]);
  });

  it('cuts across a month end (Jan 31 → Feb 1)', () => {
    // 23:00 → 01:30 EET
    expect(splitByDay(span('2024-01-31T21:00:00Z', '2024-01-31T23:30:00Z'), cairo)).toEqual([
      { day: '2024-01-31', ms: hours(1) },
      { day: '2024-02-01', ms: minutes(90) },
    ]);
  });

  it('cuts across a year end', () => {
    // New York 31 Dec 21:00 EST → 1 Jan 03:00 EST
    expect(splitByDay(span('2025-01-01T02:00:00Z', '2025-01-01T08:00:00Z'), newYork)).toEqual([
      { day: '2024-12-31', ms: hours(3) },
      { day: '2025-01-01', ms: hours(3) },
    ]);
  });

  it('gives a 24-hour entry 23 hours on the 23-hour day it covers (Cairo, 26 Apr 2024)', () => {
    // 25 Apr 23:00 EET → 27 Apr 00:00 EEST
    expect(splitByDay(span('2024-04-25T21:00:00Z', '2024-04-26T21:00:00Z'), cairo)).toEqual([
      { day: '2024-04-25', ms: hours(1) },
      { day: '2024-04-26', ms: hours(23) },
    ]);
  });

  it('keeps all 25 hours of a fall-back day on that day (Cairo, 31 Oct 2024)', () => {
    // 31 Oct 00:00 EEST → 1 Nov 00:00 EET
    expect(splitByDay(span('2024-10-30T21:00:00Z', '2024-10-31T22:00:00Z'), cairo)).toEqual([
      { day: '2024-10-31', ms: hours(25) },
    ]);
  });

  it('counts elapsed time, not wall-clock time, across Cairo 2025 changes', () => {
    // 24 Apr 22:00 EET → 25 Apr 09:00 EEST: 2 h before midnight, 8 h after (the clock skipped 00:00–01:00)
    expect(splitByDay(span('2025-04-24T20:00:00Z', '2025-04-25T06:00:00Z'), cairo)).toEqual([
      { day: '2025-04-24', ms: hours(2) },
      { day: '2025-04-25', ms: hours(8) },
    ]);
    // 30 Oct 22:00 EEST → 31 Oct 02:00 EET: 3 h on the 30th (23:00 happens twice), 2 h on the 31st
    expect(splitByDay(span('2025-10-30T19:00:00Z', '2025-10-31T00:00:00Z'), cairo)).toEqual([
      { day: '2025-10-30', ms: hours(3) },
      { day: '2025-10-31', ms: hours(2) },
    ]);
  });

  it('counts elapsed time across New York changes inside the day', () => {
    // 01:00 EST → 04:00 EDT reads 3 hours on the clock but is 2
    expect(splitByDay(span('2024-03-10T06:00:00Z', '2024-03-10T08:00:00Z'), newYork)).toEqual([
      { day: '2024-03-10', ms: hours(2) },
    ]);
    // 00:30 EDT → 02:30 EST reads 2 hours on the clock but is 3
    expect(splitByDay(span('2024-11-03T04:30:00Z', '2024-11-03T07:30:00Z'), newYork)).toEqual([
      { day: '2024-11-03', ms: hours(3) },
    ]);
  });

  it('gives nothing for an empty or reversed interval', () => {
    expect(splitByDay(span('2024-01-14T20:00:00Z', '2024-01-14T20:00:00Z'), cairo)).toEqual([]);
    expect(splitByDay(span('2024-01-14T20:00:00Z', '2024-01-14T19:00:00Z'), cairo)).toEqual([]);
  });
});

describe('totalsByDay', () => {
  const now = at('2024-04-10T12:00:00Z'); // Wed 10 Apr, 14:00 EET

  it('gives every day of a month range, zero days included', () => {
    const totals = totalsByDay(
      [
        entry('a', '2024-04-02T07:00:00Z', '2024-04-02T09:00:00Z'),
        entry('b', '2024-04-02T10:00:00Z', '2024-04-02T10:30:00Z'),
      ],
      { timeZone: cairo, nowMs: now, range: monthRange('2024-04', cairo) },
    );
    expect(totals).toHaveLength(30);
    expect(totals[0]).toEqual({ day: '2024-04-01', ms: 0 });
    expect(totals[1]).toEqual({ day: '2024-04-02', ms: minutes(150) });
    expect(totals[29]).toEqual({ day: '2024-04-30', ms: 0 });
  });

  it('gives the whole 24 hours of a 24-hour entry to a 23-hour day and its neighbour', () => {
    const totals = totalsByDay([entry('a', '2024-04-25T21:00:00Z', '2024-04-26T21:00:00Z')], {
      timeZone: cairo,
      nowMs: at('2024-05-01T00:00:00Z'),
    });
    expect(totals).toEqual([
      { day: '2024-04-25', ms: hours(1) },
      { day: '2024-04-26', ms: hours(23) },
    ]);
  });

  it('counts a running entry up to now, across midnight', () => {
    // running since 9 Apr 22:00 EET; now is 10 Apr 14:00 EET
    const totals = totalsByDay([entry('a', '2024-04-09T20:00:00Z', null)], { timeZone: cairo, nowMs: now });
    expect(totals).toEqual([
      { day: '2024-04-09', ms: hours(2) },
      { day: '2024-04-10', ms: hours(14) },
    ]);
  });

  it('ignores deleted entries', () => {
    const totals = totalsByDay(
      [
        entry('a', '2024-04-02T07:00:00Z', '2024-04-02T09:00:00Z'),
        entry('a', '2024-04-02T10:00:00Z', '2024-04-02T11:00:00Z', '2024-04-03T08:00:00.000Z'),
      ],
      { timeZone: cairo, nowMs: now },
    );
    expect(totals).toEqual([{ day: '2024-04-02', ms: hours(2) }]);
  });

  it('without a range spans from the first to the last tracked day, gaps included', () => {
    const totals = totalsByDay(
      [
        entry('a', '2024-04-01T07:00:00Z', '2024-04-01T08:00:00Z'),
        entry('a', '2024-04-03T07:00:00Z', '2024-04-03T08:00:00Z'),
      ],
      { timeZone: cairo, nowMs: now },
    );
    expect(totals).toEqual([
      { day: '2024-04-01', ms: hours(1) },
      { day: '2024-04-02', ms: 0 },
      { day: '2024-04-03', ms: hours(1) },
    ]);
  });

  it('gives nothing when there is nothing tracked and no range', () => {
    expect(totalsByDay([], { timeZone: cairo, nowMs: now })).toEqual([]);
  });
});

describe('totalsByClient', () => {
  const april = monthRange('2024-04', cairo); // 31 Mar 22:00Z → 30 Apr 21:00Z

  it('sums per client and keeps only the part inside the range', () => {
    const totals = totalsByClient(
      [
        entry('a', '2024-03-31T21:00:00Z', '2024-03-31T23:00:00Z'), // 31 Mar 23:00 → 1 Apr 01:00 EET: 1 h in April
        entry('a', '2024-04-10T07:00:00Z', '2024-04-10T10:00:00Z'), // 3 h
        entry('b', '2024-04-30T20:00:00Z', '2024-04-30T22:00:00Z'), // 30 Apr 23:00 → 1 May 01:00 EEST: 1 h in April
        entry('c', '2024-05-02T07:00:00Z', '2024-05-02T09:00:00Z'), // May only
      ],
      april,
      at('2024-05-10T00:00:00Z'),
    );
    expect(totals).toEqual({ a: hours(4), b: hours(1) });
  });

  it('counts a running entry up to now and skips deleted ones', () => {
    const totals = totalsByClient(
      [
        entry('a', '2024-04-10T10:00:00Z', null),
        entry('b', '2024-04-10T07:00:00Z', '2024-04-10T08:00:00Z', '2024-04-10T09:00:00.000Z'),
      ],
      april,
      at('2024-04-10T10:45:00Z'),
    );
    expect(totals).toEqual({ a: minutes(45) });
  });
});

describe('totalsByClientInRanges', () => {
  it('gives for each range what totalsByClient gives for it, reading the entries once', () => {
    const entries = [
      entry('a', '2024-03-31T21:00:00Z', '2024-03-31T23:00:00Z'), // crosses into April (Cairo)
      entry('a', '2024-04-10T07:00:00Z', '2024-04-10T10:00:00Z'),
      entry('b', '2024-04-10T09:30:00Z', null), // running
      entry('b', '2024-04-10T06:00:00Z', '2024-04-10T07:00:00Z', '2024-04-10T08:00:00.000Z'), // deleted
      entry('c', '2024-04-09T21:30:00Z', '2024-04-09T22:30:00Z'), // crosses local midnight into 10 Apr
    ];
    const nowMs = at('2024-04-10T10:45:00Z');
    const ranges = [monthRange('2024-04', cairo), dayRange('2024-04-10', cairo), dayRange('2024-04-09', newYork)];
    expect(totalsByClientInRanges(entries, ranges, nowMs)).toEqual(
      ranges.map((range) => totalsByClient(entries, range, nowMs)),
    );
    expect(totalsByClientInRanges(entries, ranges, nowMs)[1]).toEqual({
      a: hours(3),
      b: minutes(75),
      c: minutes(30),
    });
  });
});
