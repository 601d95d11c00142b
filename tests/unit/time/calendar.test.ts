import { describe, expect, it } from 'vitest';
import { addDays, eachDay, monthDays, parseDayKey, weekdayOf } from '../../../utils/time';

describe('calendar days (no zone)', () => {
  it('adds days across a month end, a leap day and a year end', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('gives JavaScript weekday numbers, 0 = Sunday', () => {
    expect(weekdayOf('2024-04-26')).toBe(5); // Friday: Cairo's DST start in 2024
    expect(weekdayOf('2024-04-28')).toBe(0);
    expect(weekdayOf('2024-04-27')).toBe(6);
  });

  it('lists every day of a span, both ends included, and nothing for a reversed span', () => {
    expect(eachDay('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(eachDay('2024-03-01', '2024-03-01')).toEqual(['2024-03-01']);
    expect(eachDay('2024-03-02', '2024-03-01')).toEqual([]);
  });

  it('knows the first and last day of a month', () => {
    expect(monthDays('2024-02')).toEqual({ firstDay: '2024-02-01', lastDay: '2024-02-29' });
    expect(monthDays('2024-12')).toEqual({ firstDay: '2024-12-01', lastDay: '2024-12-31' });
  });

  it('rejects keys that are not real calendar days', () => {
    expect(parseDayKey('2024-02-29')).toEqual({ year: 2024, month: 2, date: 29 });
    expect(() => parseDayKey('2023-02-29')).toThrow(RangeError);
    expect(() => parseDayKey('2024-4-1')).toThrow(RangeError);
    expect(() => monthDays('2024-13')).toThrow(RangeError);
  });
});
