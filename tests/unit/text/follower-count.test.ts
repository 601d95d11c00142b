import { describe, expect, it } from 'vitest';
import { parseFollowerCount } from '../../../utils/text/follower-count';

const table: ReadonlyArray<readonly [string | null, number | null]> = [
  ['12.5K', 12_500],
  ['1,234', 1_234],
  ['1.2M', 1_200_000],
  ['12K followers', 12_000],
  ['12.3 k', 12_300],
  ['12,345', 12_345],
  ['1,234,567 Followers', 1_234_567],
  ['987', 987],
  ['0 followers', 0],
  ['2B', 2_000_000_000],
  ['12,5 k', 12_500],
  ['1.234.567', 1_234_567],
  ['12 345', 12_345],
  ['15 members', 15],
  ['١٢٣', 123],
  ['١٬٢٣٤', 1_234],
  ['١٢٫٥ ألف', 12_500],
  ['١٢ ألف متابع', 12_000],
  ['۱۲۳۴', 1_234],
  ['۱۲٫۵K', 12_500],
  ['1.5 مليون', 1_500_000],
  ['٢ مليون متابع', 2_000_000],
  ['3 آلاف', 3_000],
  ['ألف متابع', 1_000],
  ['مليون', 1_000_000],
  ['\u200F١٢٫٣\u200F ألف', 12_300],
  ['12 الفيديوهات', 12],
  ['followers', null],
  ['', null],
  [null, null],
];

describe('parseFollowerCount', () => {
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(parseFollowerCount(text)).toBe(expected);
    });
  }
});
