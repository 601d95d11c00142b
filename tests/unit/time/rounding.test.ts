import { describe, expect, it } from 'vitest';
import { roundDuration } from '../../../utils/time';
import { minutes, seconds } from './helpers';

describe('roundDuration', () => {
  it('leaves durations exact with 0 minutes, whatever the mode', () => {
    expect(roundDuration(1_234_567, { minutes: 0, mode: 'up' })).toBe(1_234_567);
    expect(roundDuration(1_234_567, { minutes: 0, mode: 'nearest' })).toBe(1_234_567);
  });

  it("'up' rounds to the next multiple; an exact multiple and zero stay", () => {
    expect(roundDuration(minutes(15) + seconds(1), { minutes: 15, mode: 'up' })).toBe(minutes(30));
    expect(roundDuration(minutes(15), { minutes: 15, mode: 'up' })).toBe(minutes(15));
    expect(roundDuration(1, { minutes: 15, mode: 'up' })).toBe(minutes(15));
    expect(roundDuration(0, { minutes: 15, mode: 'up' })).toBe(0);
    expect(roundDuration(minutes(61), { minutes: 6, mode: 'up' })).toBe(minutes(66));
    expect(roundDuration(minutes(10) + 1, { minutes: 1, mode: 'up' })).toBe(minutes(11));
    expect(roundDuration(minutes(31), { minutes: 30, mode: 'up' })).toBe(minutes(60));
  });

  it("'nearest' rounds to the closest multiple, halves up", () => {
    expect(roundDuration(minutes(22) + seconds(29), { minutes: 15, mode: 'nearest' })).toBe(minutes(15));
    expect(roundDuration(minutes(22) + seconds(30), { minutes: 15, mode: 'nearest' })).toBe(minutes(30));
    expect(roundDuration(minutes(7) + seconds(29), { minutes: 15, mode: 'nearest' })).toBe(0);
    expect(roundDuration(minutes(62) + seconds(59), { minutes: 6, mode: 'nearest' })).toBe(minutes(60));
    expect(roundDuration(minutes(63), { minutes: 6, mode: 'nearest' })).toBe(minutes(66));
    expect(roundDuration(minutes(10) + seconds(29), { minutes: 1, mode: 'nearest' })).toBe(minutes(10));
    expect(roundDuration(minutes(45), { minutes: 30, mode: 'nearest' })).toBe(minutes(60));
    expect(roundDuration(minutes(44), { minutes: 30, mode: 'nearest' })).toBe(minutes(30));
  });
});
