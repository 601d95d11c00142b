-- Server scale (20261205000400_server_scale.sql): the indexes monthly_hours reads by, the same answers as the
-- plain overlap definition for every kind of entry (short, exactly 24 h, long, running, deleted, across the month's
-- edges), row-level security through the new index paths, and sync_pull answering json. The speed and the plans at
-- 1,000,000 entries are measured by tests/bench/server-scale-1m.bench.ts.
begin;
create extension if not exists pgtap with schema extensions;

select plan(16);

-- The indexes and the statistics.
select is(pg_get_indexdef('public.time_entries_month_idx'::regclass),
  'CREATE INDEX time_entries_month_idx ON public.time_entries USING btree (team_id, start) INCLUDE ("end", client_id, user_id) WHERE (deleted_at IS NULL)',
  'live entries by (team, start), carrying end, client and member (index-only month scans)');
select is(pg_get_indexdef('public.time_entries_long_idx'::regclass),
  'CREATE INDEX time_entries_long_idx ON public.time_entries USING btree (team_id, start) WHERE ((deleted_at IS NULL) AND (("end" IS NULL) OR (("end" - start) > ''24:00:00''::interval)))',
  'running and longer-than-24-hour live entries by (team, start)');
select is(pg_get_indexdef('public.time_entries_revision_idx'::regclass),
  'CREATE UNIQUE INDEX time_entries_revision_idx ON public.time_entries USING btree (team_id, revision)',
  'sync_pull still reads time entries by (team, revision)');
select hasnt_index('public', 'time_entries', 'time_entries_start_idx', 'the superseded (team, start) index is gone');
select is((select pg_get_statisticsobjdef_expressions(oid) from pg_statistic_ext
           where stxname = 'time_entries_length_stats' and stxrelid = 'public.time_entries'::regclass),
  array['("end" - start)'],
  'the planner has statistics on entry length (how rare long entries are)');

-- A Berlin team (DST on 29 March) whose entries cover every case, beside the plain definition of monthly_hours.
insert into teams (id, name, time_zone) values ('10000000-0000-4000-a000-0000000000c5', 'Scale desk', 'Europe/Berlin');
insert into team_members (team_id, user_id, role) values
  ('10000000-0000-4000-a000-0000000000c5', '00000000-0000-4000-a000-000000000005', 'owner'),
  ('10000000-0000-4000-a000-0000000000c5', '00000000-0000-4000-a000-000000000006', 'member');
insert into clients (id, team_id, name_en) values
  ('20000000-0000-4000-a000-0000000000c1', '10000000-0000-4000-a000-0000000000c5', 'Kiez Café'),
  ('20000000-0000-4000-a000-0000000000c2', '10000000-0000-4000-a000-0000000000c5', 'Havel Boats');
create temp table scale_entries (who uuid, client uuid, starts timestamptz, ends timestamptz, deleted boolean);
insert into scale_entries values
  -- One after another for each person (their live entries may not overlap); Berlin is UTC+1 until 29 March 02:00.
  ('00000000-0000-4000-a000-000000000005', '20000000-0000-4000-a000-0000000000c1', '2026-02-27 10:00+01', '2026-02-27 11:00+01', false), -- February only
  ('00000000-0000-4000-a000-000000000005', '20000000-0000-4000-a000-0000000000c1', '2026-02-28 06:00+01', '2026-03-01 06:00+01', false), -- exactly 24 h, 6 in March
  ('00000000-0000-4000-a000-000000000005', '20000000-0000-4000-a000-0000000000c2', '2026-03-01 06:00+01', '2026-03-02 06:00:00.000001+01', false), -- 24 h and a µs
  ('00000000-0000-4000-a000-000000000005', '20000000-0000-4000-a000-0000000000c1', '2026-03-10 09:00+01', '2026-03-10 09:05+01', false), -- short
  ('00000000-0000-4000-a000-000000000005', '20000000-0000-4000-a000-0000000000c1', '2026-03-10 09:05+01', '2026-03-10 17:00+01', true),  -- deleted
  ('00000000-0000-4000-a000-000000000005', '20000000-0000-4000-a000-0000000000c2', '2026-03-28 20:00+01', '2026-03-30 08:00+02', false), -- 35 h over the DST night
  ('00000000-0000-4000-a000-000000000005', '20000000-0000-4000-a000-0000000000c1', '2026-03-31 23:30+02', '2026-04-01 00:30+02', false), -- across the month end
  ('00000000-0000-4000-a000-000000000006', '20000000-0000-4000-a000-0000000000c2', '2026-01-20 09:00+01', '2026-03-03 09:00+01', false), -- six weeks long
  ('00000000-0000-4000-a000-000000000006', '20000000-0000-4000-a000-0000000000c1', '2026-03-05 12:00+01', '2026-03-05 12:30+01', false),
  ('00000000-0000-4000-a000-000000000006', '20000000-0000-4000-a000-0000000000c2', '2026-03-31 22:30+02', null, false);                 -- running since March
