import { describe, expect, it } from 'vitest';
import { findSkips } from '../check-skips';

describe('the skip check', () => {
  it('reports every skip or conditional run whose reason is not a missing system package', () => {
    const source = [
      "test.skip(roomMinutes < 200, 'needs 200 minutes of today (UTC) behind us');",
      "it.skipIf(new Date().getUTCHours() < 3)('a morning test', () => {});",
      "describe.runIf(process.env.CI)('only in CI', () => {});",
      "test.fixme('flaky');",
      "test.describe.skip('later', () => {});",
      'test.skip();',
    ].join('\n');
    expect(findSkips(source).map((found) => found.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('allows a skip on a missing system package, and names that merely contain "skip"', () => {
    const source = [
      "test.skip(!systemPackagePresent('firefox'), 'Firefox is not installed');",
      "it.skipIf(!systemPackagePresent('emoji-font'))('emoji screenshot', () => {});",
      'Papa.parse(csv, { header: true, skipEmptyLines: true });',
      "it('skips scripts and styles', () => {});",
    ].join('\n');
    expect(findSkips(source)).toEqual([]);
  });
});
