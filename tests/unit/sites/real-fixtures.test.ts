import { describe, expect, it } from 'vitest';
import { checkFixture, fixtures } from '../../fixtures/real/conformance';

// Issue 14: every reader on every page derived from a real saved page (tests/fixtures/real/*.json name the
// sources), with the values a person reads off that page.
describe('site readers on real-structure fixtures', () => {
  const all = fixtures();

  it('cover the seven shared real pages and at least five more', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    for (const fixture of all)
      expect(fixture.source).toMatchObject({
        repo: expect.any(String),
        path: expect.any(String),
        commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      });
  });

  for (const fixture of all) {
    it(`${fixture.name}: every expected field is read right`, () => {
      const wrong = checkFixture(fixture).filter((result) => !result.ok);
      expect(wrong).toEqual([]);
    });
  }
});
