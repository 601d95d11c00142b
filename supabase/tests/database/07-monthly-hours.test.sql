-- monthly_hours: hours per client and member in the team's time zone, split at month ends, DST-correct, beside the
-- contract's monthly target and daily minimum × working days.
begin;
create extension if not exists pgtap with schema extensions;

-- tests.act_as(persona) (supabase/seed.sql) switches between anon, seed users and the session user.

-- A Berlin team (DST: 2026-03-29 02:00 → 03:00, 2026-10-25 03:00 → 02:00) with two members.
insert into teams (id, name, time_zone) values ('10000000-0000-4000-a000-0000000000be', 'Berlin desk', 'Europe/Berlin');
insert into team_members (team_id, user_id, role) values
  ('10000000-0000-4000-a000-0000000000be', '00000000-0000-4000-a000-000000000005', 'owner'),
  ('10000000-0000-4000-a000-0000000000be', '00000000-0000-4000-a000-000000000006', 'member');
insert into clients (id, team_id, name_en) values
  ('20000000-0000-4000-a000-0000000000b1', '10000000-0000-4000-a000-0000000000be', 'Spree Bakery'),
  ('20000000-0000-4000-a000-0000000000b2', '10000000-0000-4000-a000-0000000000be', 'Idle Client');
insert into contracts (id, team_id, client_id, starts_on, monthly_hours, min_daily_hours, working_days) values
  -- starts mid-March: 16 of 31 days, Mon–Fri
  (gen_random_uuid(), '10000000-0000-4000-a000-0000000000be', '20000000-0000-4000-a000-0000000000b1', '2026-03-16', 62, 1.5, '{1,2,3,4,5}'),
  (gen_random_uuid(), '10000000-0000-4000-a000-0000000000be', '20000000-0000-4000-a000-0000000000b2', '2026-01-01', 10, 0.5, '{1,2,3,4,5}');

create function pg_temp.entry(who text, starts text, ends text, deleted boolean default false) returns void
language sql as $$
  insert into time_entries (id, team_id, client_id, user_id, start, "end", source, deleted_at)
  values (gen_random_uuid(), '10000000-0000-4000-a000-0000000000be', '20000000-0000-4000-a000-0000000000b1',
          case who when 'other' then '00000000-0000-4000-a000-000000000005'::uuid
                   else '00000000-0000-4000-a000-000000000006'::uuid end,
          starts::timestamptz, ends::timestamptz, 'manual', case when deleted then now() end)
$$;
-- Times are written with Berlin's offset of the day.
select pg_temp.entry('other', '2026-03-10 23:00+01', '2026-03-11 01:00+01');          -- across midnight: 2 h
select pg_temp.entry('other', '2026-03-29 00:00+01', '2026-03-29 04:00+02');          -- spring-forward night: 3 h
select pg_temp.entry('other', '2026-03-31 22:00+02', '2026-04-01 02:00+02');          -- month end: 2 h + 2 h
select pg_temp.entry('newcomer', '2026-03-05 10:00+01', '2026-03-05 11:30+01');       -- 1.5 h
select pg_temp.entry('newcomer', '2026-03-31T22:30Z', '2026-03-31T23:30Z');           -- 00:30–01:30 Berlin, 1 April: April only
select pg_temp.entry('newcomer', '2026-10-25 00:00+02', '2026-10-25 04:00+01');       -- fall-back night: 5 h
select pg_temp.entry('newcomer', '2026-03-12 09:00+01', '2026-03-12 17:00+01', true); -- deleted: not counted

select tests.act_as('newcomer');
create temp table march as select * from private.monthly_hours('10000000-0000-4000-a000-0000000000be', '2026-03-01');
grant select on march to public;

select plan(16);

select results_eq(
  $$select client_id, user_id, hours from private.monthly_hours('10000000-0000-4000-a000-0000000000be', '2026-03-15') order by 1, 2 nulls first$$,
  $$values ('20000000-0000-4000-a000-0000000000b1'::uuid, null::uuid, 8.5000),
           ('20000000-0000-4000-a000-0000000000b1', '00000000-0000-4000-a000-000000000005', 7.0000),
           ('20000000-0000-4000-a000-0000000000b1', '00000000-0000-4000-a000-000000000006', 1.5000),
           ('20000000-0000-4000-a000-0000000000b2', null, 0.0000)$$,
  'March: any day of the month names it; one row per client (user_id null) and per member; a client with a contract and no hours shows 0');
