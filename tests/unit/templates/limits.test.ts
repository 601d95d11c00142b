import { describe, expect, it } from 'vitest';
import { measure, platformLimit } from '../../../utils/templates/limits';

describe('platformLimit', () => {
  it('is 280 on X, 2,200 on Instagram and 8,000 on Facebook', () => {
    expect([platformLimit('x'), platformLimit('instagram'), platformLimit('facebook')]).toEqual([280, 2200, 8000]);
  });
});

describe('measure', () => {
  it('uses the weighted length on X', () => {
    expect(measure('شكرا https://example.com/order/123 👍🏽', 'x')).toEqual({
      used: 5 + 23 + 1 + 2,
      limit: 280,
      over: false,
    });
  });

  it('counts code points on Instagram and Facebook (an emoji with a skin tone is 2)', () => {
    expect(measure('شكرا https://example.com/order/123 👍🏽', 'instagram')).toEqual({
      used: 5 + 29 + 1 + 2,
      limit: 2200,
      over: false,
    });
    expect(measure('😀', 'facebook')).toEqual({ used: 1, limit: 8000, over: false });
  });

  it('is over only past the limit', () => {
    expect(measure('a'.repeat(280), 'x').over).toBe(false);
    expect(measure('a'.repeat(281), 'x')).toEqual({ used: 281, limit: 280, over: true });
    expect(measure('日'.repeat(141), 'x')).toEqual({ used: 282, limit: 280, over: true });
    expect(measure('日'.repeat(141), 'instagram')).toEqual({ used: 141, limit: 2200, over: false });
  });
});
