// sync-faults-duplicates-or-losses (issue 17, item 5): two team admins (the owner and an admin) edit the SAME 12
// shared records (4 clients, 4 contracts, 4 all-client templates) in their own browsers (fake-indexeddb), syncing
// now and then through the stand-in while it drops 20 % of RPC answers after commit and answers 10 % with 503,
// some edits landing mid-sync; each user answers every conflict they are shown (keep mine / take theirs); then
// the faults stop and both sync until quiet (tests/sync/shared-edits.ts). Value: conflicts the server answered
// that were not shown to their author exactly once + last words lost + rows doubled (goal 0). Baseline: the same
// runs without faults. sync-faults-run-s: the time of those runs, faults vs none.
import { newTeam, startBackend } from '../sync/backend';
import { runSharedEdits, type SharedEditsReport } from '../sync/shared-edits';
import { median, row, type BenchRow } from './row';

const edits = 600;
const seeds = [1, 2, 3];
const faults = { dropAfterCommit: 0.2, fail503: 0.1 };

export default async function (): Promise<BenchRow[]> {
  const backend = await startBackend();
  try {
    const run = async (seed: number, withFaults: boolean): Promise<SharedEditsReport> => {
      const team = await newTeam(backend.standin, `Bench ${seed}`);
      return runSharedEdits(backend.standin, backend.db, team, {
        edits,
        seed,
        faults: withFaults ? { ...faults, seed } : undefined,
      });
    };
    const faulty: SharedEditsReport[] = [];
    const clean: SharedEditsReport[] = [];
    for (const seed of seeds) {
      faulty.push(await run(seed, true));
      clean.push(await run(seed, false));
    }
    const bad = (r: SharedEditsReport) => r.verdict.conflictsNotOnce + r.verdict.losses + r.verdict.duplicates;
    const sum = (reports: SharedEditsReport[], f: (r: SharedEditsReport) => number) =>
      reports.reduce((n, r) => n + f(r), 0);
    const perSeed = faulty
      .map(
        (r, i) =>
          `seed ${seeds[i]}: ${r.faults.dropped} dropped, ${r.faults.failed503} 503, ${r.retries} failed rounds retried, ` +
          `${r.inFlightEdits} edits mid-sync, ${r.verdict.declared} conflicts answered / ${r.verdict.shown} shown`,
      )
      .join('; ');
    const parts = (reports: SharedEditsReport[]) =>
      `conflicts not shown once ${sum(reports, (r) => r.verdict.conflictsNotOnce)}, losses ${sum(reports, (r) => r.verdict.losses)}, ` +
      `duplicates ${sum(reports, (r) => r.verdict.duplicates)}, divergences ${sum(reports, (r) => r.verdict.divergences)}, ` +
      `conflicts ${sum(reports, (r) => r.verdict.declared)}`;
    const problems = faulty.flatMap((r) => r.verdict.problems).slice(0, 3);
    return [
      row(
        'sync-faults-duplicates-or-losses',
        sum(faulty, bad),
        'count',
        sum(clean, bad),
        `${edits} edits × ${seeds.length} seeds by the owner and an admin on the same 12 shared records (4 clients, ` +
          `4 contracts, 4 all-client templates), each user answering every conflict shown (mine/theirs), stand-in faults ` +
          `dropAfterCommit ${faults.dropAfterCommit}, fail503 ${faults.fail503} (${perSeed}); with faults: ${parts(faulty)}; ` +
          `baseline: the same runs without faults (${parts(clean)}); value = conflicts not shown exactly once + losses + ` +
          `duplicates; goal 0` +
          (problems.length > 0 ? `; first problems: ${problems.join(' | ')}` : ''),
      ),
      row(
        'sync-faults-run-s',
        median(faulty.map((r) => r.seconds)),
        's',
        median(clean.map((r) => r.seconds)),
        `one run of ${edits} same-record edits with its sync rounds (${faulty.map((r) => r.rounds).join('/')} rounds + ` +
          `${faulty.map((r) => r.retries).join('/')} retries), the final sync and the check, median of ${seeds.length}; ` +
          "baseline: the same without faults; fake-indexeddb (slower than Chrome's IndexedDB), no backoff waits",
      ),
    ];
  } finally {
    await backend.stop();
  }
}
