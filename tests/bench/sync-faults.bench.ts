// sync-faults-duplicates-or-losses: two teammates make 1,000 creates, edits and deletes in their own browsers
// (fake-indexeddb) and sync now and then through the stand-in while it drops 20 % of RPC answers after commit and
// answers 10 % with 503 (tests/sync/workload.ts); then the faults stop, both sync until quiet, and we count live
// server rows that repeat another (duplicates) plus users' last writes the server does not hold (losses).
// Goal 0. Baseline: the same runs without faults. sync-faults-run-s: the time of those runs, faults vs none.
import { newTeam, startBackend } from '../sync/backend';
import { runWorkload, type WorkloadReport } from '../sync/workload';
import { median, row, type BenchRow } from './row';

const mutations = 1000;
const seeds = [1, 2, 3];
const faults = { dropAfterCommit: 0.2, fail503: 0.1 };

export default async function (): Promise<BenchRow[]> {
  const backend = await startBackend();
  try {
    const run = async (seed: number, withFaults: boolean): Promise<WorkloadReport> => {
      const team = await newTeam(backend.standin, `Bench ${seed}`);
      return runWorkload(backend.standin, backend.db, team, {
        mutations,
        seed,
        faults: withFaults ? { ...faults, seed } : undefined,
      });
    };
    const faulty: WorkloadReport[] = [];
    const clean: WorkloadReport[] = [];
    for (const seed of seeds) {
      faulty.push(await run(seed, true));
      clean.push(await run(seed, false));
    }
    const bad = (r: WorkloadReport) => r.verdict.duplicates + r.verdict.losses;
    const sum = (reports: WorkloadReport[], f: (r: WorkloadReport) => number) => reports.reduce((n, r) => n + f(r), 0);
    const perSeed = faulty
      .map(
        (r, i) =>
          `seed ${seeds[i]}: ${r.faults.dropped} dropped, ${r.faults.failed503} 503, ${r.retries} failed rounds retried, ${r.inFlightEdits} edits mid-sync, ${r.duplicateResults} resent mutations answered as duplicates`,
      )
      .join('; ');
    const others = (reports: WorkloadReport[]) =>
      `divergences ${sum(reports, (r) => r.verdict.divergences)}, conflicts ${sum(reports, (r) => r.verdict.conflicts)}, ` +
      `rejections ${sum(reports, (r) => r.verdict.rejections)}, outbox left ${sum(reports, (r) => r.verdict.outbox)}`;
    return [
      row(
        'sync-faults-duplicates-or-losses',
        sum(faulty, bad),
        'count',
        sum(clean, bad),
        `${mutations} mutations × ${seeds.length} seeds, admin + member, stand-in faults dropAfterCommit ${faults.dropAfterCommit}, ` +
          `fail503 ${faults.fail503} (${perSeed}); with faults: ${others(faulty)}; baseline: the same runs without faults ` +
          `(${others(clean)}); goal 0`,
      ),
      row(
        'sync-faults-run-s',
        median(faulty.map((r) => r.seconds)),
        's',
        median(clean.map((r) => r.seconds)),
        `one run of ${mutations} mutations with its sync rounds (${faulty.map((r) => r.rounds).join('/')} rounds + ` +
          `${faulty.map((r) => r.retries).join('/')} retries), the final sync and the check, median of ${seeds.length}; ` +
          "baseline: the same without faults; fake-indexeddb (slower than Chrome's IndexedDB), no backoff waits",
      ),
    ];
  } finally {
    await backend.stop();
  }
}
