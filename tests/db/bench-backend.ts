// The backend the sync benches measure: a throwaway PostgreSQL 15 cluster (tests/db/cluster.ts) prepared as a
// Supabase project created today (no default grants; our grants migration; postgres no superuser) with migrations
// and seed, the HTTP stand-in in front of it (PostgREST's per-role timeouts and max_rows included), and a supabase-js client signed in as a team member — the same path
// the extension's background takes, over loopback.
import type { SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { clientFor } from '../support/standin/flows';
import { startStandin, type Standin } from '../support/standin/server';
import { startCluster, type Cluster } from './cluster';

export const teamA = '10000000-0000-4000-a000-00000000000a';
export const clientA = '20000000-0000-4000-a000-000000000001';

export interface BenchBackend {
  cluster: Cluster;
  standin: Standin;
  /** Superuser (supabase_admin) connection: seeding and baselines (bypasses RLS, no HTTP). Seeding turns triggers
   * off (session_replication_role), which only a superuser may. */
  db: pg.Client;
  /** Signed in as member@wasla.test (team A). */
  supabase: SupabaseClient;
  stop(): Promise<void>;
}

export async function startBenchBackend(email = 'member@wasla.test'): Promise<BenchBackend> {
  const cluster = startCluster();
  let standin: Standin | undefined;
  const db = new pg.Client({ connectionString: cluster.adminUrl });
  try {
    await db.connect();
    standin = await startStandin({ databaseUrl: cluster.url, authenticatorUrl: cluster.authenticatorUrl });
    const supabase = clientFor(standin);
    const { error } = await supabase.auth.signInWithPassword({ email, password: 'wasla-dev-password' });
    if (error) throw error;
    const s = standin;
    return {
      cluster,
      standin: s,
      db,
      supabase,
      async stop() {
        await s.stop();
        await db.end();
        cluster.stop();
      },
    };
  } catch (error) {
    await standin?.stop();
    await db.end().catch(() => {});
    cluster.stop();
    throw error;
  }
}

/**
 * Bulk-inserts `count` time entries for team A (one per `step`, `minutes` long, spread over `users` people from
 * `from`) as the superuser. Triggers are off for speed (session_replication_role = replica), so revisions are
 * assigned here the way private.stamp_synced_row would: the team's next ones, in order.
 */
export async function seedEntries(
  db: pg.Client,
  options: { count: number; users: number; from: string; stepMinutes: number; minutes: number },
): Promise<void> {
  const { count, users, from, stepMinutes, minutes } = options;
  await db.query('begin');
  await db.query('set local session_replication_role = replica');
  const { rows } = await db.query('select revision from private.team_sync where team_id = $1 for update', [teamA]);
  const base = Number(rows[0].revision);
  await db.query(
    `insert into public.time_entries (id, team_id, client_id, user_id, start, "end", source, note, revision,
                                      created_at, created_by, updated_at, updated_by)
     select gen_random_uuid(), $1, $2, u.id, s.start, s.start + make_interval(mins => $6), 'timer', 'bench', $7 + g,
            now(), u.id, now(), u.id
     from generate_series(1, $3) as g
     cross join lateral (select ('00000000-0000-4000-b000-' || lpad(((g - 1) % $4)::text, 12, '0'))::uuid as id) u
     cross join lateral (select $5::timestamptz + make_interval(mins => ((g - 1) / $4) * $8) as start) s`,
    [teamA, clientA, count, users, from, minutes, base, stepMinutes],
  );
  await db.query('update private.team_sync set revision = $2 where team_id = $1', [teamA, base + count]);
  await db.query('commit');
  await db.query('analyze public.time_entries');
}
