-- Teams, their members and invites (issue #7).
-- Every table has row-level security: on Supabase the API roles hold all table privileges, so RLS is the barrier.
-- Memberships change only through the functions at the bottom (security definer, each checks the caller itself).

create schema if not exists extensions;
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;

------------------------------------------------------------------------------------------------------------------
-- Pure checks shared by table constraints.

-- A canonical BCP-47 tag as Intl.getCanonicalLocales writes it: `ar`, `en`, `fr-CA`, `zh-Hant-TW`, `es-419`.
create function private.is_language_tag(tag text) returns boolean
language sql immutable strict parallel safe set search_path = ''
return tag ~ '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$';

create function private.are_language_tags(tags text[]) returns boolean
language sql immutable strict parallel safe set search_path = ''
return cardinality(tags) >= 1
  and (select bool_and(private.is_language_tag(t)) from unnest(tags) as t);

-- Working days as JavaScript numbers them (0 = Sunday), each at most once.
create function private.are_weekdays(days int[]) returns boolean
language sql immutable strict parallel safe set search_path = ''
return days <@ array[0, 1, 2, 3, 4, 5, 6]
  and array_position(days, null) is null
  and cardinality(days) = (select count(distinct d) from unnest(days) as d);

-- An IANA zone name that Postgres knows (no POSIX strings like 'UTC+3', whose sign is inverted).
create function private.is_time_zone(tz text) returns boolean
language plpgsql stable strict set search_path = ''
as $$
begin
  if tz !~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$' then
    return false;
  end if;
  perform now() at time zone tz;
  return true;
exception when others then
  return false;
end
$$;

------------------------------------------------------------------------------------------------------------------
-- Tables.

create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 120),
  time_zone text not null default 'Asia/Riyadh',
  working_days int[] not null default '{0,1,2,3,4}' check (private.are_weekdays(working_days)),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.teams is 'An agency: its members share clients, contracts, templates and see each other''s time.';
comment on column public.teams.time_zone is 'IANA zone for day and month totals (monthly_hours).';

create table public.team_members (
  team_id uuid not null references public.teams (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'admin', 'member')),
  display_name text not null default '' check (length(display_name) <= 120),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (team_id, user_id)
);
create index team_members_user_idx on public.team_members (user_id);

create table public.invites (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  code text not null unique check (length(code) >= 12),  -- long enough not to be guessed, also when typed in
  role text not null default 'member' check (role in ('admin', 'member')),
  expires_at timestamptz not null,
  created_by uuid not null default auth.uid(),
  created_at timestamptz not null default now(),
  redeemed_by uuid,
  redeemed_at timestamptz,
  check ((redeemed_by is null) = (redeemed_at is null))
);
create index invites_team_idx on public.invites (team_id);

-- Per-team sync state: the revision counter (its row lock serialises writers, see private.stamp_synced_row) and
-- how far tombstones have been purged (older pull cursors must reset). Not exposed to the API at all.
create table private.team_sync (
  team_id uuid primary key references public.teams (id) on delete cascade,
  revision bigint not null default 0,
  purged_through bigint not null default 0
);
alter table private.team_sync enable row level security;
grant select, insert, update, delete on private.team_sync to service_role;

------------------------------------------------------------------------------------------------------------------
-- Membership helpers used by policies. Security definer so a policy on team_members can ask about team_members
-- without recursing; each answers only about the caller (auth.uid()), so they reveal nothing about others.

-- Policies use them as `team_id = any ((select private.my_team_ids())::uuid[])`: the sub-select runs once per statement,
-- and plpgsql keeps its plan (an SQL-language function was re-planned on every call: 70 µs per statement).
create function private.my_team_ids() returns uuid[]
language plpgsql stable security definer set search_path = ''
as $$
begin
  return array(select m.team_id from public.team_members m where m.user_id = auth.uid());
end
$$;

create function private.my_admin_team_ids() returns uuid[]
language plpgsql stable security definer set search_path = ''
as $$
begin
  return array(select m.team_id from public.team_members m where m.user_id = auth.uid() and m.role in ('owner', 'admin'));
end
$$;

-- Raises 42501 unless the caller belongs to the team (with at least `min_role`); returns the caller's role.
create function private.require_member(team uuid, min_role text default 'member') returns text
language plpgsql stable security definer set search_path = ''
as $$
declare
  caller_role text;
