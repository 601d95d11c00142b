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

  -- One branch per table, each reading at most lim + 1 rows through its (team_id, revision) index; the branches
  -- differ only by table, so the query is built from the list (planned per call, which is per page, not per row).
  execute format($q$
    with page as (
      select * from (%s) u
      order by revision
      limit $3 + 1
    )
    select coalesce(jsonb_agg(jsonb_build_object('table', p.tbl, 'revision', p.revision, 'row', p.r) order by p.revision)
                      filter (where p.ord <= $3), '[]'),
           count(*), max(p.revision) filter (where p.ord <= $3)
      from (select page.*, row_number() over (order by page.revision) as ord from page) p
    $q$,
    (select string_agg(format('(select %L::text as tbl, x.revision, to_jsonb(x) as r from public.%I x
                                 where x.team_id = $1 and x.revision > $2 order by x.revision limit $3 + 1)', t, t),
                       ' union all ' order by i)
       from unnest(array['clients', 'contracts', 'social_accounts', 'templates', 'time_entries', 'post_labels',
                         'follower_snapshots']) with ordinality as l (t, i)))
    into changes, n, last_rev
    using team, since, lim;

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
  tbl text;
begin
  perform 1 from private.team_sync s where s.team_id = team for update;

  -- Children first. A tombstoned account stays while a snapshot refers to it, a tombstoned client while any row
  -- does (kept rows are purged in a later run, once their referrers are gone).
  foreach tbl in array array['follower_snapshots', 'time_entries', 'post_labels', 'templates', 'contracts',
                             'social_accounts', 'clients'] loop
    execute format('with d as (delete from public.%I x where x.team_id = $1 and x.deleted_at < $2 %s returning x.revision)
                    select count(*), coalesce(max(revision), 0) from d', tbl,
                   case tbl
                   when 'social_accounts' then
                     'and not exists (select from public.follower_snapshots f where f.team_id = $1 and f.account_id = x.id)'
                   when 'clients' then
                     (select string_agg(format('and not exists (select from public.%I r where r.team_id = $1 and r.client_id = x.id)',
                                               referrer), ' ')
                        from unnest(array['contracts', 'social_accounts', 'templates', 'time_entries', 'post_labels']) as referrer)
                   else '' end)
      into n, top
      using team, cutoff;
    purged := purged + n;
    newest := greatest(newest, top);
  end loop;

  update private.team_sync s set purged_through = greatest(s.purged_through, newest) where s.team_id = team;
  delete from private.sync_mutations s where s.team_id = team and s.created_at < cutoff;
  return purged;
end
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.purge_tombstones(uuid, interval) to service_role;

revoke execute on function public.sync_pull(uuid, bigint, int) from public, anon;
grant execute on function public.sync_pull(uuid, bigint, int) to authenticated, service_role;