select is((select hours from march where user_id = '00000000-0000-4000-a000-000000000005'), 7.0000,
  'across midnight counts 2 h, the spring-forward night 00:00–04:00 its real 3 h, the month-end entry its March 2 h');
select is((select hours from march where user_id = '00000000-0000-4000-a000-000000000006'), 1.5000,
  'deleted entries do not count, nor does an entry that is 31 March in UTC but 1 April in Berlin');
select results_eq(
  $$select user_id, hours from private.monthly_hours('10000000-0000-4000-a000-0000000000be', '2026-04-01') where client_id = '20000000-0000-4000-a000-0000000000b1' order by 1 nulls first$$,
  $$values (null::uuid, 3.0000), ('00000000-0000-4000-a000-000000000005'::uuid, 2.0000), ('00000000-0000-4000-a000-000000000006'::uuid, 1.0000)$$,
  'April gets the rest of the month-end entry (2 h) and the entry that is 1 April in Berlin (1 h)');
select is((select hours from private.monthly_hours('10000000-0000-4000-a000-0000000000be', '2026-10-01') where user_id is not null), 5.0000,
  'the fall-back night 00:00–04:00 counts its real 5 h');

-- Targets.
select is((select target_hours from march where client_id = '20000000-0000-4000-a000-0000000000b1' and user_id is null), 32.0000,
  'a contract starting on 16 March gets 16/31 of its 62 monthly hours');
select is((select working_days from march where client_id = '20000000-0000-4000-a000-0000000000b1' and user_id is null), 12,
  'it has 12 of its working days (Mon–Fri) in March from the 16th');
select is((select min_daily_target_hours from march where client_id = '20000000-0000-4000-a000-0000000000b1' and user_id is null), 18.0000,
  'the daily minimum target is 1.5 h × 12 days');
select is((select target_hours from march where client_id = '20000000-0000-4000-a000-0000000000b2' and user_id is null), 10.0000,
  'a contract covering the whole month gets its full monthly hours');
select is((select working_days from march where client_id = '20000000-0000-4000-a000-0000000000b2' and user_id is null), 22,
  'March 2026 has 22 weekdays');
select is((select count(*)::int from march where user_id is not null and target_hours is not null), 0,
  'targets sit on the client rows only');

-- The seed team (Riyadh, Sun–Thu): everyone's March time beside the contract.
select tests.act_as('member');
select results_eq(
  $$select hours, target_hours, min_daily_target_hours, working_days from private.monthly_hours('10000000-0000-4000-a000-00000000000a', '2026-03-01') where user_id is null$$,
  $$values (7.5000, 80.0000, 46.0000, 23)$$,
  'a member sees the team''s total: 7.5 h of 80, daily minimum 2 h × 23 Sunday–Thursday days');
select is((select count(*)::int from private.monthly_hours('10000000-0000-4000-a000-00000000000a', '2026-03-01') where user_id is not null), 4,
  'and each member''s hours');
select is((select count(*)::int from private.monthly_hours('10000000-0000-4000-a000-00000000000a', '2025-12-01')), 0,
  'a month before the contract and without entries has no rows');

-- A running timer counts up to now.
select tests.act_as(null);
insert into time_entries (id, team_id, client_id, user_id, start, source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-0000000000be', '20000000-0000-4000-a000-0000000000b2',
          '00000000-0000-4000-a000-000000000006', now() - interval '90 minutes', 'timer');
select tests.act_as('newcomer');
select is((select hours from private.monthly_hours('10000000-0000-4000-a000-0000000000be', (now() at time zone 'Europe/Berlin')::date)
           where client_id = '20000000-0000-4000-a000-0000000000b2' and user_id is not null),
  round(extract(epoch from now() - greatest(now() - interval '90 minutes',
        date_trunc('month', now() at time zone 'Europe/Berlin') at time zone 'Europe/Berlin')) / 3600, 4),
  'a running timer counts up to now (from the month''s start if it began earlier)');

select tests.act_as('member');
select throws_ok($$select * from private.monthly_hours('10000000-0000-4000-a000-0000000000be', '2026-03-01')$$, '42501', null,
  'another team''s hours are permission denied');

select * from finish();
rollback;
