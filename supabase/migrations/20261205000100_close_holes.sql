-- Closes the holes an attack matrix found (issue #15). Each has a pgTAP test that fails on the earlier migrations
-- (supabase/tests/database/09-holes.test.sql).

------------------------------------------------------------------------------------------------------------------
-- 1. Invites only through create_invite, and never longer than 30 days, whoever writes the row.
-- Admins could insert invites directly (any code, any expiry). The table now refuses long expiries itself, the
-- insert and delete policies go (09 checks no API role holds a privilege on invites at all, see the grants
-- migration), and create_invite becomes a definer that checks the caller's role itself.

update public.invites set expires_at = least(expires_at, created_at + interval '30 days');
alter table public.invites add constraint invites_expiry_at_most_30_days
  check (expires_at <= created_at + interval '30 days');
drop policy "admins create invites" on public.invites;
drop policy "admins withdraw invites" on public.invites;

create or replace function public.create_invite(team uuid, role text default 'member', expires_in interval default '7 days')
returns public.invites
language plpgsql volatile security definer set search_path = ''
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

------------------------------------------------------------------------------------------------------------------
-- 2. A removed, departed or demoted admin's invites die with their rights, and redeem_invite checks that the
-- invite's creator may still invite (which also covers invites made before this migration).

create function private.withdraw_invites_of(team uuid, person uuid) returns void
language sql volatile security definer set search_path = ''
as $$
  delete from public.invites i where i.team_id = team and i.created_by = person and i.redeemed_by is null
$$;
revoke all on function private.withdraw_invites_of(uuid, uuid) from public;

create or replace function public.redeem_invite(code text, display_name text default '')
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
  if invite.id is null or invite.redeemed_by is not null or invite.expires_at <= now()
     or not exists (select from public.team_members m
                    where m.team_id = invite.team_id and m.user_id = invite.created_by and m.role in ('owner', 'admin')) then
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

------------------------------------------------------------------------------------------------------------------
-- 3. Membership changes of one team run one at a time: each locks the team's row first, so two owners leaving at
-- once cannot both pass the "another owner remains" check.

create or replace function public.leave_team(team uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  caller_role text;
begin
  perform from public.teams t where t.id = team for update;
  caller_role := private.require_member(team);
  if caller_role = 'owner'
     and not exists (select from public.team_members m
                     where m.team_id = team and m.role = 'owner' and m.user_id <> auth.uid())
     and exists (select from public.team_members m where m.team_id = team and m.user_id <> auth.uid()) then
    raise exception 'make another member owner before leaving' using errcode = 'P0001', hint = 'last_owner';
  end if;
  delete from public.team_members m where m.team_id = team and m.user_id = auth.uid();
  perform private.withdraw_invites_of(team, auth.uid());
end
$$;

create or replace function public.remove_member(team uuid, member uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  caller_role text;
  target_role text;
begin
  perform from public.teams t where t.id = team for update;
  caller_role := private.require_member(team, 'admin');
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
  perform private.withdraw_invites_of(team, member);
end
$$;

create or replace function public.set_member_role(team uuid, member uuid, role text) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  caller_role text;
  target_role text;
begin
  perform from public.teams t where t.id = team for update;
  caller_role := private.require_member(team, 'admin');
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
  if set_member_role.role = 'member' then
    perform private.withdraw_invites_of(team, member);
  end if;
end
$$;

------------------------------------------------------------------------------------------------------------------
-- 4. sync_push for team B never touches a row of team A, even when the caller belongs to both (RLS let them):
-- the existing per-mutation code is kept, behind a check that a row the caller can see is of this team.

alter function private.apply_mutation(uuid, jsonb) rename to apply_mutation_in_team;

create function private.apply_mutation(team uuid, mutation jsonb) returns jsonb
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  found_row jsonb;
begin
  if private.synced_columns(mutation ->> 'table') is not null
     and jsonb_typeof(mutation -> 'row') = 'object'
     and (mutation -> 'row' ->> 'id') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    found_row := private.find_synced(mutation ->> 'table', (mutation -> 'row' ->> 'id')::uuid);
    if found_row is not null and found_row ->> 'team_id' <> team::text then
      return jsonb_build_object('status', 'rejected', 'reason', 'forbidden',
                                'message', 'this row belongs to another team');
    end if;
  end if;
  return private.apply_mutation_in_team(team, mutation);
end
$$;
revoke all on function private.apply_mutation(uuid, jsonb) from public;
grant execute on function private.apply_mutation(uuid, jsonb) to authenticated, service_role;

------------------------------------------------------------------------------------------------------------------
-- 5. Policies ask auth.uid() once per statement, not once per row (splinter's auth_rls_initplan): every policy in
-- public and private that calls it bare is rewritten with `(select auth.uid())`.

do $$
declare
  p record;
  wrap constant text := '\mauth\.uid\(\)';
  using_sql text;
  check_sql text;
begin
  for p in select schemaname, tablename, policyname, qual, with_check from pg_policies
           where schemaname in ('public', 'private')
             and (qual ~ wrap or with_check ~ wrap) loop
    using_sql := case when p.qual is not null
                      then ' using (' || regexp_replace(p.qual, 'auth\.uid\(\)', '(select auth.uid())', 'g') || ')' else '' end;
    check_sql := case when p.with_check is not null
                      then ' with check (' || regexp_replace(p.with_check, 'auth\.uid\(\)', '(select auth.uid())', 'g') || ')' else '' end;
    execute format('alter policy %I on %I.%I', p.policyname, p.schemaname, p.tablename) || using_sql || check_sql;
  end loop;
end
$$;
