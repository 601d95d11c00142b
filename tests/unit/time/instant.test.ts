import { describe, expect, it } from 'vitest';
import { instantMs, toInstant } from '../../../utils/time';

describe('instantMs', () => {
  it('reads canonical stored instants', () => {
    expect(instantMs('1970-01-01T00:00:00.000Z')).toBe(0);
    expect(instantMs('2024-04-25T22:00:00.000Z')).toBe(1_714_082_400_000);
    expect(instantMs('2024-02-29T12:34:56.789Z')).toBe(1_709_210_096_789);
    expect(instantMs('1969-12-31T23:59:59.999Z')).toBe(-1);
  });

  it('agrees with Date.parse across 1970–2100, leap days included', () => {
    for (let year = 1970; year <= 2100; year++) {
      for (const iso of [`${year}-01-01T00:00:00.000Z`, `${year}-03-01T07:08:09.010Z`, `${year}-12-31T23:59:59.999Z`]) {
        expect(instantMs(iso), iso).toBe(Date.parse(iso));
      }
    }
    for (const leapDay of [
      '1972-02-29T00:00:00.000Z',
      '2000-02-29T23:59:59.999Z',
      '2024-02-29T12:00:00.000Z',
      '2096-02-29T06:00:00.000Z',
    ]) {
      expect(instantMs(leapDay), leapDay).toBe(Date.parse(leapDay));
    }
  });

  it('reads other ISO shapes through Date.parse, and gives NaN for non-instants', () => {
    expect(instantMs('2024-04-26T01:00:00+03:00')).toBe(1_714_082_400_000);
    expect(instantMs('yesterday')).toBeNaN();
  });
});

describe('toInstant', () => {
  it('writes the canonical stored form', () => {
    expect(toInstant(1_714_082_400_000)).toBe('2024-04-25T22:00:00.000Z');
  });
});
