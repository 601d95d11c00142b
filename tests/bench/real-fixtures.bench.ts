// real-fixtures-read-correct: the share of expected fields the site readers read right over every fixture derived
// from a real saved page (tests/fixtures/real, issue 14). A figure, not a timing; goal 1.0.
// Baseline: none (there is no "without the extension" for reading a page).
import { checkFixture, fixtures } from '../fixtures/real/conformance';
import { row, type BenchRow } from './row';

export default async function realFixtures(): Promise<BenchRow[]> {
  const all = fixtures();
  const results = all.flatMap((fixture) =>
    checkFixture(fixture).map((result) => ({ fixture: fixture.name, ...result })),
  );
  const right = results.filter((result) => result.ok).length;
  const wrong = results.filter((result) => !result.ok).map((result) => `${result.fixture} ${result.field}`);
  const note = `${right}/${results.length} fields over ${all.length} pages; goal 1.0${wrong.length > 0 ? `; wrong: ${wrong.join(', ')}` : ''}`;
  return [row('real-fixtures-read-correct', results.length === 0 ? 0 : right / results.length, 'share', null, note)];
}