insert into time_entries (id, team_id, client_id, user_id, start, "end", source, deleted_at)
  select gen_random_uuid(), '10000000-0000-4000-a000-0000000000c5', client, who, starts, ends, 'manual',
         case when deleted then '2026-03-11 10:00+01'::timestamptz end
  from scale_entries;
analyze time_entries;

-- The plain definition: every live entry overlapping the month, clipped to it, a running one up to now.
create function pg_temp.expected(month_start timestamptz, month_end timestamptz)
returns table (client_id uuid, user_id uuid, hours numeric)
language sql as $$
  with per_member as (
    select client as client_id, who as user_id,
           sum(greatest(extract(epoch from least(coalesce(ends, now()), month_end) - greatest(starts, month_start)), 0) / 3600) as h
    from scale_entries
    where not deleted and starts < month_end and coalesce(ends, 'infinity') > month_start
    group by 1, 2
  )
  select p.client_id, null::uuid, round(sum(p.h), 4) from per_member p group by 1
  union all
  select p.client_id, p.user_id, round(p.h, 4) from per_member p
$$;
grant execute on function pg_temp.expected(timestamptz, timestamptz) to authenticated;
grant select on scale_entries to authenticated;

select tests.act_as('newcomer');
select set_eq(
  $$select client_id, user_id, hours from private.monthly_hours('10000000-0000-4000-a000-0000000000c5', '2026-03-01')$$,
  $$select * from pg_temp.expected('2026-03-01 00:00+01', '2026-04-01 00:00+02')$$,
  'March: each client and member as the plain overlap definition says (24 h, 24 h + 1 µs, 35 h over DST, six weeks, running, deleted)');
select set_eq(
  $$select client_id, user_id, hours from private.monthly_hours('10000000-0000-4000-a000-0000000000c5', '2026-02-01')$$,
  $$select * from pg_temp.expected('2026-02-01 00:00+01', '2026-03-01 00:00+01')$$,
  'February likewise (the long entry from January, the 24-hour one ending in March)');
select set_eq(
  $$select client_id, user_id, hours from private.monthly_hours('10000000-0000-4000-a000-0000000000c5', '2026-04-01')$$,
  $$select * from pg_temp.expected('2026-04-01 00:00+02', '2026-05-01 00:00+02')$$,
  'April likewise (the month-end entry''s half, the running timer)');
select is((select hours from private.monthly_hours('10000000-0000-4000-a000-0000000000c5', '2026-03-01')
           where client_id = '20000000-0000-4000-a000-0000000000c2' and user_id = '00000000-0000-4000-a000-000000000005'),
  round((24 * 3600 + 0.000001 + 35 * 3600) / 3600.0, 4),
  'the 24 h + 1 µs entry and the 35-hour weekend entry (a real 35 h across the DST night) count whole');
select is((select hours from private.monthly_hours('10000000-0000-4000-a000-0000000000c5', '2026-03-01')
           where client_id = '20000000-0000-4000-a000-0000000000c2' and user_id = '00000000-0000-4000-a000-000000000006'),
  57 + 1.5000,
  'a six-week entry counts its 57 hours of March (1 March 00:00 – 3 March 09:00), a timer running since 22:30 on 31 March its last 1.5 h');

-- Row-level security on the new paths.
select tests.act_as('member');
select throws_ok($$select * from private.monthly_hours('10000000-0000-4000-a000-0000000000c5', '2026-03-01')$$, '42501', null,
  'a non-member asking for the team''s month is refused');
set local enable_seqscan = off;
select is((select count(*)::int from time_entries
           where team_id = '10000000-0000-4000-a000-0000000000c5' and deleted_at is null
             and start >= '2026-01-01' and start < '2027-01-01'), 0,
  'a non-member reads none of the team''s entries through the month index');
select is((select count(*)::int from time_entries
           where team_id = '10000000-0000-4000-a000-0000000000c5' and deleted_at is null
             and ("end" is null or "end" - start > interval '24 hours') and start < '2027-01-01'), 0,
  '… nor through the long-entry index');
select tests.act_as('other');
select is((select count(*)::int from time_entries
           where team_id = '10000000-0000-4000-a000-0000000000c5' and deleted_at is null
             and start >= '2026-01-01' and start < '2027-01-01'), 9,
  'a member reads the team''s nine live entries through the same paths');
reset enable_seqscan;

-- sync_pull answers json (built as text), still only for members.
select is(pg_typeof(sync_pull('10000000-0000-4000-a000-0000000000c5', 0))::text, 'json', 'sync_pull returns json');
select tests.act_as('member');
select throws_ok($$select sync_pull('10000000-0000-4000-a000-0000000000c5', 0)$$, '42501', null,
  'a non-member still gets permission denied from sync_pull');

select * from finish();
rollback;
