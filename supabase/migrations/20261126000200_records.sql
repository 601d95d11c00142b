-- The synced records, mirroring utils/model (same names, snake_case columns), with the constraints the app
-- enforces and row-level security (issue #7).
--
-- Every synced row has: a client-made uuid `id`, `team_id`, a per-team `revision`, and server-set `created_at`,
-- `created_by`, `updated_at`, `updated_by`; deleting sets the `deleted_at` tombstone (there is no hard delete
-- through the API: pulls must see deletions). private.stamp_synced_row sets the server fields on every write.

create extension if not exists btree_gist with schema extensions;

------------------------------------------------------------------------------------------------------------------
-- Checks that need more than one expression.

create function private.is_template_bodies(bodies jsonb) returns boolean
language sql immutable strict parallel safe set search_path = ''
return jsonb_typeof(bodies) = 'object'
  and (select coalesce(bool_and(private.is_language_tag(b.key) and jsonb_typeof(b.value) = 'string'
                                and length(b.value #>> '{}') <= 10000), false)
       from jsonb_each(bodies) as b)
  and exists (select from jsonb_each_text(bodies) as b where btrim(b.value) <> '');

create function private.are_platforms(list text[]) returns boolean
language sql immutable strict parallel safe set search_path = ''
return cardinality(list) >= 1
  and list <@ array['facebook', 'instagram', 'x']
  and array_position(list, null) is null;

create function private.are_tags(tags text[]) returns boolean
language sql immutable strict parallel safe set search_path = ''
return cardinality(tags) <= 30
  and (select coalesce(bool_and(t is not null and length(btrim(t)) between 1 and 60), true) from unnest(tags) as t);

grant execute on function private.is_template_bodies(jsonb), private.are_platforms(text[]), private.are_tags(text[])
  to authenticated, service_role;

------------------------------------------------------------------------------------------------------------------
-- Tables. The sync columns come last in each, in the same order.

create table public.clients (
  id uuid primary key,
  team_id uuid not null references public.teams (id) on delete cascade,
  name_ar text not null default '' check (length(name_ar) <= 120),
  name_en text not null default '' check (length(name_en) <= 120),
  color text not null default '#0f766e' check (color ~ '^#[0-9a-fA-F]{6}$'),
  notes text not null default '' check (length(notes) <= 4000),
  archived boolean not null default false,
  revision bigint not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  constraint clients_name check (btrim(name_ar) <> '' or btrim(name_en) <> ''),
  unique (team_id, id)
);

create table public.contracts (
  id uuid primary key,
  team_id uuid not null references public.teams (id) on delete cascade,
  client_id uuid not null,
  starts_on date not null,
  ends_on date,
  monthly_hours numeric not null check (monthly_hours between 0 and 744),
  min_daily_hours numeric not null check (min_daily_hours between 0 and 24),
  working_days int[] not null default '{0,1,2,3,4}' check (private.are_weekdays(working_days)),
  languages text[] not null default '{ar,en}' check (private.are_language_tags(languages)),
  hourly_rate numeric check (hourly_rate >= 0),
  currency text check (currency ~ '^[A-Z]{3}$'),
  revision bigint not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  constraint contracts_end_before_start check (ends_on is null or ends_on >= starts_on),
  constraint contracts_currency_required check (hourly_rate is null or currency is not null),
  foreign key (team_id, client_id) references public.clients (team_id, id)
);

create table public.social_accounts (
  id uuid primary key,
  team_id uuid not null references public.teams (id) on delete cascade,
  platform text not null check (platform in ('facebook', 'instagram', 'x')),
  key text not null check (length(key) between 1 and 200),
  handle text not null default '' check (length(handle) <= 200),
  display_name text not null default '' check (length(display_name) <= 300),
  client_id uuid not null,
  revision bigint not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  foreign key (team_id, client_id) references public.clients (team_id, id),
  unique (team_id, id)
);
-- The same page is tagged once per team (the key is stable, see utils/model/social-account.ts).
create unique index social_accounts_key_idx on public.social_accounts (team_id, platform, key) where deleted_at is null;

create table public.templates (
  id uuid primary key,
  team_id uuid not null references public.teams (id) on delete cascade,
  title text not null check (length(btrim(title)) between 1 and 200),
  bodies jsonb not null check (private.is_template_bodies(bodies)),
  client_id uuid,
  platforms text[] not null default '{facebook,instagram,x}' check (private.are_platforms(platforms)),
  tags text[] not null default '{}' check (private.are_tags(tags)),
  usage_count int not null default 0 check (usage_count >= 0),
  revision bigint not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  foreign key (team_id, client_id) references public.clients (team_id, id)
);
comment on column public.templates.client_id is 'null: the template is for all clients';

create table public.time_entries (
  id uuid primary key,
  team_id uuid not null references public.teams (id) on delete cascade,
  client_id uuid not null,
  user_id uuid not null,
  start timestamptz not null,
  "end" timestamptz,
  source text not null check (source in ('timer', 'manual', 'auto')),
  platform text check (platform in ('facebook', 'instagram', 'x')),
  note text not null default '' check (length(note) <= 2000),
  revision bigint not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  constraint time_entries_end_after_start check ("end" is null or "end" > start),
  -- One person does one thing at a time: live entries of a user never overlap (a running timer reaches to
  -- infinity). Adjacent entries ([) bounds) are fine.
  constraint time_entries_no_overlap exclude using gist (
    team_id with =, user_id with =, tstzrange(start, coalesce("end", 'infinity'), '[)') with &&
  ) where (deleted_at is null),
  foreign key (team_id, client_id) references public.clients (team_id, id)
);
comment on column public.time_entries."end" is 'null while the timer runs';

create table public.post_labels (
  id uuid primary key,
  team_id uuid not null references public.teams (id) on delete cascade,
  client_id uuid not null,
  platform text not null check (platform in ('facebook', 'instagram', 'x')),
  post_url text not null check (post_url ~ '^https://[^\s/]+' and length(post_url) <= 2000),
  excerpt text not null default '' check (length(excerpt) <= 500),
  label text not null check (length(btrim(label)) between 1 and 60),
  note text not null default '' check (length(note) <= 2000),
  revision bigint not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  foreign key (team_id, client_id) references public.clients (team_id, id)
);

create table public.follower_snapshots (
  id uuid primary key,
  team_id uuid not null references public.teams (id) on delete cascade,
  account_id uuid not null,
  count bigint not null check (count >= 0),
  taken_at timestamptz not null,
  revision bigint not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  updated_by uuid,
  deleted_at timestamptz,
  foreign key (team_id, account_id) references public.social_accounts (team_id, id)
);

-- Foreign keys and monthly_hours. (The (team_id, revision) index every synced table has is made with its RLS below.)
create index contracts_client_idx on public.contracts (team_id, client_id);
create index social_accounts_client_idx on public.social_accounts (team_id, client_id);
create index templates_client_idx on public.templates (team_id, client_id);
create index time_entries_start_idx on public.time_entries (team_id, start);
create index time_entries_client_idx on public.time_entries (team_id, client_id);
create index post_labels_client_idx on public.post_labels (team_id, client_id);
create index follower_snapshots_account_idx on public.follower_snapshots (team_id, account_id, taken_at);

------------------------------------------------------------------------------------------------------------------
-- Server-set fields and the per-team revision.
--
-- Taking the next revision updates the team's counter row, which stays locked until the writing transaction
-- ends. So writers of one team commit in revision order, and a pull that has seen revision N never later meets a
-- row below N committed late (the trap of now()- or sequence-based cursors). Security definer because the
-- counter is private; it checks membership itself before counting.

create function private.next_revision(team uuid) returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
declare
  rev bigint;
begin
  -- API callers must belong to the team (the service role and migrations, which carry no user, may write).
  if auth.role() = 'anon'
     or auth.uid() is not null and auth.role() is distinct from 'service_role'
        and not exists (select from public.team_members m where m.team_id = team and m.user_id = auth.uid()) then
    raise exception 'not a member of this team' using errcode = '42501';
  end if;
  update private.team_sync set revision = revision + 1 where team_id = team returning revision into rev;
  if rev is null then
    raise exception 'unknown team %', team using errcode = '23503';
  end if;
  return rev;
end
$$;
grant execute on function private.next_revision(uuid) to authenticated, service_role;

create function private.stamp_synced_row() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    if new.id <> old.id or new.team_id <> old.team_id then
      raise exception 'a row cannot move to another team' using errcode = '42501';
    end if;
    if tg_table_name = 'time_entries' then  -- nested: plpgsql plans the whole condition, and only entries have user_id
      if new.user_id <> old.user_id then
        raise exception 'a time entry cannot move to another person' using errcode = '42501';
      end if;
    end if;
    if old.deleted_at is not null then
      raise exception 'this row was deleted' using errcode = '55000', hint = 'deleted';
    end if;
    new.created_at := old.created_at;
    new.created_by := old.created_by;
  else
    new.created_at := now();
    new.created_by := coalesce(auth.uid(), new.created_by);
    if tg_table_name = 'time_entries' then
      new.user_id := coalesce(new.user_id, auth.uid());
    end if;
  end if;
  new.updated_at := now();
  new.updated_by := coalesce(auth.uid(), new.updated_by, new.created_by);
  new.revision := private.next_revision(new.team_id);
  return new;
end
$$;

------------------------------------------------------------------------------------------------------------------
-- Row-level security. Members read their teams' rows. Nobody hard-deletes (no delete policies): a delete is the
-- `deleted_at` tombstone, written with the same rights as an edit.

-- Policies that several tables share are made by one loop per policy family (same names and expressions on each
-- table); time entries' own policies follow.
do $$
declare
  t text;
begin
  -- Every synced table: the (team, revision) index pulls read by (revisions are unique per team across all
  -- tables), the stamp trigger, row-level security, and members read their teams' rows.
  foreach t in array array['clients', 'contracts', 'social_accounts', 'templates', 'time_entries', 'post_labels',
                           'follower_snapshots'] loop
    execute format('create unique index %I on public.%I (team_id, revision)', t || '_revision_idx', t);
    execute format('create trigger stamp before insert or update on public.%I
                      for each row execute function private.stamp_synced_row()', t);
    execute format('alter table public.%I enable row level security', t);
    execute format('create policy "members read" on public.%I
                      for select to authenticated using (team_id = any ((select private.my_team_ids())::uuid[]))', t);
  end loop;

  -- Shared records only admins and owners write: clients and contracts.
  foreach t in array array['clients', 'contracts'] loop
    execute format('create policy "admins create" on public.%I
                      for insert to authenticated
                      with check (team_id = any ((select private.my_admin_team_ids())::uuid[]))', t);
    execute format('create policy "admins edit" on public.%I
                      for update to authenticated
                      using (team_id = any ((select private.my_admin_team_ids())::uuid[]))
                      with check (team_id = any ((select private.my_admin_team_ids())::uuid[]))', t);
  end loop;

  -- Templates, labels, tagged accounts and follower snapshots: members create and edit their own, admins any.
  foreach t in array array['templates', 'post_labels', 'social_accounts', 'follower_snapshots'] loop
    execute format('create policy "members create" on public.%I
                      for insert to authenticated
                      with check (created_by = auth.uid() and team_id = any ((select private.my_team_ids())::uuid[]))', t);
    execute format('create policy "authors and admins edit" on public.%I
                      for update to authenticated
                      using (team_id = any ((select private.my_admin_team_ids())::uuid[])
                             or created_by = auth.uid() and team_id = any ((select private.my_team_ids())::uuid[]))
                      with check (team_id = any ((select private.my_team_ids())::uuid[]))', t);
  end loop;
end
$$;

-- Time entries: everyone reads the team's (above), each writes only their own (admins included).
create policy "members create their own" on public.time_entries
  for insert to authenticated
  with check (user_id = auth.uid() and team_id = any ((select private.my_team_ids())::uuid[]));
create policy "members edit their own" on public.time_entries
  for update to authenticated
  using (user_id = auth.uid() and team_id = any ((select private.my_team_ids())::uuid[]))
  with check (user_id = auth.uid() and team_id = any ((select private.my_team_ids())::uuid[]));

revoke execute on all functions in schema private from public;
