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

export async function startBenchBackend(
  email = 'member@wasla.test',
  options: { settings?: Record<string, string> } = {},
): Promise<BenchBackend> {
  const cluster = startCluster({ settings: options.settings });
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

/** What seedTeamYear made, for the benches' queries. */
export interface TeamYear {
  entries: number;
  members: number;
  clients: number;
  /** Entries with `deleted_at` set (tombstones) and entries edited after they were made. */
  deleted: number;
  edited: number;
  /** The team's revision after seeding. */
  revision: number;
}

/**
 * A year of one busy agency in team A: `members` people (the seed's 4 plus new ones), `clients` clients (the seed's
 * one plus new ones, two thirds with a contract) and exactly `entries` time entries in 2026, made server-side with
 * generate_series as the superuser (seconds, not an HTTP push), then VACUUM ANALYZE (what autovacuum would have done
 * by then).
 *
 * Each member works the team's working days (Sunday–Thursday, Asia/Riyadh) from about 08:00, a day being 77
 * slots of 2–7 minutes (auto-tracked page visits) with a long one of 30–54 minutes every 11th (timers, manual
 * entries): 1,000,000 entries over 50 people is 77 a working day each. An entry fills half to all of its slot, so
 * one person's live entries never overlap (the exclusion constraint holds). Each member serves a portfolio of 24
 * neighbouring clients, favourites first (so each client has about 4 people, and a month has ~1,200 member-client
 * pairs). Six times a year each member forgets a timer from Thursday evening into the weekend (30–40 hours). An
 * entry is written when it ends (manual ones up to 4 h later); 10 % are edited 1 h–10 days later (shorter, new
 * note) and 3 % deleted 6 min–3 days later, so `updated_at` and the revision differ from creation.
 * Revisions follow the last write's time across the whole team, as the push trigger assigns them; rows are stored
 * in that order (an edit's new row version lands at the heap's end, as an UPDATE's does).
 * Triggers are off (session_replication_role = replica): the columns they would stamp are set here.
 */
export async function seedTeamYear(
  db: pg.Client,
  { entries = 1_000_000, members = 50, clients = 300 } = {},
): Promise<TeamYear> {
  await db.query('begin');
  await db.query('set local session_replication_role = replica');
  await db.query("set local work_mem = '512MB'");
  await db.query("set local maintenance_work_mem = '512MB'");
  const base = Number(
    (await db.query('select revision from private.team_sync where team_id = $1 for update', [teamA])).rows[0].revision,
  );
  const existingMembers = Number(
    (await db.query('select count(*) as n from public.team_members where team_id = $1', [teamA])).rows[0].n,
  );
  await db.query(
    `insert into auth.users (instance_id, id, aud, role, email, created_at, updated_at)
     select '00000000-0000-0000-0000-000000000000', ('00000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid,
            'authenticated', 'authenticated', 'bench' || i || '@wasla.test', now(), now()
     from generate_series(1, $1::int) as i`,
    [members - existingMembers],
  );
  await db.query(
    `insert into public.team_members (team_id, user_id, role, display_name)
     select $1, ('00000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid, 'member', 'Bench ' || i
     from generate_series(1, $2::int) as i`,
    [teamA, members - existingMembers],
  );
  const existingClients = Number(
    (await db.query('select count(*) as n from public.clients where team_id = $1', [teamA])).rows[0].n,
  );
  const newClients = clients - existingClients;
  await db.query(
    `insert into public.clients (id, team_id, name_ar, name_en, revision, created_at, updated_at)
     select ('20000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid, $1, 'عميل ' || i, 'Client ' || i, $2::bigint + i,
            '2025-12-01', '2025-12-01'
     from generate_series(1, $3::int) as i`,
    [teamA, base, newClients],
  );
  const contracts = Math.floor((newClients * 2) / 3);
  await db.query(
    `insert into public.contracts (id, team_id, client_id, starts_on, monthly_hours, min_daily_hours, revision,
                                   created_at, updated_at)
     select gen_random_uuid(), $1, ('20000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid, '2025-12-01',
            10 + i % 70, 0.5 + (i % 4) * 0.25, $2::bigint + $3::int + i, '2025-12-01', '2025-12-01'
     from generate_series(1, $4::int) as i`,
    [teamA, base, newClients, contracts],
  );
  const entriesBase = base + newClients + contracts;
  // The seed's few sample entries of team A would overlap the generated days (and make the count inexact).
  await db.query('delete from public.time_entries where team_id = $1', [teamA]);
  // Building time entries' indexes after the insert takes a third of the time of a million index insertions (the
  // exclusion constraint's GiST index most of all): take them off and put the same definitions back afterwards.
  const { rows: constraints } = await db.query<{ name: string; def: string }>(
    `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
     where conrelid = 'public.time_entries'::regclass and contype in ('p', 'u', 'x')`,
  );
  const { rows: indexes } = await db.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
     where i.indrelid = 'public.time_entries'::regclass
       and not exists (select from pg_constraint c where c.conindid = i.indexrelid)`,
  );
  for (const c of constraints)
    await db.query(`alter table public.time_entries drop constraint ${pg.escapeIdentifier(c.name)}`);
  for (const i of indexes) await db.query(`drop index ${i.name}`);
  // r(n): the n-th pseudo-random number in [0, 1) of entry g, from Postgres's own integer hash (deterministic).
  await db.query(
    `insert into public.time_entries (id, team_id, client_id, user_id, start, "end", source, platform, note, revision,
                                      created_at, created_by, updated_at, updated_by, deleted_at)
     with people as (
       select user_id, (row_number() over (order by user_id) - 1)::int as m from public.team_members where team_id = $1
     ),
     customers as (
       select id, (row_number() over (order by id) - 1)::int as k from public.clients where team_id = $1
     ),
     days as (
       select (row_number() over (order by d) - 1)::int as di, (d + time '08:00') at time zone 'Asia/Riyadh' as opens
       from generate_series('2026-01-01'::timestamp, '2026-12-31', '1 day') as d
       where extract(dow from d) in (0, 1, 2, 3, 4)
     ),
     slots as (
       select k, (sum(len) over (order by k) - len)::int as off, len
       from (select k, case when k % 11 = 0 then 30 + (k * 37) % 25 else 2 + (k * 13) % 6 end as len
             from generate_series(0, 76) as k) s
     ),
     gen as (
       select g, r1, r2, r3, r4, r5, p.user_id, c.id as client_id,
              d.opens + interval '1 minute' * ((p.m * 7 + d.di * 13) % 60 + s.off) as start,
              interval '1 second' * greatest(60, s.len * 60 * (0.5 + 0.5 * r1)) as length,
              r3 >= 0.9 as manual, r4 < 0.10 as edited, r4 >= 0.10 and r4 < 0.13 as deleted
       from generate_series(0, $3::int - $4 * 6 - 1) as g
       cross join lateral (select
         (hashint8(g * 8 + 1) & 2147483647) / 2147483648::float8 as r1,
         (hashint8(g * 8 + 2) & 2147483647) / 2147483648::float8 as r2,
         (hashint8(g * 8 + 3) & 2147483647) / 2147483648::float8 as r3,
         (hashint8(g * 8 + 4) & 2147483647) / 2147483648::float8 as r4,
         (hashint8(g * 8 + 5) & 2147483647) / 2147483648::float8 as r5) r
       join people p on p.m = g % $4
       join days d on d.di = (g / $4) / 77
       join slots s on s.k = (g / $4) % 77
       -- A member's portfolio: 24 neighbouring clients (favourites first), so each client has about 4 people.
       join customers c on c.k = (p.m * 6 + floor(r2 * r2 * 24)::int) % $5
     ),
     -- Forgotten timers: six a member over the year, from a Thursday evening (after the day's slots) into the
     -- weekend, 30–40 hours (the team works Sunday–Thursday), never edited or deleted.
     forgotten as (
       select -1 - g as g, 0.5 as r1, 0.0 as r2, 0.8 as r3, 0.5 as r4, 0.0 as r5, p.user_id, c.id as client_id,
              ('2026-01-01 20:00'::timestamp + interval '7 days' * ((p.m + (g / $4) * 9) % 52)) at time zone 'Asia/Riyadh'
                as start,
              interval '30 hours' + interval '1 hour' * (g % 11) as length,
              false as manual, false as edited, false as deleted
       from generate_series(0, $4 * 6 - 1) as g
       join people p on p.m = g % $4
       join customers c on c.k = (p.m * 6) % $5
     ),
     written as (
       select e.*, start + length + case when manual then interval '4 hours' * r5 else interval '0' end as created_at
       from (select * from gen union all select * from forgotten) e
     ),
     last_write as (
       select written.*,
              created_at + case when edited then interval '1 hour' + interval '239 hours' * r5
                                when deleted then interval '6 minutes' + interval '72 hours' * r5
                                else interval '0' end as updated_at
       from written
     )
     select gen_random_uuid(), $1, client_id, user_id, start,
            start + case when edited then length * 0.9 else length end,
            case when manual then 'manual' when r3 < 0.7 then 'auto' else 'timer' end,
            case when r3 < 0.7 then (array['facebook', 'instagram', 'x'])[1 + (g % 3)] end,
            case when edited then 'corrected' when manual then 'monthly report' else '' end,
            $2::bigint + row_number() over (order by updated_at, g),
            created_at, user_id, updated_at, user_id, case when deleted then updated_at end
     from last_write
     order by updated_at, g`,
    [teamA, entriesBase, entries, members, clients],
  );
  for (const c of constraints)
    await db.query(`alter table public.time_entries add constraint ${pg.escapeIdentifier(c.name)} ${c.def}`);
  for (const i of indexes) await db.query(i.def);
  const revision = entriesBase + entries;
  await db.query('update private.team_sync set revision = $2 where team_id = $1', [teamA, revision]);
  await db.query('commit');
  await db.query(
    'vacuum analyze public.time_entries, public.clients, public.contracts, public.team_members, auth.users',
  );
  const counts = (
    await db.query(
      `select count(*) filter (where deleted_at is not null) as deleted,
              count(*) filter (where note = 'corrected') as edited
       from public.time_entries where team_id = $1`,
      [teamA],
    )
  ).rows[0];
  return { entries, members, clients, deleted: Number(counts.deleted), edited: Number(counts.edited), revision };
}
