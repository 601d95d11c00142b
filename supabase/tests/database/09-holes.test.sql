-- The holes an attack matrix found on the first migrations (issue #15), each closed; every test here failed
-- before 20261205000100_close_holes.sql / 20261205000200_row_caps.sql / 20261205000300_api_grants.sql.
begin;
create extension if not exists pgtap with schema extensions;

select plan(27);

------------------------------------------------------------------------------------------------------------------
-- A removed admin's invites die with their rights.
select tests.act_as('admin');
create temp table codes (name text primary key, code text);
grant all on codes to public;
insert into codes select 'removed admin''s', (create_invite('10000000-0000-4000-a000-00000000000a', 'admin')).code;
select tests.act_as('owner');
select remove_member('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000002');
select tests.act_as(null);
select is((select count(*)::int from invites where created_by = '00000000-0000-4000-a000-000000000002' and redeemed_by is null),
  0, 'removing an admin withdraws their open invites');
select tests.act_as('admin');
select throws_ok(format('select redeem_invite(%L)', (select code from codes where name = 'removed admin''s')),
  'P0001', null, 'a removed admin cannot rejoin through an invite they made');
select tests.act_as(null);
select is((select count(*)::int from team_members where user_id = '00000000-0000-4000-a000-000000000002'
           and team_id = '10000000-0000-4000-a000-00000000000a'), 0, '…and is still out');

-- An invite whose creator is no longer an admin is dead even if the row survived (made before the withdrawal
-- existed, or written by hand): redeem_invite checks the creator.
insert into invites (team_id, code, role, expires_at, created_by) values
  ('10000000-0000-4000-a000-00000000000a', 'ORPHANED-ADMIN-INVITE', 'admin', now() + interval '1 day',
   '00000000-0000-4000-a000-000000000002');
select tests.act_as('newcomer');
select throws_ok($$select redeem_invite('ORPHANED-ADMIN-INVITE')$$, 'P0001', null,
  'an invite whose creator left the team admits nobody');
select tests.act_as(null);

-- A demoted admin's invites die too, so a second account cannot re-promote them.
select tests.act_as('owner');
select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000003', 'admin');
select tests.act_as('member');
insert into codes select 'demoted admin''s', (create_invite('10000000-0000-4000-a000-00000000000a', 'admin')).code;
select tests.act_as('owner');
select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000003', 'member');
select tests.act_as(null);
select is((select count(*)::int from invites where created_by = '00000000-0000-4000-a000-000000000003' and redeemed_by is null),
  0, 'demoting an admin withdraws their open invites');
select tests.act_as('newcomer');
select throws_ok(format('select redeem_invite(%L)', (select code from codes where name = 'demoted admin''s')),
  'P0001', null, 'a demoted admin''s invite admits nobody (no second account to re-promote them)');
select tests.act_as(null);

-- Leaving withdraws one's invites too.
select tests.act_as('owner');
select set_member_role('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000004', 'admin');
select tests.act_as('leaver');
select create_invite('10000000-0000-4000-a000-00000000000a');
select leave_team('10000000-0000-4000-a000-00000000000a');
select tests.act_as(null);
select is((select count(*)::int from invites where created_by = '00000000-0000-4000-a000-000000000004' and redeemed_by is null),
  0, 'leaving withdraws one''s open invites');

------------------------------------------------------------------------------------------------------------------
-- Invites only through create_invite, never for longer than 30 days.
select tests.act_as('owner');
select throws_ok($$insert into invites (team_id, code, expires_at) values ('10000000-0000-4000-a000-00000000000a',
  'CHOSEN-CODE-FOREVER', 'infinity')$$, '42501', null, 'an owner cannot insert an invite directly');
select throws_ok($$select * from invites$$, '42501', null, 'nor read invites through the table API');
select throws_ok($$delete from invites$$, '42501', null, 'nor delete them');
select throws_ok($$select create_invite('10000000-0000-4000-a000-00000000000a', 'member', '31 days')$$, '22023', null,
  'create_invite refuses more than 30 days');
select tests.act_as(null);
select throws_ok($$insert into invites (team_id, code, expires_at, created_by) values ('10000000-0000-4000-a000-00000000000a',
  'NEVER-EXPIRING-CODE', 'infinity', '00000000-0000-4000-a000-000000000001')$$, '23514', null, 'the table itself refuses an invite longer than 30 days');

------------------------------------------------------------------------------------------------------------------
-- sync_push for one team never touches another team's rows, even for a member of both.
insert into team_members (team_id, user_id, role) values
  ('10000000-0000-4000-a000-00000000000b', '00000000-0000-4000-a000-000000000001', 'owner');
select tests.act_as('owner');
create temp table pushed (name text primary key, result jsonb);
grant all on pushed to public;
insert into pushed select 'edit', sync_push('10000000-0000-4000-a000-00000000000b', 'd0000000-0000-4000-a000-0000000000f1',
  jsonb_build_array(jsonb_build_object('id', 'a0000000-0000-4000-a000-0000000000f1', 'table', 'clients', 'op', 'upsert',
    'base_revision', (select revision from clients where id = '20000000-0000-4000-a000-000000000001'),
    'row', jsonb_build_object('id', '20000000-0000-4000-a000-000000000001', 'name_en', 'Hijacked'))));
insert into pushed select 'delete', sync_push('10000000-0000-4000-a000-00000000000b', 'd0000000-0000-4000-a000-0000000000f1',
  jsonb_build_array(jsonb_build_object('id', 'a0000000-0000-4000-a000-0000000000f2', 'table', 'templates', 'op', 'delete',
    'row', jsonb_build_object('id', '23000000-0000-4000-a000-000000000001'))));
select tests.act_as(null);
select is((select result -> 'results' -> 0 ->> 'status' || '/' || (result -> 'results' -> 0 ->> 'reason') from pushed where name = 'edit'),
  'rejected/forbidden', 'a push for team B refuses an edit of team A''s client');
select is((select name_en from clients where id = '20000000-0000-4000-a000-000000000001'), 'Oasis Restaurant',
  '…and the client is unchanged');
select is((select result -> 'results' -> 0 ->> 'status' from pushed where name = 'delete'), 'rejected',
  'a push for team B refuses to tombstone team A''s template');
select is((select deleted_at from templates where id = '23000000-0000-4000-a000-000000000001'), null,
  '…and the template is not deleted');

------------------------------------------------------------------------------------------------------------------
-- Privileges: exactly these, whatever Supabase's default grants were (no TRUNCATE, nothing for anon, nothing on
-- invites, no DELETE).
select is((select count(*)::int from information_schema.role_table_grants
           where grantee in ('anon', 'authenticated', 'service_role') and privilege_type = 'TRUNCATE'
             and table_schema in ('public', 'private')), 0, 'no API role may TRUNCATE anything');
