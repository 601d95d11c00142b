import { describe, expect, it } from 'vitest';
import { instantToLocal, localSpanToInstants } from '@/utils/time/wall-clock';

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

  it('refuses malformed times', () => {
    expect(localSpanToInstants('2026-01-15', '25:00', '26:00', 'Africa/Cairo')).toBeNull();
    expect(localSpanToInstants('15/01/2026', '10:00', '11:00', 'Africa/Cairo')).toBeNull();
  });

  it('shows a stored instant as the local day and time', () => {
    expect(instantToLocal('2026-01-15T22:30:00.000Z', 'Africa/Cairo')).toEqual({ day: '2026-01-16', time: '00:30' });
    expect(instantToLocal('2024-11-03T05:30:00.000Z', 'America/New_York')).toEqual({ day: '2024-11-03', time: '01:30' });
  });
});
