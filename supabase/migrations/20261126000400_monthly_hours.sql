-- monthly_hours(team, month): hours worked per client and per member in one calendar month of the team's time
-- zone, beside what the client's contract asks for (issue #7).
--
-- The month is [first day 00:00, next month's first day 00:00) in the team's IANA zone, turned into instants with
-- Postgres's own `AT TIME ZONE`; entries are clipped to those instants, so an entry crossing a month end counts
-- in both months, and a DST night counts its real length (a 00:00–04:00 entry on the spring-forward night is 3 h).
-- A running timer counts up to now. Deleted entries do not count.
--
-- Rows: one per client (user_id null) with the month's targets, and one per (client, member) with hours.
--   target_hours            the contract's monthly_hours, prorated by the days of the month it covers
--   min_daily_target_hours  min_daily_hours × the contract's working days in the month (within its dates)
--   working_days            that count of working days
-- Clients appear when they have a live contract overlapping the month or hours in it.

create function public.monthly_hours(team uuid, month date)
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
  with worked as (
    select e.client_id, e.user_id,
           greatest(extract(epoch from least(coalesce(e."end", now()), ends) - greatest(e.start, starts)), 0)
             / 3600 as h
    from public.time_entries e
    where e.team_id = team
      and e.deleted_at is null
      and tstzrange(e.start, coalesce(e."end", 'infinity'), '[)') && tstzrange(starts, ends, '[)')
  ),
  per_member as (
    select w.client_id, w.user_id, sum(w.h) as h from worked w group by w.client_id, w.user_id
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
  ),
  clients as (
    select t.client_id from targets t union select p.client_id from per_member p
  )
  select k.client_id, null::uuid,
         round(coalesce((select sum(p.h) from per_member p where p.client_id = k.client_id), 0), 4),
         round(coalesce(t.target, 0), 4), round(coalesce(t.min_daily, 0), 4), coalesce(t.working, 0)
  from clients k left join targets t on t.client_id = k.client_id
  union all
  select p.client_id, p.user_id, round(p.h, 4), null, null, null from per_member p
  order by 1, 2 nulls first;
end
$$;

revoke execute on function public.monthly_hours(uuid, date) from public, anon;
grant execute on function public.monthly_hours(uuid, date) to authenticated, service_role;
