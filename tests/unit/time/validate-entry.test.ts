import { describe, expect, it } from 'vitest';
import { validateEntry, type OtherEntry } from '../../../utils/time';

const now = Date.parse('2024-04-10T12:00:00Z');
const iso = (time: string) => `2024-04-10T${time}.000Z`;
const candidate = (start: string, end: string | null, id?: string) => ({
  start: iso(start),
  end: end === null ? null : iso(end),
  id,
});
const other = (id: string, start: string, end: string | null, deletedAt: string | null = null): OtherEntry => ({
  id,
  start: iso(start),
  end: end === null ? null : iso(end),
  deletedAt,
});

describe('validateEntry: the entry itself', () => {
  it('accepts an ordinary past entry', () => {
    expect(validateEntry(candidate('09:00:00', '10:00:00'), [], now)).toBeNull();
  });

  it('rejects an end before or at the start', () => {
    expect(validateEntry(candidate('10:00:00', '09:00:00'), [], now)).toEqual({ code: 'endBeforeStart' });
    expect(validateEntry(candidate('10:00:00', '10:00:00'), [], now)).toEqual({ code: 'endBeforeStart' });
  });

  it('accepts exactly 24 hours and rejects a second more', () => {
    expect(validateEntry({ start: '2024-04-09T11:00:00.000Z', end: '2024-04-10T11:00:00.000Z' }, [], now)).toBeNull();
    expect(validateEntry({ start: '2024-04-09T10:59:59.000Z', end: '2024-04-10T11:00:00.000Z' }, [], now)).toEqual({
      code: 'tooLong',
    });
  });

  it('allows 60 seconds of clock skew into the future and no more', () => {
    expect(validateEntry(candidate('11:00:00', '12:01:00'), [], now)).toBeNull();
    expect(validateEntry(candidate('11:00:00', '12:01:01'), [], now)).toEqual({ code: 'inFuture' });
  });

  it('rejects a running entry that would start in the future', () => {
    expect(validateEntry(candidate('11:59:00', null), [], now)).toBeNull();
    expect(validateEntry(candidate('12:02:00', null), [], now)).toEqual({ code: 'inFuture' });
  });
});

describe('validateEntry: overlap with the same user’s other entries', () => {
  const nineToTen = other('nine-to-ten', '09:00:00', '10:00:00');

  it('allows touching entries on either side', () => {
    expect(validateEntry(candidate('10:00:00', '11:00:00'), [nineToTen], now)).toBeNull();
    expect(validateEntry(candidate('08:00:00', '09:00:00'), [nineToTen], now)).toBeNull();
  });

  it('rejects partial overlap, containing and being contained', () => {
    const overlap = { code: 'overlap', conflictingId: 'nine-to-ten' };
    expect(validateEntry(candidate('09:30:00', '10:30:00'), [nineToTen], now)).toEqual(overlap);
    expect(validateEntry(candidate('08:30:00', '09:00:01'), [nineToTen], now)).toEqual(overlap);
    expect(validateEntry(candidate('08:00:00', '11:00:00'), [nineToTen], now)).toEqual(overlap);
    expect(validateEntry(candidate('09:15:00', '09:45:00'), [nineToTen], now)).toEqual(overlap);
    expect(validateEntry(candidate('09:00:00', '10:00:00'), [nineToTen], now)).toEqual(overlap);
  });

  it('treats a running entry as overlapping everything after its start', () => {
    const running = other('running', '09:00:00', null);
    expect(validateEntry(candidate('08:00:00', '09:00:00'), [running], now)).toBeNull();
    expect(validateEntry(candidate('08:30:00', '09:30:00'), [running], now)).toEqual({
      code: 'overlap',
      conflictingId: 'running',
    });
    expect(validateEntry(candidate('11:00:00', '11:30:00'), [running], now)).toEqual({
      code: 'overlap',
      conflictingId: 'running',
    });
  });

  it('treats a running candidate as overlapping every entry that ends after its start', () => {
    expect(validateEntry(candidate('10:00:00', null), [nineToTen], now)).toBeNull();
    expect(validateEntry(candidate('09:59:00', null), [nineToTen], now)).toEqual({
      code: 'overlap',
      conflictingId: 'nine-to-ten',
    });
    expect(validateEntry(candidate('10:00:00', null), [other('later', '10:30:00', '11:00:00')], now)).toEqual({
      code: 'overlap',
      conflictingId: 'later',
    });
  });

  it('ignores deleted entries', () => {
    const deleted = other('deleted', '09:00:00', '10:00:00', '2024-04-10T10:05:00.000Z');
    expect(validateEntry(candidate('09:30:00', '10:30:00'), [deleted], now)).toBeNull();
  });

  it('ignores the entry being edited', () => {
    expect(validateEntry(candidate('09:30:00', '10:30:00', 'nine-to-ten'), [nineToTen], now)).toBeNull();
    expect(validateEntry(candidate('09:30:00', null, 'running'), [other('running', '09:00:00', null)], now)).toBeNull();
  });

  it('reports the earliest-starting conflict', () => {
    const entries = [other('eleven', '11:00:00', '11:30:00'), nineToTen, other('ten', '10:00:00', '10:30:00')];
    expect(validateEntry(candidate('09:45:00', '11:15:00'), entries, now)).toEqual({
      code: 'overlap',
      conflictingId: 'nine-to-ten',
    });
  });

  it('checks the entry itself before looking for overlaps', () => {
    expect(validateEntry(candidate('10:30:00', '09:30:00'), [nineToTen], now)).toEqual({ code: 'endBeforeStart' });
  });
});
