import { describe, expect, it } from 'vitest';
import { endsNextDay, instantToLocal, localSpanToInstants } from '@/utils/time/wall-clock';
import { validateEntry } from '@/utils/time/validate-entry';

describe('typed local times to stored instants', () => {
  it('reads a Cairo afternoon in winter (UTC+2)', () => {
    expect(localSpanToInstants('2026-01-15', '14:00', '15:30', 'Africa/Cairo')).toEqual({
      start: '2026-01-15T12:00:00.000Z',
      end: '2026-01-15T13:30:00.000Z',
    });
  });

  it('reads a Cairo afternoon in summer time (UTC+3)', () => {
    expect(localSpanToInstants('2025-07-01', '09:00', '10:00', 'Africa/Cairo')?.start).toBe('2025-07-01T06:00:00.000Z');
  });

  it('reads an end earlier than the start as the next day: night work is one entry', () => {
    expect(localSpanToInstants('2026-01-15', '22:00', '01:00', 'Africa/Cairo')).toEqual({
      start: '2026-01-15T20:00:00.000Z',
      end: '2026-01-15T23:00:00.000Z',
    });
    expect(endsNextDay('22:00', '01:00')).toBe(true);
    expect(endsNextDay('09:00', '17:00')).toBe(false);
  });

  it('keeps an end equal to the start on the same day, for the rules to refuse', () => {
    const span = localSpanToInstants('2026-01-15', '09:00', '09:00', 'Africa/Cairo')!;
    expect(span.end).toBe(span.start);
    expect(endsNextDay('09:00', '09:00')).toBe(false);
  });

  it("reads the next day in that day's own offset (New York, the night summer time ends)", () => {
    // 3 Nov 2024 02:00 EDT became 01:00 EST: 23:30 to 02:30 the next morning lasts four hours, not three.
    expect(localSpanToInstants('2024-11-02', '23:30', '02:30', 'America/New_York')).toEqual({
      start: '2024-11-03T03:30:00.000Z',
      end: '2024-11-03T07:30:00.000Z',
    });
  });

  it('still caps a night entry at 24 hours', () => {
    const span = localSpanToInstants('2026-01-15', '10:00', '09:59', 'Africa/Cairo')!;
    expect(validateEntry(span, [], Date.parse('2026-02-01T00:00:00Z'))).toBeNull();
    const overDst = localSpanToInstants('2024-11-02', '02:30', '02:00', 'America/New_York')!;
    expect(Date.parse(overDst.end) - Date.parse(overDst.start)).toBeGreaterThan(24 * 3_600_000);
    expect(validateEntry(overDst, [], Date.parse('2025-01-01T00:00:00Z'))).toEqual({ code: 'tooLong' });
  });

  it('refuses malformed times', () => {
    expect(localSpanToInstants('2026-01-15', '25:00', '26:00', 'Africa/Cairo')).toBeNull();
    expect(localSpanToInstants('15/01/2026', '10:00', '11:00', 'Africa/Cairo')).toBeNull();
  });

  it('shows a stored instant as the local day and time', () => {
    expect(instantToLocal('2026-01-15T22:30:00.000Z', 'Africa/Cairo')).toEqual({ day: '2026-01-16', time: '00:30' });
    expect(instantToLocal('2024-11-03T05:30:00.000Z', 'America/New_York')).toEqual({
      day: '2024-11-03',
      time: '01:30',
    });
  });
});
