-- The sync protocol, part 2 (issue #7): sync_pull pages out everything changed since a revision;
-- purge_tombstones forgets old deletions. See supabase/README.md for the shapes.

-- sync_pull(team, since, page_size) → { changes: [{ table, revision, row }], next_since, has_more, revision,
--   reset }. Everything with revision > since, oldest first, tombstones included (row.deleted_at set).
-- `reset: true` (and no changes) when the cursor cannot be continued: it is older than the purged tombstones, or
-- newer than the team (a restored database). The device then drops its copy of the team and pulls from 0.

create function public.sync_pull(team uuid, since bigint default 0, page_size int default 1000) returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  st record;
  lim int := least(greatest(coalesce(page_size, 1000), 1), 5000);
  changes jsonb;
  n int;
  last_rev bigint;
begin
  select * into st from private.sync_state(team);
  since := coalesce(since, 0);
  if since < 0 or since > st.revision or (since > 0 and since < st.purged_through) then
    return jsonb_build_object('changes', '[]'::jsonb, 'next_since', 0, 'has_more', true,
                              'revision', st.revision, 'reset', true);
  end if;

  with page as (
    select * from (
      (select 'clients' as tbl, x.revision, to_jsonb(x) as r from public.clients x
        where x.team_id = team and x.revision > since order by x.revision limit lim + 1)
      union all
      (select 'contracts', x.revision, to_jsonb(x) from public.contracts x
        where x.team_id = team and x.revision > since order by x.revision limit lim + 1)
      union all
      (select 'social_accounts', x.revision, to_jsonb(x) from public.social_accounts x
        where x.team_id = team and x.revision > since order by x.revision limit lim + 1)
      union all
      (select 'templates', x.revision, to_jsonb(x) from public.templates x
        where x.team_id = team and x.revision > since order by x.revision limit lim + 1)
      union all
      (select 'time_entries', x.revision, to_jsonb(x) from public.time_entries x
        where x.team_id = team and x.revision > since order by x.revision limit lim + 1)
      union all
      (select 'post_labels', x.revision, to_jsonb(x) from public.post_labels x
        where x.team_id = team and x.revision > since order by x.revision limit lim + 1)
      union all
      (select 'follower_snapshots', x.revision, to_jsonb(x) from public.follower_snapshots x
        where x.team_id = team and x.revision > since order by x.revision limit lim + 1)
    ) u
    order by revision
    limit lim + 1
  )
  select coalesce(jsonb_agg(jsonb_build_object('table', p.tbl, 'revision', p.revision, 'row', p.r) order by p.revision)
                    filter (where p.ord <= lim), '[]'),
         count(*), max(p.revision) filter (where p.ord <= lim)
    into changes, n, last_rev
    from (select page.*, row_number() over (order by page.revision) as ord from page) p;

  return jsonb_build_object('changes', changes, 'next_since', coalesce(last_rev, since), 'has_more', n > lim,
                            'revision', st.revision, 'reset', false);
end
$$;

------------------------------------------------------------------------------------------------------------------
-- purge_tombstones(team, older_than): hard-deletes rows deleted longer ago than `older_than` (children first;
-- a tombstone still referenced by a kept row stays) and old push results. Pull cursors older than the newest
-- purged tombstone get `reset`. For the service role (a scheduled job), not for the extension.

create function private.purge_tombstones(team uuid, older_than interval default '90 days') returns bigint
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  cutoff timestamptz := now() - older_than;
  purged bigint := 0;
  newest bigint := 0;
  n bigint;
  top bigint;
begin
  perform 1 from private.team_sync s where s.team_id = team for update;

  with d as (delete from public.follower_snapshots x where x.team_id = team and x.deleted_at < cutoff returning x.revision)
  select count(*), coalesce(max(revision), 0) into n, top from d;
  purged := purged + n; newest := greatest(newest, top);

  with d as (delete from public.time_entries x where x.team_id = team and x.deleted_at < cutoff returning x.revision)
  select count(*), coalesce(max(revision), 0) into n, top from d;
  purged := purged + n; newest := greatest(newest, top);

  with d as (delete from public.post_labels x where x.team_id = team and x.deleted_at < cutoff returning x.revision)
  select count(*), coalesce(max(revision), 0) into n, top from d;
  purged := purged + n; newest := greatest(newest, top);

  with d as (delete from public.templates x where x.team_id = team and x.deleted_at < cutoff returning x.revision)
  select count(*), coalesce(max(revision), 0) into n, top from d;
  purged := purged + n; newest := greatest(newest, top);

  with d as (delete from public.contracts x where x.team_id = team and x.deleted_at < cutoff returning x.revision)
  select count(*), coalesce(max(revision), 0) into n, top from d;
  purged := purged + n; newest := greatest(newest, top);

  with d as (delete from public.social_accounts x where x.team_id = team and x.deleted_at < cutoff
               and not exists (select from public.follower_snapshots f where f.team_id = team and f.account_id = x.id)
             returning x.revision)
  select count(*), coalesce(max(revision), 0) into n, top from d;
  purged := purged + n; newest := greatest(newest, top);

  with d as (delete from public.clients x where x.team_id = team and x.deleted_at < cutoff
               and not exists (select from public.contracts c where c.team_id = team and c.client_id = x.id)
               and not exists (select from public.social_accounts a where a.team_id = team and a.client_id = x.id)
               and not exists (select from public.templates t where t.team_id = team and t.client_id = x.id)
               and not exists (select from public.time_entries e where e.team_id = team and e.client_id = x.id)
               and not exists (select from public.post_labels l where l.team_id = team and l.client_id = x.id)
             returning x.revision)
  select count(*), coalesce(max(revision), 0) into n, top from d;
  purged := purged + n; newest := greatest(newest, top);

  update private.team_sync s set purged_through = greatest(s.purged_through, newest) where s.team_id = team;
  delete from private.sync_mutations s where s.team_id = team and s.created_at < cutoff;
  return purged;
end
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.purge_tombstones(uuid, interval) to service_role;

revoke execute on function public.sync_pull(uuid, bigint, int) from public, anon;
grant execute on function public.sync_pull(uuid, bigint, int) to authenticated, service_role;
