-- Server scale (issue 17): monthly_hours and sync_pull stay fast and on indexes for a team-year of 1,000,000 time
-- entries (50 members, 300 clients). Measured by tests/bench/server-scale.bench.ts (monthly-hours-1m-ms,
-- sync-pull-incremental-1m-ms, and server-plans-use-index, which fails if either plan stops using an index);
-- supabase/tests/database/11-server-scale.test.sql checks the indexes, the results and row-level security.
--
-- Supabase's advice for RLS at scale (https://supabase.com/docs/guides/troubleshooting/rls-performance-and-best-practices-Z5Jjwv;
-- splinter lint 0003 auth_rls_initplan, https://supabase.github.io/splinter/0003_auth_rls_initplan): call auth
-- functions through `(select …)` so they run once per statement (all our
-- policies do: `team_id = any ((select private.my_team_ids())::uuid[])`, see 20261205000100_close_holes.sql),
-- index the columns policies and queries filter on, and filter explicitly in the query too (both RPCs say
-- `team_id = team` beside the policy), so the planner can use the index instead of relying on the policy alone.

------------------------------------------------------------------------------------------------------------------
-- 1. monthly_hours: the month's entries by an index range on start.
--
-- The old filter (`tstzrange(start, coalesce("end", 'infinity')) && month`) could only use the exclusion
-- constraint's GiST index on (team_id, user_id, range), which the planner passed over: on 1,000,000 entries it read
-- the whole table (Seq Scan, ~260 ms before any summing). An overlap cannot be bounded on `start` alone, because
-- an entry may have begun long before the month. So entries are split in two disjoint sets:
--   * ended entries of at most 24 hours (nearly all): they overlap the month only if they start in
--     [month start − 24 h, month end), a range scan of a btree on (team_id, start). The index is partial (live
--     entries only) and carries "end", client_id and user_id, so the scan reads no table pages where the
--     visibility map allows (index-only scan);
--   * running timers and entries longer than 24 hours (forgotten timers, rare): their own small partial index.
-- private.monthly_hours below queries each set with exactly these predicates, so the planner can match them.

create index time_entries_month_idx on public.time_entries (team_id, start) include ("end", client_id, user_id)
  where deleted_at is null;
create index time_entries_long_idx on public.time_entries (team_id, start)
  where deleted_at is null and ("end" is null or "end" - start > interval '24 hours');
