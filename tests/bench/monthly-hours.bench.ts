// monthly-hours-100k-ms: monthly_hours for a month holding 100,000 time entries (50 people × 2,000 entries),
// through the stand-in (supabase-js → HTTP → RLS-guarded function, time-zone month bounds, clipping, targets).
// Baseline: the superuser summing the same entries per client and person with a plain GROUP BY.
import { performance } from 'node:perf_hooks';
import { seedEntries, startBenchBackend, teamA } from '../db/bench-backend';
import { median, row, type BenchRow } from './row';

const count = 100_000;
const runs = 5;

export default async function (): Promise<BenchRow[]> {
  const backend = await startBenchBackend();
  try {
    // 2,000 entries per person, 15 minutes long, 20 minutes apart: 27.8 days from 2 March 2026 (all in March).
    await seedEntries(backend.db, { count, users: 50, from: '2026-03-02T00:00:00Z', stepMinutes: 20, minutes: 15 });

    const calls: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const { data, error } = await backend.supabase.rpc('monthly_hours', { team: teamA, month: '2026-03-01' });
      calls.push(performance.now() - started);
      if (error) throw error;
      if (data.length < 50) throw new Error(`monthly_hours returned ${data.length} rows`);
    }
    const baselines: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await backend.db.query(
        `select client_id, user_id, sum(extract(epoch from "end" - start)) / 3600 as hours
         from time_entries where team_id = $1 and start >= '2026-03-01' and start < '2026-04-01' and deleted_at is null
         group by client_id, user_id`,
        [teamA],
      );
      baselines.push(performance.now() - started);
    }
    return [
      row(
        'monthly-hours-100k-ms',
        median(calls),
        'ms',
        median(baselines),
        `monthly_hours over ${count.toLocaleString('en')} entries in one month via supabase-js → stand-in; median of ${runs}; ` +
          "baseline: superuser GROUP BY of the same entries (no zone bounds, clipping, targets, RLS or HTTP); on today's Supabase defaults (no default grants, postgres no superuser, per-role timeouts)",
      ),
    ];
  } finally {
    await backend.stop();
  }
}
