-- Teams and membership through the functions the extension calls: create_team, my_teams, create_invite,
-- redeem_invite, set_member_role, remove_member, leave_team. Nobody promotes themselves; removal is immediate.
begin;
create extension if not exists pgtap with schema extensions;

-- tests.act_as(persona) (supabase/seed.sql) switches between anon, seed users and the session user.

select plan(37);

-- create_team
select tests.act_as('anon');
select throws_ok($$select create_team('Anon agency')$$, '42501', null, 'anon cannot create a team');
select tests.act_as('newcomer');
select throws_ok($$select create_team('Bad zone', 'Mars/Olympus')$$, '22023', null, 'a team needs a real time zone');
create temp table made as select * from create_team('Noor Studio', 'Africa/Cairo', 'Noor');
select is((select time_zone from made), 'Africa/Cairo', 'create_team keeps the time zone');
select results_eq($$select name, role from private.my_teams()$$, $$values ('Noor Studio', 'owner')$$,
  'the creator is the new team''s owner, and my_teams lists it');
select is((select count(*)::int from team_members where team_id = (select id from made)), 1,
  'the new team has one member');

-- create_invite: admins and owners only, member or admin role only
select tests.act_as('member');
select throws_ok($$select create_invite('10000000-0000-4000-a000-00000000000a')$$, '42501', null,
  'a member cannot invite');
select tests.act_as('other');
select throws_ok($$select create_invite('10000000-0000-4000-a000-00000000000a')$$, '42501', null,
  'a member of another team cannot invite');
select tests.act_as('admin');
select throws_ok($$select create_invite('10000000-0000-4000-a000-00000000000a', 'owner')$$, '23514', null,
  'nobody invites an owner (invites are for members and admins)');
select throws_ok($$select create_invite('10000000-0000-4000-a000-00000000000a', 'member', interval '90 days')$$,
  '22023', null, 'an invite lasts at most 30 days');
create temp table invite as select * from create_invite('10000000-0000-4000-a000-00000000000a', 'member', interval '1 day');
grant select on invite to public;
select matches((select code from invite), '^[0-9A-F]{20}$', 'an invite code is 20 hex characters');
create temp table admin_invite as select * from create_invite('10000000-0000-4000-a000-00000000000a', 'admin');
grant select on admin_invite to public;

-- redeem_invite
select tests.act_as('anon');
select throws_ok($$select redeem_invite((select code from invite))$$, '42501', null,
  'anon cannot redeem an invite (sign in first)');
select tests.act_as('member');
select throws_ok($$select redeem_invite((select code from invite))$$, 'P0001', 'you are already in this team',
  'a member cannot redeem an invite to their own team');
select tests.act_as('newcomer');
select results_eq($$select * from redeem_invite(lower((select code from invite)), 'Noor')$$,
  $$values ('10000000-0000-4000-a000-00000000000a'::uuid, 'member')$$,
  'a signed-in user redeems a code (case does not matter) and joins as its role');
select is((select count(*)::int from clients where team_id = '10000000-0000-4000-a000-00000000000a'), 1,
  'the new member reads the team''s clients at once');
select tests.act_as('leaver');
select throws_ok($$select redeem_invite((select code from invite))$$, 'P0001', 'this invite is unknown, used or expired',
  'an invite admits one user only');
select throws_ok($$select redeem_invite('NOT-A-CODE')$$, 'P0001', 'this invite is unknown, used or expired',
  'an unknown code is refused');
select tests.act_as(null);
update invites set expires_at = now() - interval '1 second' where code = 'OTHER-TEAM-INVITE';
select tests.act_as('leaver');
select throws_ok($$select redeem_invite('OTHER-TEAM-INVITE')$$, 'P0001', 'this invite is unknown, used or expired',
  'an expired code is refused');

-- set_member_role: nobody promotes themselves; admins never grant owner
select tests.act_as('member');
select throws_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', auth.uid(), 'admin')$$,
  '42501', null, 'a member cannot promote themselves');
select throws_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000004', 'admin')$$,
  '42501', null, 'a member cannot promote others');
select tests.act_as('admin');
select throws_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', auth.uid(), 'owner')$$,
  '42501', null, 'an admin cannot promote themselves');
select throws_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000003', 'owner')$$,
  '42501', null, 'an admin cannot make an owner');
select throws_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000001', 'member')$$,
  '42501', null, 'an admin cannot demote an owner');
select lives_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000004', 'admin')$$,
  'an admin makes a member admin');
select tests.act_as('other');
select throws_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000003', 'admin')$$,
  '42501', null, 'an owner of another team changes nothing here');
select tests.act_as('owner');
select lives_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000004', 'member')$$,
  'an owner demotes an admin');
select throws_ok($$select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000003', 'boss')$$,
  '22023', null, 'roles are owner, admin or member');
select results_eq($$select role from team_members where team_id = '10000000-0000-4000-a000-00000000000a' order by user_id$$,
  $$values ('owner'), ('admin'), ('member'), ('member'), ('member')$$, 'roles are as the allowed changes left them');

-- remove_member: effective at once
select tests.act_as('admin');
select throws_ok($$select remove_member('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000001')$$,
  '42501', null, 'an admin cannot remove an owner');
select lives_ok($$select remove_member('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000004')$$,
  'an admin removes a member');
select tests.act_as('leaver');
select is((select count(*)::int from time_entries), 0, 'a removed member reads nothing, at once');
select throws_ok($$select sync_pull('10000000-0000-4000-a000-00000000000a', 0)$$, '42501', null,
  'a removed member gets permission denied from sync_pull');
select throws_ok($$select sync_push('10000000-0000-4000-a000-00000000000a', gen_random_uuid(), '[]')$$, '42501', null,
  'a removed member gets permission denied from sync_push');
select throws_ok($$select * from private.monthly_hours('10000000-0000-4000-a000-00000000000a', '2026-03-01')$$, '42501', null,
  'a removed member gets permission denied from monthly_hours');

-- leave_team
select tests.act_as('owner');
select throws_ok($$select leave_team('10000000-0000-4000-a000-00000000000a')$$, 'P0001', 'make another member owner before leaving',
  'the last owner cannot leave while others remain');
select tests.act_as('newcomer');
select lives_ok($$select leave_team('10000000-0000-4000-a000-00000000000a')$$, 'a member leaves');
select is((select count(*)::int from private.my_teams()), 1, 'after leaving, only the own team is left');
select lives_ok($$select leave_team((select team_id from private.my_teams()))$$, 'the only member of a team may leave it');

select * from finish();
rollback;