-- The planner has no statistics for an entry's length, so it guessed a third of all entries were "long" and read the
-- month index instead of the (nearly empty) long-entry one. Statistics on the expression (PostgreSQL 14+, kept by
-- ANALYZE and autovacuum like a column's) let it see how rare long entries are.
create statistics public.time_entries_length_stats on ("end" - start) from public.time_entries;
analyze public.time_entries;
-- Superseded by time_entries_month_idx (no server query reads deleted entries by start); one index less to write.
drop index public.time_entries_start_idx;

-- Same answer as before (07-monthly-hours and 11-server-scale check it); only the way to the rows changes, and the
-- client totals are summed by a GROUP BY instead of one sub-select per client over every member's sums.
create or replace function private.monthly_hours(team uuid, month date)
returns table (
  client_id uuid,
  user_id uuid,
  hours numeric,
  target_hours numeric,
  min_daily_target_hours numeric,
  working_days int
)
language plpgsql stable security invoker set search_path = ''
as $$
declare
  tz text;
  first_day date := date_trunc('month', month::timestamp)::date;
  last_day date := (date_trunc('month', month::timestamp) + interval '1 month - 1 day')::date;
  starts timestamptz;
  ends timestamptz;
begin
  perform private.require_member(team);
  select t.time_zone into tz from public.teams t where t.id = team;
  starts := first_day::timestamp at time zone tz;
  ends := (first_day + interval '1 month')::timestamp at time zone tz;

  return query
  with month_entries as (
    -- Ended, at most 24 hours long: starts at most 24 hours before the month (time_entries_month_idx).
    select e.client_id, e.user_id, e.start, e."end"
    from public.time_entries e
    where e.team_id = team
      and e.deleted_at is null
      and e.start >= starts - interval '24 hours' and e.start < ends
      and e."end" is not null and e."end" - e.start <= interval '24 hours'
      and e."end" > starts
    union all
    -- Running or longer than 24 hours (time_entries_long_idx).
    select e.client_id, e.user_id, e.start, e."end"
    from public.time_entries e
    where e.team_id = team
      and e.deleted_at is null
      and (e."end" is null or e."end" - e.start > interval '24 hours')
      and e.start < ends
      and coalesce(e."end", 'infinity') > starts
  ),
  per_member as (
    -- Summed as intervals (exact microseconds, integer work) and turned into hours once per group: per-row numeric
    -- arithmetic was most of the cost over a month of ~80,000 entries.
    select w.client_id, w.user_id,
           extract(epoch from sum(greatest(least(coalesce(w."end", now()), ends) - greatest(w.start, starts),
                                           interval '0'))) / 3600 as h
    from month_entries w
    group by w.client_id, w.user_id
  ),
  per_client as (
    select p.client_id, sum(p.h) as h from per_member p group by p.client_id
  ),
  targets as (
    select c.client_id,
           sum(c.monthly_hours * d.covered / extract(day from last_day)::numeric) as target,
           sum(c.min_daily_hours * d.working) as min_daily,
           sum(d.working)::int as working
    from public.contracts c
    cross join lateral (
      select count(*) as covered,
             count(*) filter (where extract(dow from day)::int = any (c.working_days)) as working
      from generate_series(greatest(c.starts_on, first_day)::timestamp,
                           least(coalesce(c.ends_on, last_day), last_day)::timestamp,
                           interval '1 day') as day
    ) d
    where c.team_id = team and c.deleted_at is null
      and c.starts_on <= last_day and (c.ends_on is null or c.ends_on >= first_day)
    group by c.client_id
  )
  select coalesce(t.client_id, k.client_id), null::uuid,
         round(coalesce(k.h, 0), 4), round(coalesce(t.target, 0), 4), round(coalesce(t.min_daily, 0), 4),
         coalesce(t.working, 0)
  from targets t full join per_client k on k.client_id = t.client_id
  union all
  select p.client_id, p.user_id, round(p.h, 4), null, null, null from per_member p
  order by 1, 2 nulls first;
end
$$;

------------------------------------------------------------------------------------------------------------------
-- 2. sync_pull answers json, built as text, instead of jsonb.
--
-- A page of 1,000 time entries is ~640 kB of JSON. Building it as jsonb (to_jsonb per row, jsonb_build_object,
-- jsonb_agg) and then printing it took 40–90 ms on the bench machine, the index scan 1–4 ms; json_build_object /
-- json_agg / to_json write the same document as text in a third of that. Callers receive the same JSON
-- (PostgREST sends a json or jsonb scalar as the body alike; key order inside objects is not part of the
-- contract). The rows still come through the (team_id, revision) unique index of each table, `revision > since`,
-- oldest first, at most page_size + 1 per table. A changed return type needs drop and create; the grants follow.

drop function public.sync_pull(uuid, bigint, int);
create function public.sync_pull(team uuid, since bigint default 0, page_size int default 1000) returns json
language plpgsql stable security invoker set search_path = ''
as $$
declare
  st record;
  lim int := least(greatest(coalesce(page_size, 1000), 1), 5000);
  changes json;
  n int;
  last_rev bigint;
begin
  select * into st from private.sync_state(team);
  since := coalesce(since, 0);
  if since < 0 or since > st.revision or (since > 0 and since < st.purged_through) then
    return json_build_object('changes', '[]'::json, 'next_since', 0, 'has_more', true,
                             'revision', st.revision, 'reset', true);
  end if;

  -- One branch per table, each reading at most lim + 1 rows through its (team_id, revision) index; the branches
  -- differ only by table, so the query is built from the list (planned per call, which is per page, not per row).
  execute format($q$
    with page as (
      select * from (%s) u
      order by revision
      limit $3 + 1
    )
    select coalesce(json_agg(json_build_object('table', p.tbl, 'revision', p.revision, 'row', p.r) order by p.revision)
                      filter (where p.ord <= $3), '[]'),
           count(*), max(p.revision) filter (where p.ord <= $3)
      from (select page.*, row_number() over (order by page.revision) as ord from page) p
    $q$,
    (select string_agg(format('(select %L::text as tbl, x.revision, to_json(x) as r from public.%I x
                                 where x.team_id = $1 and x.revision > $2 order by x.revision limit $3 + 1)', t, t),
                       ' union all ' order by i)
       from unnest(array['clients', 'contracts', 'social_accounts', 'templates', 'time_entries', 'post_labels',
                         'follower_snapshots']) with ordinality as l (t, i)))
    into changes, n, last_rev
    using team, since, lim;

  return json_build_object('changes', changes, 'next_since', coalesce(last_rev, since), 'has_more', n > lim,
                           'revision', st.revision, 'reset', false);
end
$$;
comment on function public.sync_pull(uuid, bigint, int) is
  'Changes of the team after revision `since`, oldest first, one page (see supabase/README.md).';

-- As 20261205000300_api_grants.sql: nothing by default, the API roles that call it explicitly.
revoke all on function public.sync_pull(uuid, bigint, int) from public, anon, authenticated, service_role;
grant execute on function public.sync_pull(uuid, bigint, int) to authenticated, service_role;
