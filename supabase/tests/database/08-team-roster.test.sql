-- team_roster: a member lists the team's current members with role, e-mail and join date, owners first; nobody
-- else reads it, and a removed member stops reading it at once.
begin;
create extension if not exists pgtap with schema extensions;

-- tests.act_as(persona) (supabase/seed.sql) switches between anon, seed users and the session user.

select plan(15);

-- Who may call it at all
select ok(not has_function_privilege('anon', 'public.team_roster(uuid)', 'execute'), 'anon cannot execute team_roster');
select ok(not has_function_privilege('anon', 'private.team_roster(uuid)', 'execute'),
  'anon cannot execute the definer behind it');
select ok(has_function_privilege('authenticated', 'public.team_roster(uuid)', 'execute'),
  'signed-in users may call team_roster');
select is(
  (select array_agg(p.oid::regprocedure::text order by 1) from pg_proc p
    where p.proname = 'team_roster' and exists (
      select from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
      where a.grantee = 0 and a.privilege_type = 'EXECUTE')),
  null, 'neither team_roster function is executable by PUBLIC');
select tests.act_as('anon');
select throws_ok($$select * from private.team_roster('10000000-0000-4000-a000-00000000000a')$$, '42501', null,
  'anon gets 42501');

-- A member sees every teammate with role and e-mail
select tests.act_as('member');
select results_eq(
  $$select user_id, display_name, email, role from private.team_roster('10000000-0000-4000-a000-00000000000a')$$,
  $$values ('00000000-0000-4000-a000-000000000001'::uuid, 'Huda', 'owner@wasla.test', 'owner'),
           ('00000000-0000-4000-a000-000000000002'::uuid, 'Omar', 'admin@wasla.test', 'admin'),
           ('00000000-0000-4000-a000-000000000003'::uuid, 'Lina', 'member@wasla.test', 'member'),
           ('00000000-0000-4000-a000-000000000004'::uuid, 'Sami', 'leaver@wasla.test', 'member')$$,
  'a member sees every teammate with role and e-mail, owners first');
select results_eq(
  $$select user_id, joined_at from private.team_roster('10000000-0000-4000-a000-00000000000a') order by user_id$$,
  $$select user_id, created_at from team_members where team_id = '10000000-0000-4000-a000-00000000000a' order by user_id$$,
  'joined_at is when the membership was made');
select throws_ok($$select * from private.team_roster('10000000-0000-4000-a000-00000000000b')$$, '42501', null,
  'a member of one team cannot list another team');

-- Non-members
select tests.act_as('other');
select results_eq($$select email, role from private.team_roster('10000000-0000-4000-a000-00000000000b')$$,
  $$values ('other@wasla.test', 'owner')$$, 'each team lists only its own members');
select throws_ok($$select * from private.team_roster('10000000-0000-4000-a000-00000000000a')$$, '42501', null,
  'a member of another team gets 42501');
select tests.act_as('newcomer');
select throws_ok($$select * from private.team_roster('10000000-0000-4000-a000-00000000000a')$$, '42501', null,
  'a user in no team gets 42501');
select throws_ok($$select * from private.team_roster('10000000-0000-4000-a000-0000000000ff')$$, '42501', null,
  'an unknown team gets the same 42501 (nothing tells which teams exist)');

-- Ordering: role (owner, admin, member), then display name without regard to case, e-mail where the name is empty
select tests.act_as(null);
insert into team_members (team_id, user_id, role, display_name)
  values ('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000006', 'admin', '');
update team_members set display_name = 'amal'
  where team_id = '10000000-0000-4000-a000-00000000000a' and user_id = '00000000-0000-4000-a000-000000000004';
select tests.act_as('admin');
select results_eq(
  $$select role, display_name, email from private.team_roster('10000000-0000-4000-a000-00000000000a')$$,
  $$values ('owner', 'Huda', 'owner@wasla.test'),
           ('admin', '', 'newcomer@wasla.test'),
           ('admin', 'Omar', 'admin@wasla.test'),
           ('member', 'amal', 'leaver@wasla.test'),
           ('member', 'Lina', 'member@wasla.test')$$,
  'owners, admins, members; within a role by name regardless of case, by e-mail where the name is empty');

-- A removed member loses the roster at once, and drops out of it
select tests.act_as('owner');
select remove_member('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000004');
select tests.act_as('leaver');
select throws_ok($$select * from private.team_roster('10000000-0000-4000-a000-00000000000a')$$, '42501', null,
  'a removed member gets 42501');
select tests.act_as('member');
select is((select count(*)::int from private.team_roster('10000000-0000-4000-a000-00000000000a')
           where user_id = '00000000-0000-4000-a000-000000000004'), 0,
  'the removed member is no longer listed');

select * from finish();
rollback;