select is((select count(*)::int from information_schema.role_table_grants
           where grantee = 'anon' and table_schema in ('public', 'private')), 0, 'anon holds no table privilege');
select set_eq(
  $$select table_name::text, privilege_type::text from information_schema.role_table_grants
    where grantee = 'authenticated' and table_schema in ('public', 'private')$$,
  $$select t, p from unnest(array['teams', 'team_members', 'clients', 'contracts', 'social_accounts', 'templates',
                                  'time_entries', 'post_labels', 'follower_snapshots', 'sync_mutations']) as t,
                     unnest(array['SELECT', 'INSERT', 'UPDATE']) as p
    where not (t in ('teams', 'team_members') and p <> 'SELECT') and not (t = 'sync_mutations' and p = 'UPDATE')$$,
  'authenticated holds exactly: select everywhere it reads, insert/update on records, no delete, nothing on invites');
select set_eq(
  $$select table_name::text || '.' || column_name::text from information_schema.column_privileges
    where grantee = 'authenticated' and table_schema = 'public' and privilege_type = 'UPDATE'
      and table_name in ('teams', 'team_members')$$,
  array['teams.name', 'teams.time_zone', 'teams.working_days', 'team_members.display_name'],
  'on teams and team_members authenticated updates only the columns people may change');
select is((select count(*)::int from information_schema.role_table_grants
           where grantee in ('anon', 'authenticated', 'service_role') and privilege_type in ('REFERENCES', 'TRIGGER')
             and table_schema in ('public', 'private')), 0, 'nor REFERENCES or TRIGGER');
select is((select array_agg(p.proname::text order by p.proname) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'public' and has_function_privilege('authenticated', p.oid, 'execute')),
  array['create_invite', 'create_team', 'leave_team', 'monthly_hours', 'my_teams', 'redeem_invite', 'remove_member',
        'set_member_role', 'sync_pull', 'sync_push', 'team_roster'],
  'authenticated executes exactly the RPCs the extension calls');

------------------------------------------------------------------------------------------------------------------
-- Policies evaluate auth.uid() once per statement (splinter auth_rls_initplan).
select is((select array_agg(policyname::text) from pg_policies
           where schemaname in ('public', 'private')
             and (regexp_replace(coalesce(qual, ''), '\( SELECT auth\.uid\(\) AS uid\)', '', 'g') ~ 'auth\.uid\(\)'
               or regexp_replace(coalesce(with_check, ''), '\( SELECT auth\.uid\(\) AS uid\)', '', 'g') ~ 'auth\.uid\(\)')),
  null, 'no policy calls auth.uid() bare');

------------------------------------------------------------------------------------------------------------------
-- No RPC's answer is cut by PostgREST's max_rows (1000): the ones that can return many rows return one JSON array.
select is((select array_agg(p.proname::text order by p.proname) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'public' and p.proretset and has_function_privilege('authenticated', p.oid, 'execute')),
  array['redeem_invite'], 'the only set-returning RPC is redeem_invite, which returns one row');
insert into clients (id, team_id, name_en, created_by)
  select ('20000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid, '10000000-0000-4000-a000-00000000000a',
         'Client ' || i, '00000000-0000-4000-a000-000000000001'
  from generate_series(1, 1200) as i;
insert into contracts (id, team_id, client_id, starts_on, monthly_hours, min_daily_hours, created_by)
  select ('21000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid, '10000000-0000-4000-a000-00000000000a',
         ('20000000-0000-4000-b000-' || lpad(i::text, 12, '0'))::uuid, '2026-01-01', 10, 1,
         '00000000-0000-4000-a000-000000000001'
  from generate_series(1, 1200) as i;
select tests.act_as('owner');
select cmp_ok((select jsonb_array_length(monthly_hours('10000000-0000-4000-a000-00000000000a', '2026-03-01'))), '>', 1200,
  'monthly_hours for 1,201 clients answers every client (one JSON array)');
select is(jsonb_typeof(my_teams()), 'array', 'my_teams answers one JSON array');
select is(jsonb_array_length(team_roster('10000000-0000-4000-a000-00000000000a')), 2,
  'team_roster answers one JSON array (owner and member left)');
select tests.act_as(null);

select * from finish();
rollback;
