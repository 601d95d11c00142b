// Both admins edit the same shared records under dropped answers and 503s (tests/sync/shared-edits.ts): the
// property sync-faults-duplicates-or-losses measures, as a test. Run by tests/db/run.sh, or alone:
//   npx tsx --test tests/sync/shared-edits.test.ts      (starts its own throwaway cluster)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newTeam, startBackend, type Backend } from './backend';
import { runSharedEdits } from './shared-edits';

let backend: Backend;

before(async () => {
  backend = await startBackend();
});
after(async () => {
  await backend.stop();
});

test('two admins editing the same records under faults: every conflict shown to its author once, no last word lost, nothing doubled', async () => {
  const team = await newTeam(backend.standin, 'Same records');
  const seed = 20261205;
  const report = await runSharedEdits(backend.standin, backend.db, team, {
    edits: 300,
    seed,
    faults: { dropAfterCommit: 0.2, fail503: 0.1, seed },
  });
  assert.ok(report.faults.dropped >= 10 && report.faults.failed503 >= 5, `faults: ${JSON.stringify(report.faults)}`);
  assert.ok(report.inFlightEdits > 0, 'some edits landed while a push or pull was in flight');
  const { declared, shown, conflictsNotOnce, losses, duplicates, divergences, problems } = report.verdict;
  assert.ok(declared >= 20, `the workload meets conflicts (${declared})`);
  assert.equal(shown, declared);
  assert.deepEqual(
    { conflictsNotOnce, losses, duplicates, divergences },
    { conflictsNotOnce: 0, losses: 0, duplicates: 0, divergences: 0 },
    problems.join('\n'),
  );
});

test('one admin alone on the same records under the same faults is never shown a conflict (lost answers and resends are not a teammate)', async () => {
  const team = await newTeam(backend.standin, 'Alone');
  const seed = 20261206;
  const report = await runSharedEdits(backend.standin, backend.db, team, {
    edits: 200,
    seed,
    alone: true,
    faults: { dropAfterCommit: 0.2, fail503: 0.1, seed },
  });
  assert.ok(report.faults.dropped >= 5, `faults: ${JSON.stringify(report.faults)}`);
  const { declared, shown, losses, duplicates, divergences, problems } = report.verdict;
  assert.deepEqual(
    { declared, shown, losses, duplicates, divergences },
    { declared: 0, shown: 0, losses: 0, duplicates: 0, divergences: 0 },
    problems.join('\n'),
  );
});
