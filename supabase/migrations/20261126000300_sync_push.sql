-- The sync protocol, part 1 (issue #7): sync_push applies a device's queued mutations. See supabase/README.md
-- for the shapes. Part 2 (sync_pull, purge_tombstones) is the next migration.

-- Each mutation's result, so that a retried push returns what the first one did and changes nothing.
create table private.sync_mutations (
  device_id uuid not null,
  mutation_id uuid not null,
  team_id uuid not null references public.teams (id) on delete cascade,
  user_id uuid not null,
  result jsonb not null,
  created_at timestamptz not null default now(),
  -- Keyed by user too: a mutation id is only ever looked up among the caller's own (RLS could not see others').
  primary key (user_id, device_id, mutation_id)
);
create index sync_mutations_age_idx on private.sync_mutations (team_id, created_at);
alter table private.sync_mutations enable row level security;
grant select, insert on private.sync_mutations to authenticated;
grant select, insert, update, delete on private.sync_mutations to service_role;
create policy "users read their own" on private.sync_mutations
  for select to authenticated using (user_id = auth.uid());
create policy "users record their own" on private.sync_mutations
  for insert to authenticated
  with check (user_id = auth.uid() and team_id = any ((select private.my_team_ids())::uuid[]));

------------------------------------------------------------------------------------------------------------------
-- Which columns a device may send for each table (everything else is the server's).

create function private.synced_columns(tbl text) returns text[]
language sql immutable parallel safe set search_path = ''
return case tbl
  when 'clients' then array['name_ar', 'name_en', 'color', 'notes', 'archived']
  when 'contracts' then array['client_id', 'starts_on', 'ends_on', 'monthly_hours', 'min_daily_hours',
                              'working_days', 'languages', 'hourly_rate', 'currency']
  when 'social_accounts' then array['platform', 'key', 'handle', 'display_name', 'client_id']
  when 'templates' then array['title', 'bodies', 'client_id', 'platforms', 'tags', 'usage_count']
  when 'time_entries' then array['client_id', 'user_id', 'start', 'end', 'source', 'platform', 'note']
  when 'post_labels' then array['client_id', 'platform', 'post_url', 'excerpt', 'label', 'note']
  when 'follower_snapshots' then array['account_id', 'count', 'taken_at']
end;

-- Sent by devices but set by the server: accepted in a row and ignored.
create function private.server_columns() returns text[]
language sql immutable parallel safe set search_path = ''
return array['id', 'team_id', 'revision', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at'];

-- Shared records: edits based on an old revision come back as conflicts. Everything else is last-writer-wins.
create function private.is_shared_table(tbl text) returns boolean
language sql immutable parallel safe set search_path = ''
return tbl in ('clients', 'contracts', 'templates');

-- Locks the team's revision counter for the rest of the transaction (so pushes of one team run one at a time,
-- which also makes the idempotency check race-free) and returns the current revision. Definer: the counter is
-- private; it checks membership first.
create function private.lock_team(team uuid) returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
declare
  head bigint;
begin
  perform private.require_member(team);
  select revision into head from private.team_sync where team_id = team for update;
  return head;
end
$$;

-- The team's revision and how far tombstones have been purged, for members.
create function private.sync_state(team uuid, out revision bigint, out purged_through bigint)
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_member(team);
  select s.revision, s.purged_through into revision, purged_through from private.team_sync s where s.team_id = team;
end
$$;

create function private.rejection_reason(code text) returns text
language sql immutable parallel safe set search_path = ''
return case
  when code = '42501' then 'forbidden'
  when code = '23P01' then 'overlap'
  when code = '23505' then 'duplicate_key'
  when code = '23503' then 'missing_reference'
  when code = '55000' then 'deleted'
  when code in ('23502', '23514') or code like '22%' then 'invalid'
  else 'error'
end;

-- Transaction rollback (serialization failure, deadlock), insufficient resources, operator intervention (cancel):
-- not the mutation's fault, so the whole push fails and the device retries it.
create function private.is_transient(code text) returns boolean
language sql immutable parallel safe set search_path = ''
return code like '40%' or code like '53%' or code like '57%';

-- Static statements per table (plpgsql caches their plans; building them with EXECUTE cost ~0.6 ms a mutation).
-- An insert fills keys the device left out with the column defaults; an update gets the stored row merged with
-- the sent keys, so it changes only what was sent. The column lists are private.synced_columns.
create function private.insert_synced(tbl text, team uuid, row_id uuid, r jsonb) returns bigint
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  rev bigint;
begin
  case tbl
  when 'clients' then
    insert into public.clients (id, team_id, name_ar, name_en, color, notes, archived)
    select row_id, team, p.name_ar, p.name_en, p.color, p.notes, p.archived
    from jsonb_populate_record(null::public.clients,
           '{"name_ar": "", "name_en": "", "color": "#0f766e", "notes": "", "archived": false}' || r) p
    returning revision into rev;
  when 'contracts' then
    insert into public.contracts (id, team_id, client_id, starts_on, ends_on, monthly_hours, min_daily_hours,
                                  working_days, languages, hourly_rate, currency)
    select row_id, team, p.client_id, p.starts_on, p.ends_on, p.monthly_hours, p.min_daily_hours, p.working_days,
           p.languages, p.hourly_rate, p.currency
    from jsonb_populate_record(null::public.contracts, '{"working_days": [0, 1, 2, 3, 4], "languages": ["ar", "en"]}' || r) p
    returning revision into rev;
  when 'social_accounts' then
    insert into public.social_accounts (id, team_id, platform, key, handle, display_name, client_id)
    select row_id, team, p.platform, p.key, p.handle, p.display_name, p.client_id
    from jsonb_populate_record(null::public.social_accounts, '{"handle": "", "display_name": ""}' || r) p
    returning revision into rev;
  when 'templates' then
    insert into public.templates (id, team_id, title, bodies, client_id, platforms, tags, usage_count)
    select row_id, team, p.title, p.bodies, p.client_id, p.platforms, p.tags, p.usage_count
    from jsonb_populate_record(null::public.templates,
           '{"platforms": ["facebook", "instagram", "x"], "tags": [], "usage_count": 0}' || r) p
    returning revision into rev;
  when 'time_entries' then
    insert into public.time_entries (id, team_id, client_id, user_id, start, "end", source, platform, note)
    select row_id, team, p.client_id, p.user_id, p.start, p."end", p.source, p.platform, p.note
    from jsonb_populate_record(null::public.time_entries, '{"note": ""}' || r) p
    returning revision into rev;
  when 'post_labels' then
    insert into public.post_labels (id, team_id, client_id, platform, post_url, excerpt, label, note)
    select row_id, team, p.client_id, p.platform, p.post_url, p.excerpt, p.label, p.note
    from jsonb_populate_record(null::public.post_labels, '{"excerpt": "", "note": ""}' || r) p
    returning revision into rev;
  when 'follower_snapshots' then
    insert into public.follower_snapshots (id, team_id, account_id, count, taken_at)
    select row_id, team, p.account_id, p.count, p.taken_at
    from jsonb_populate_record(null::public.follower_snapshots, r) p
    returning revision into rev;
  end case;
  return rev;
end
$$;

-- Returns the new revision, or null when row-level security hid the row from the update.
create function private.update_synced(tbl text, row_id uuid, merged jsonb) returns bigint
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  rev bigint;
begin
  case tbl
  when 'clients' then
    update public.clients t set (name_ar, name_en, color, notes, archived) =
      (select p.name_ar, p.name_en, p.color, p.notes, p.archived from jsonb_populate_record(null::public.clients, merged) p)
    where t.id = row_id returning t.revision into rev;
  when 'contracts' then
    update public.contracts t set (client_id, starts_on, ends_on, monthly_hours, min_daily_hours, working_days,
                                   languages, hourly_rate, currency) =
      (select p.client_id, p.starts_on, p.ends_on, p.monthly_hours, p.min_daily_hours, p.working_days, p.languages,
              p.hourly_rate, p.currency from jsonb_populate_record(null::public.contracts, merged) p)
    where t.id = row_id returning t.revision into rev;
  when 'social_accounts' then
    update public.social_accounts t set (platform, key, handle, display_name, client_id) =
      (select p.platform, p.key, p.handle, p.display_name, p.client_id
       from jsonb_populate_record(null::public.social_accounts, merged) p)
    where t.id = row_id returning t.revision into rev;
  when 'templates' then
    update public.templates t set (title, bodies, client_id, platforms, tags, usage_count) =
      (select p.title, p.bodies, p.client_id, p.platforms, p.tags, p.usage_count
       from jsonb_populate_record(null::public.templates, merged) p)
    where t.id = row_id returning t.revision into rev;
  when 'time_entries' then
    update public.time_entries t set (client_id, user_id, start, "end", source, platform, note) =
      (select p.client_id, p.user_id, p.start, p."end", p.source, p.platform, p.note
       from jsonb_populate_record(null::public.time_entries, merged) p)
    where t.id = row_id returning t.revision into rev;
  when 'post_labels' then
    update public.post_labels t set (client_id, platform, post_url, excerpt, label, note) =
      (select p.client_id, p.platform, p.post_url, p.excerpt, p.label, p.note
       from jsonb_populate_record(null::public.post_labels, merged) p)
    where t.id = row_id returning t.revision into rev;
  when 'follower_snapshots' then
    update public.follower_snapshots t set (account_id, count, taken_at) =
      (select p.account_id, p.count, p.taken_at from jsonb_populate_record(null::public.follower_snapshots, merged) p)
    where t.id = row_id returning t.revision into rev;
  end case;
  return rev;
end
$$;

-- The row as the caller sees it (row-level security applies), or null.
create function private.find_synced(tbl text, row_id uuid) returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  found_row jsonb;
begin
  case tbl
  when 'clients' then select to_jsonb(t) into found_row from public.clients t where t.id = row_id;
  when 'contracts' then select to_jsonb(t) into found_row from public.contracts t where t.id = row_id;
  when 'social_accounts' then select to_jsonb(t) into found_row from public.social_accounts t where t.id = row_id;
  when 'templates' then select to_jsonb(t) into found_row from public.templates t where t.id = row_id;
  when 'time_entries' then select to_jsonb(t) into found_row from public.time_entries t where t.id = row_id;
  when 'post_labels' then select to_jsonb(t) into found_row from public.post_labels t where t.id = row_id;
  when 'follower_snapshots' then select to_jsonb(t) into found_row from public.follower_snapshots t where t.id = row_id;
  end case;
  return found_row;
end
$$;

-- Applies one mutation as the caller (row-level security decides what they may write) and returns its result
-- without the id. Raises on constraint or permission errors; sync_push turns those into rejections.
create function private.apply_mutation(team uuid, mutation jsonb) returns jsonb
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  tbl text := mutation ->> 'table';
  op text := coalesce(mutation ->> 'op', 'upsert');
  r jsonb := mutation -> 'row';
  allowed text[] := private.synced_columns(mutation ->> 'table');
  sent jsonb;
  base bigint;
  row_id uuid;
  existing jsonb;
  rev bigint;
begin
  if allowed is null then
    return jsonb_build_object('status', 'rejected', 'reason', 'unknown_table',
                              'message', format('unknown table %s', coalesce(tbl, 'null')));
  end if;
  if op not in ('upsert', 'delete') or jsonb_typeof(r) is distinct from 'object' then
    return jsonb_build_object('status', 'rejected', 'reason', 'invalid_mutation',
                              'message', 'op must be upsert or delete, and row an object');
  end if;
  if jsonb_typeof(mutation -> 'base_revision') not in ('number', 'null') then
    return jsonb_build_object('status', 'rejected', 'reason', 'invalid_mutation', 'message', 'base_revision must be a number or null');
  end if;
  base := (mutation ->> 'base_revision')::bigint;
  row_id := (r ->> 'id')::uuid;
  if row_id is null then
    return jsonb_build_object('status', 'rejected', 'reason', 'invalid_mutation', 'message', 'row.id is required');
  end if;
  if r ? 'team_id' and (r ->> 'team_id') is distinct from team::text then
    return jsonb_build_object('status', 'rejected', 'reason', 'forbidden', 'message', 'row.team_id is another team');
  end if;

  existing := private.find_synced(tbl, row_id);

  if op = 'delete' then
    if existing is null then
      return jsonb_build_object('status', 'rejected', 'reason', 'not_found', 'message', 'no such row in this team');
    end if;
    if existing ->> 'deleted_at' is not null then
      return jsonb_build_object('status', 'applied', 'revision', (existing ->> 'revision')::bigint);
    end if;
    execute format('update public.%I t set deleted_at = now() where t.id = $1 returning t.revision', tbl)
      into rev using row_id;
    if rev is null then
      return jsonb_build_object('status', 'rejected', 'reason', 'forbidden', 'message', 'you may not delete this row');
    end if;
    return jsonb_build_object('status', 'applied', 'revision', rev);
  end if;

  sent := r - private.server_columns();
  if sent - allowed <> '{}' then
    return jsonb_build_object('status', 'rejected', 'reason', 'unknown_column',
      'message', format('unknown column(s) for %s: %s', tbl,
                        (select string_agg(k, ', ' order by k) from jsonb_object_keys(sent - allowed) as k)));
  end if;

  if existing is not null then
    -- Deletes win: a tombstoned row is never edited back to life.
    if existing ->> 'deleted_at' is not null then
      return jsonb_build_object('status', 'conflict', 'reason', 'deleted', 'server_row', existing);
    end if;
    if private.is_shared_table(tbl) and base is distinct from (existing ->> 'revision')::bigint then
      return jsonb_build_object('status', 'conflict', 'reason', 'stale', 'server_row', existing);
    end if;
    if sent = '{}' then
      return jsonb_build_object('status', 'applied', 'revision', (existing ->> 'revision')::bigint);
    end if;
    rev := private.update_synced(tbl, row_id, existing || sent);
    if rev is null then
      return jsonb_build_object('status', 'rejected', 'reason', 'forbidden', 'message', 'you may not edit this row');
    end if;
    return jsonb_build_object('status', 'applied', 'revision', rev);
  end if;

  rev := private.insert_synced(tbl, team, row_id, sent);
  return jsonb_build_object('status', 'applied', 'revision', rev);
end
$$;

------------------------------------------------------------------------------------------------------------------
-- Applies mutations[from_index..to_index] and records each result. With `isolate`, each mutation runs in its own
-- subtransaction and an error becomes a rejection; without, the first error aborts the call (sync_push then redoes
-- the chunk isolated). Subtransactions that write cost ~0.2 ms each, so the all-valid case avoids them.
create function private.push_chunk(team uuid, device uuid, mutations jsonb, from_index int, to_index int, isolate boolean)
returns jsonb[]
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  m jsonb;
  mid uuid;
  result jsonb;
  results jsonb[] := '{}';
  stored private.sync_mutations;
  err_state text;
  msg text;
begin
  for i in from_index..to_index loop
    m := mutations -> i;
    mid := case when m ->> 'id' ~* '^[0-9a-f]{8}-?([0-9a-f]{4}-?){3}[0-9a-f]{12}$' then (m ->> 'id')::uuid end;
    if mid is null then
      results := results || jsonb_build_object('id', m -> 'id', 'status', 'rejected', 'reason', 'invalid_mutation',
                                               'message', 'a mutation needs a uuid id');
      continue;
    end if;

    select * into stored from private.sync_mutations s
      where s.user_id = auth.uid() and s.device_id = device and s.mutation_id = mid;
    if found then
      if stored.team_id = team then
        results := results || (stored.result || '{"duplicate": true}');
      else
        results := results || jsonb_build_object('id', mid, 'status', 'rejected', 'reason', 'invalid_mutation',
                                                 'message', 'this mutation id was used for another team');
      end if;
      continue;
    end if;

    if isolate then
      begin
        result := private.apply_mutation(team, m);
      exception when others then
        get stacked diagnostics err_state = returned_sqlstate, msg = message_text;
        -- Transient failures are not the mutation's fault: fail the push so the device retries it whole.
        if private.is_transient(err_state) then
          raise;
        end if;
        result := jsonb_build_object('status', 'rejected', 'reason', private.rejection_reason(err_state),
                                     'code', err_state, 'message', msg);
      end;
    else
      result := private.apply_mutation(team, m);
    end if;
    result := jsonb_build_object('id', mid) || result;
    insert into private.sync_mutations (device_id, mutation_id, team_id, user_id, result)
      values (device, mid, team, auth.uid(), result);
    results := results || result;
  end loop;
  return results;
end
$$;

-- sync_push(team, device, mutations) → { results: [{ id, status, revision?, server_row?, reason?, message?,
--   duplicate? }], revision }. Mutations apply in order, in chunks of 100; a bad one is recorded as rejected and
-- the rest go on. Security invoker: every write passes the caller's row-level security.
create function public.sync_push(team uuid, device uuid, mutations jsonb) returns jsonb
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  n int;
  chunk int := 100;
  results jsonb[] := '{}';
  err_state text;
begin
  perform private.lock_team(team);
  if device is null then
    raise exception 'device is required' using errcode = '22023';
  end if;
  if jsonb_typeof(mutations) is distinct from 'array' then
    raise exception 'mutations must be a JSON array' using errcode = '22023';
  end if;
  n := jsonb_array_length(mutations);
  if n > 5000 then
    raise exception 'at most 5000 mutations per push' using errcode = '54000';
  end if;

  for lo in 0..n - 1 by chunk loop
    begin
      results := results || private.push_chunk(team, device, mutations, lo, least(lo + chunk, n) - 1, false);
    exception when others then
      get stacked diagnostics err_state = returned_sqlstate;
      if private.is_transient(err_state) then
        raise;
      end if;
      results := results || private.push_chunk(team, device, mutations, lo, least(lo + chunk, n) - 1, true);
    end;
  end loop;

  return jsonb_build_object('results', to_jsonb(results), 'revision', (private.sync_state(team)).revision);
end
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.synced_columns(text), private.server_columns(), private.is_shared_table(text),
  private.lock_team(uuid), private.sync_state(uuid), private.rejection_reason(text), private.is_transient(text),
  private.apply_mutation(uuid, jsonb), private.insert_synced(text, uuid, uuid, jsonb),
  private.update_synced(text, uuid, jsonb), private.find_synced(text, uuid),
  private.push_chunk(uuid, uuid, jsonb, int, int, boolean)
  to authenticated, service_role;

revoke execute on function public.sync_push(uuid, uuid, jsonb) from public, anon;
grant execute on function public.sync_push(uuid, uuid, jsonb) to authenticated, service_role;