begin
  if auth.uid() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  select role into caller_role from public.team_members where team_id = team and user_id = auth.uid();
  if caller_role is null then
    raise exception 'not a member of this team' using errcode = '42501';
  end if;
  if min_role = 'admin' and caller_role not in ('owner', 'admin')
     or min_role = 'owner' and caller_role <> 'owner' then
    raise exception 'needs the % role in this team', min_role using errcode = '42501';
  end if;
  return caller_role;
end
$$;

revoke all on all functions in schema private from public;
grant execute on function private.my_team_ids(), private.my_admin_team_ids(),
  private.require_member(uuid, text), private.is_language_tag(text), private.are_language_tags(text[]),
  private.are_weekdays(int[]), private.is_time_zone(text)
  to authenticated, service_role;

------------------------------------------------------------------------------------------------------------------
-- Triggers.

create function private.check_team() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if not private.is_time_zone(new.time_zone) then
    raise exception 'unknown time zone "%"', new.time_zone using errcode = '22023';
  end if;
  new.updated_at := now();
  if tg_op = 'UPDATE' then
    new.created_at := old.created_at;
  end if;
  return new;
end
$$;
create trigger check_team before insert or update on public.teams
  for each row execute function private.check_team();

-- Every team gets its sync counter with it (also when seeded directly, not through create_team).
create function private.add_team_sync() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into private.team_sync (team_id) values (new.id) on conflict do nothing;
  return null;
end
$$;
create trigger add_team_sync after insert on public.teams
  for each row execute function private.add_team_sync();

create function private.touch_member() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
create trigger touch_member before update on public.team_members
  for each row execute function private.touch_member();

------------------------------------------------------------------------------------------------------------------
-- Row-level security.

alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.invites enable row level security;

create policy "members read their teams" on public.teams
  for select to authenticated using (id = any ((select private.my_team_ids())::uuid[]));
create policy "admins edit their teams" on public.teams
  for update to authenticated
  using (id = any ((select private.my_admin_team_ids())::uuid[]))
  with check (id = any ((select private.my_admin_team_ids())::uuid[]));
-- No insert or delete policy: teams are made by create_team.

create policy "members read their teammates" on public.team_members
  for select to authenticated using (team_id = any ((select private.my_team_ids())::uuid[]));
create policy "members edit their own display name" on public.team_members
  for update to authenticated
  using (user_id = auth.uid() and team_id = any ((select private.my_team_ids())::uuid[]))
  with check (user_id = auth.uid());
-- Roles, joining and leaving go through set_member_role / redeem_invite / leave_team / remove_member. Column
-- privileges back that up: through the API only display_name can ever be written.
revoke insert, update, delete, truncate on public.team_members from anon, authenticated;
grant update (display_name) on public.team_members to authenticated;

create policy "admins read their invites" on public.invites
  for select to authenticated using (team_id = any ((select private.my_admin_team_ids())::uuid[]));
create policy "admins create invites" on public.invites
  for insert to authenticated
  with check (team_id = any ((select private.my_admin_team_ids())::uuid[]) and created_by = auth.uid() and redeemed_by is null);
create policy "admins withdraw invites" on public.invites
  for delete to authenticated using (team_id = any ((select private.my_admin_team_ids())::uuid[]));
-- No update policy: invites are redeemed by redeem_invite.

------------------------------------------------------------------------------------------------------------------
-- Functions the extension calls (POST /rest/v1/rpc/<name>).

-- Creates a team with the caller as its owner. Definer: nobody may insert teams or memberships directly.
create function public.create_team(name text, time_zone text default 'Asia/Riyadh', display_name text default '')
returns public.teams
language plpgsql security definer set search_path = ''
as $$
declare
  team public.teams;
begin
  if auth.uid() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  insert into public.teams (name, time_zone) values (create_team.name, create_team.time_zone) returning * into team;
  insert into public.team_members (team_id, user_id, role, display_name)
    values (team.id, auth.uid(), 'owner', coalesce(create_team.display_name, ''));
  return team;
end
$$;

-- The caller's teams with their role in each (what the extension shows in its team picker).
create function public.my_teams()
returns table (team_id uuid, name text, time_zone text, working_days int[], role text)
language sql stable security invoker set search_path = ''
as $$
  select t.id, t.name, t.time_zone, t.working_days, m.role
  from public.teams t
  join public.team_members m on m.team_id = t.id and m.user_id = auth.uid()
  order by t.name
$$;

