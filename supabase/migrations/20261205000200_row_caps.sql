-- No RPC answer is cut by PostgREST's max_rows (issue #15).
--
-- PostgREST limits what a set-returning function returns to `max_rows` (1000 on Supabase) without saying so:
-- monthly_hours for 1,200 clients answered 1,000 rows. Each set-returning function the extension calls becomes one
-- JSON array (a scalar result, which PostgREST sends whole): its rows come from the same query, now in private
-- (tests call those directly), and supabase-js receives the same array of objects as before.
-- Evidence: PostgREST @ the fetched HEAD, src/PostgREST/Query/QueryBuilder.hs / Plan.hs apply the range limit
-- (maxRows) to the function's result set; a non-set function's single value is not ranged.
-- redeem_invite keeps its table result: it returns one row. sync_pull already pages (page_size ≤ 5000 rows, one
-- JSON value).

alter function public.monthly_hours(uuid, date) set schema private;
create function public.monthly_hours(team uuid, month date) returns jsonb
language sql stable security invoker set search_path = ''
as $$
  select coalesce(jsonb_agg(to_jsonb(r) - 'n' order by r.n), '[]')
  from private.monthly_hours(team, month) with ordinality as r (client_id, user_id, hours, target_hours,
                                                                  min_daily_target_hours, working_days, n)
$$;
comment on function public.monthly_hours(uuid, date) is
  'Hours per client and member in the month (rows of private.monthly_hours as one JSON array; never capped by max_rows).';

alter function public.my_teams() set schema private;
create function public.my_teams() returns jsonb
language sql stable security invoker set search_path = ''
as $$
  select coalesce(jsonb_agg(to_jsonb(r) - 'n' order by r.n), '[]')
  from private.my_teams() with ordinality as r (team_id, name, time_zone, working_days, role, n)
$$;

drop function public.team_roster(uuid);
create function public.team_roster(team uuid) returns jsonb
language sql stable security invoker set search_path = ''
as $$
  select coalesce(jsonb_agg(to_jsonb(r) - 'n' order by r.n), '[]')
  from private.team_roster(team) with ordinality as r (user_id, display_name, email, role, joined_at, n)
$$;
