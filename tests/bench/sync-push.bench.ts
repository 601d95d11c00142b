// sync-push-1k-s: one push of 1,000 new time entries through the stand-in (supabase-js → HTTP → sync_push, each
// mutation checked, RLS-guarded, stamped with a revision and recorded for idempotency). Baseline: the superuser
// inserting the same 1,000 rows with one INSERT (no HTTP, RLS, triggers' per-row work still on).
import { performance } from 'node:perf_hooks';
import { clientA, startBenchBackend, teamA } from '../db/bench-backend';
import { median, row, type BenchRow } from './row';

const count = 1000;
const runs = 3;

function entries(day: number) {
  // One person's day: 1,000 entries of 1 minute, 1 minute apart (no overlaps), on a day of its own per run.
  const start = Date.UTC(2025, 0, 1 + 2 * day);
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    client_id: clientA,
    start: new Date(start + i * 120_000).toISOString(),
    end: new Date(start + i * 120_000 + 60_000).toISOString(),
    source: 'manual',
    platform: null,
    note: '',
  }));
}

export default async function (): Promise<BenchRow[]> {
  const backend = await startBenchBackend();
  try {
    const pushes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const mutations = entries(i).map((r) => ({
        id: crypto.randomUUID(),
        table: 'time_entries',
        op: 'upsert',
        base_revision: null,
        row: r,
      }));
      const started = performance.now();
      const { data, error } = await backend.supabase.rpc('sync_push', {
        team: teamA,
        device: crypto.randomUUID(),
        mutations,
      });
      pushes.push((performance.now() - started) / 1000);
      if (error) throw error;
      const applied = data.results.filter((r: { status: string }) => r.status === 'applied').length;
      if (applied !== count) throw new Error(`push applied ${applied} of ${count}: ${JSON.stringify(data.results[0])}`);
    }

    const member = '00000000-0000-4000-a000-000000000003';
    const baselines: number[] = [];
    for (let i = 0; i < runs; i++) {
      const rows = entries(100 + i).map((r) => ({ ...r, team_id: teamA, user_id: member }));
      const started = performance.now();
      await backend.db.query(
        `insert into time_entries (id, team_id, client_id, user_id, start, "end", source, platform, note)
         select id, team_id, client_id, user_id, start, "end", source, platform, note
         from jsonb_populate_recordset(null::time_entries, $1)`,
        [JSON.stringify(rows)],
      );
      baselines.push((performance.now() - started) / 1000);
    }
    return [
      row(
        'sync-push-1k-s',
        median(pushes),
        's',
        median(baselines),
        `${count} new time entries in one sync_push via supabase-js → stand-in (RLS, per-mutation checks, idempotency ` +
          `records); median of ${runs}; baseline: one superuser INSERT of the same rows; target ≤ 1 s; ` +
          `on today's Supabase defaults (no default grants, postgres no superuser, per-role timeouts)`,
      ),
    ];
  } finally {
    await backend.stop();
  }
}