-- Admins make a single-use code that lets one signed-in user join with `role`. Invoker: the insert policy decides.
create function public.create_invite(team uuid, role text default 'member', expires_in interval default '7 days')
returns public.invites
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  invite public.invites;
begin
  perform private.require_member(team, 'admin');
  if expires_in <= interval '0' or expires_in > interval '30 days' then
    raise exception 'an invite lasts between a minute and 30 days' using errcode = '22023';
  end if;
  insert into public.invites (team_id, code, role, expires_at, created_by)
  values (team, upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)
                      || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8)),
          create_invite.role, now() + expires_in, auth.uid())
  returning * into invite;
  return invite;
end
$$;

-- A signed-in user joins the invite's team. Definer, because the caller cannot see the invite or the team yet;
-- it locks the invite row so one code admits exactly one user.
create function public.redeem_invite(code text, display_name text default '')
returns table (team_id uuid, role text)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  invite public.invites;
begin
  if auth.uid() is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  select * into invite from public.invites i where i.code = upper(btrim(redeem_invite.code)) for update;
  if invite.id is null or invite.redeemed_by is not null or invite.expires_at <= now() then
    raise exception 'this invite is unknown, used or expired' using errcode = 'P0001', hint = 'invite_invalid';
  end if;
  if exists (select from public.team_members m where m.team_id = invite.team_id and m.user_id = auth.uid()) then
    raise exception 'you are already in this team' using errcode = 'P0001', hint = 'already_member';
  end if;
  insert into public.team_members (team_id, user_id, role, display_name)
    values (invite.team_id, auth.uid(), invite.role, coalesce(redeem_invite.display_name, ''));
  update public.invites set redeemed_by = auth.uid(), redeemed_at = now() where id = invite.id;
  return query select invite.team_id, invite.role;
end
$$;

-- The caller leaves. The last owner cannot leave while others remain (hand the team over first).
create function public.leave_team(team uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  caller_role text := private.require_member(team);
begin
  if caller_role = 'owner'
     and not exists (select from public.team_members m
                     where m.team_id = team and m.role = 'owner' and m.user_id <> auth.uid())
     and exists (select from public.team_members m where m.team_id = team and m.user_id <> auth.uid()) then
    raise exception 'make another member owner before leaving' using errcode = 'P0001', hint = 'last_owner';
  end if;
  delete from public.team_members m where m.team_id = team and m.user_id = auth.uid();
end
$$;

-- Owners remove anyone but themselves; admins remove plain members. Access ends with this transaction.
create function public.remove_member(team uuid, member uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  caller_role text := private.require_member(team, 'admin');
  target_role text;
begin
  if member = auth.uid() then
    raise exception 'use leave_team to leave' using errcode = '42501';
  end if;
  select m.role into target_role from public.team_members m where m.team_id = team and m.user_id = member for update;
  if target_role is null then
    raise exception 'not a member of this team' using errcode = 'P0002';
  end if;
  if caller_role = 'admin' and target_role <> 'member' then
    raise exception 'only an owner can remove an admin or owner' using errcode = '42501';
  end if;
  delete from public.team_members m where m.team_id = team and m.user_id = member;
end
$$;

-- Owners set any other member's role (several owners may exist); admins move others between member and admin.
-- Nobody changes their own role, so nobody promotes themselves.
create function public.set_member_role(team uuid, member uuid, role text) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  caller_role text := private.require_member(team, 'admin');
  target_role text;
begin
  if member = auth.uid() then
    raise exception 'you cannot change your own role' using errcode = '42501';
  end if;
  if set_member_role.role not in ('owner', 'admin', 'member') then
    raise exception 'unknown role "%"', set_member_role.role using errcode = '22023';
  end if;
  select m.role into target_role from public.team_members m where m.team_id = team and m.user_id = member for update;
  if target_role is null then
    raise exception 'not a member of this team' using errcode = 'P0002';
  end if;
  if caller_role = 'admin' and (target_role = 'owner' or set_member_role.role = 'owner') then
    raise exception 'only an owner can grant or take the owner role' using errcode = '42501';
  end if;
  update public.team_members m set role = set_member_role.role where m.team_id = team and m.user_id = member;
end
$$;

revoke execute on function public.create_team(text, text, text), public.my_teams(),
  public.create_invite(uuid, text, interval), public.redeem_invite(text, text), public.leave_team(uuid),
  public.remove_member(uuid, uuid), public.set_member_role(uuid, uuid, text)
  from public, anon;
grant execute on function public.create_team(text, text, text), public.my_teams(),
  public.create_invite(uuid, text, interval), public.redeem_invite(text, text), public.leave_team(uuid),
  public.remove_member(uuid, uuid), public.set_member_role(uuid, uuid, text)
  to authenticated, service_role;
