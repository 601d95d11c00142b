import { describe, expect, it } from 'vitest';
import { chooseSide } from '@/utils/overlay/placement';

describe('where the sidebar sits', () => {
  it('keeps the preferred edge when the composer leaves room there (X at 1280: primary column 275–875)', () => {
    expect(chooseSide(1280, { left: 275, right: 875 }, 'right')).toBe('right');
  });

  it('moves to the other edge when the preferred one would cover the composer (feed 432–1112)', () => {
    expect(chooseSide(1280, { left: 432, right: 1112 }, 'right')).toBe('left');
  });

  it('an Arabic UI prefers the left edge but moves right when the left is too narrow', () => {
    expect(chooseSide(1280, { left: 200, right: 800 }, 'left')).toBe('right');
    expect(chooseSide(1280, { left: 400, right: 1000 }, 'left')).toBe('left');
  });

  it('with no room on either side, takes the roomier one', () => {
    expect(chooseSide(1000, { left: 150, right: 900 }, 'right')).toBe('left');
  });

  it('with nothing to avoid, takes the preferred edge', () => {
    expect(chooseSide(1280, null, 'left')).toBe('left');
  });
});
