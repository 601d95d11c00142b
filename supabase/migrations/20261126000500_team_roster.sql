-- team_roster(team): the team's current members with their role and e-mail, for the options page's team list.
--
-- Members already read each other's team_members rows through RLS, but not the e-mail: that lives in auth.users,
-- which the API roles cannot read. So the rows come from a security definer helper in private (its own membership
-- check first, search_path pinned), and public.team_roster is an invoker wrapper around it. The wrapper keeps the
-- definer out of public, where only the functions that write memberships are definer (01-schema checks that list).
--
-- Order: owners, admins, members; within a role by display name, or e-mail where the name is empty.

create function private.team_roster(team uuid)
returns table (user_id uuid, display_name text, email text, role text, joined_at timestamptz)
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_member(team);
  return query
    select m.user_id, m.display_name, u.email::text, m.role, m.created_at
    from public.team_members m
    join auth.users u on u.id = m.user_id
    where m.team_id = team
    order by array_position(array['owner', 'admin', 'member'], m.role),
             lower(coalesce(nullif(m.display_name, ''), u.email)), u.email, m.user_id;
end
$$;

create function public.team_roster(team uuid)
returns table (user_id uuid, display_name text, email text, role text, joined_at timestamptz)
language sql stable security invoker set search_path = ''
as $$
  select * from private.team_roster(team)
$$;

revoke execute on function private.team_roster(uuid) from public, anon;
grant execute on function private.team_roster(uuid) to authenticated, service_role;
revoke execute on function public.team_roster(uuid) from public, anon;
grant execute on function public.team_roster(uuid) to authenticated, service_role;
