// sync-pull-10k-s: a device with nothing pulls a team of 10,000 rows through the stand-in (supabase-js → HTTP →
// RLS-guarded sync_pull, pages of 1000). Baseline: the superuser selecting the same rows as JSON over one
// connection (no HTTP, no RLS, no function).
import { performance } from 'node:perf_hooks';
import { seedEntries, startBenchBackend, teamA } from '../db/bench-backend';
import { median, row, type BenchRow } from './row';

const rows = 10_000;
const runs = 3;

export default async function (): Promise<BenchRow[]> {
  const backend = await startBenchBackend();
  try {
    const existing = Number(
      (
        await backend.db.query(
          `select (select count(*) from clients where team_id = $1) + (select count(*) from contracts where team_id = $1)
            + (select count(*) from social_accounts where team_id = $1) + (select count(*) from templates where team_id = $1)
            + (select count(*) from time_entries where team_id = $1) + (select count(*) from post_labels where team_id = $1)
            + (select count(*) from follower_snapshots where team_id = $1) as n`,
          [teamA],
        )
      ).rows[0].n,
    );
    await seedEntries(backend.db, {
      count: rows - existing,
      users: 20,
      from: '2025-01-01T00:00:00Z',
      stepMinutes: 60,
      minutes: 45,
    });

    const pulls: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      let since = 0;
      let received = 0;
      for (;;) {
        const { data, error } = await backend.supabase.rpc('sync_pull', { team: teamA, since, page_size: 1000 });
        if (error) throw error;
        received += data.changes.length;
        since = data.next_since;
        if (!data.has_more) break;
      }
      pulls.push((performance.now() - started) / 1000);
      if (received !== rows) throw new Error(`pulled ${received} rows, expected ${rows}`);
    }

    const baselines: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const result = await backend.db.query(
        `select to_jsonb(t) as row from time_entries t where team_id = $1
         union all select to_jsonb(c) from clients c where team_id = $1
         union all select to_jsonb(c) from contracts c where team_id = $1
         union all select to_jsonb(a) from social_accounts a where team_id = $1
         union all select to_jsonb(x) from templates x where team_id = $1
         union all select to_jsonb(l) from post_labels l where team_id = $1
         union all select to_jsonb(s) from follower_snapshots s where team_id = $1`,
        [teamA],
      );
      if (result.rowCount !== rows) throw new Error(`baseline selected ${result.rowCount} rows`);
      baselines.push((performance.now() - started) / 1000);
    }
    return [
      row(
        'sync-pull-10k-s',
        median(pulls),
        's',
        median(baselines),
        `cold pull of ${rows} rows in pages of 1000 via supabase-js → stand-in → sync_pull (RLS); median of ${runs}; ` +
          "baseline: superuser select of the same rows as JSON, one query, no HTTP/RLS; target ≤ 3 s; on today's Supabase defaults (no default grants, postgres no superuser, per-role timeouts)",
      ),
    ];
  } finally {
    await backend.stop();
  }
}
