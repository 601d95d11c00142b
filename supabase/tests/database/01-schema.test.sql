-- The schema's guarantees that do not depend on who asks: RLS everywhere, function security, the constraints the
-- app enforces, and the fields only the server sets.
begin;
create extension if not exists pgtap with schema extensions;

-- tests.act_as(persona) (supabase/seed.sql) switches between anon, seed users and the session user.

select plan(50);

------------------------------------------------------------------------------------------------------------------
-- Row-level security is on for every table we own, exposed or not.
select is(
  (select array_agg(c.relname::text order by c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'private') and c.relkind in ('r', 'p') and not c.relrowsecurity),
  null, 'row-level security is enabled on every table in public and private');
select is(
  (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'private') and c.relkind in ('r', 'p')),
  12, 'the 10 public and 2 private tables are all there');
select tables_are('public', array['teams', 'team_members', 'invites', 'clients', 'contracts', 'social_accounts',
                                  'templates', 'time_entries', 'post_labels', 'follower_snapshots'],
                  'public holds exactly the tables of utils/model plus teams, members and invites');

-- Synced tables carry the sync columns.
select is(
  (select count(*)::int from information_schema.columns
    where table_schema = 'public'
      and table_name in ('clients', 'contracts', 'social_accounts', 'templates', 'time_entries', 'post_labels',
                         'follower_snapshots')
      and column_name in ('id', 'team_id', 'revision', 'created_at', 'created_by', 'updated_at', 'updated_by',
                          'deleted_at')),
  7 * 8, 'every synced table has id, team_id, revision, created/updated at/by and deleted_at');
select columns_are('public', 'time_entries',
  array['id', 'team_id', 'client_id', 'user_id', 'start', 'end', 'source', 'platform', 'note', 'revision',
        'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at'],
  'time_entries mirrors utils/model/time-entry.ts');
select columns_are('public', 'contracts',
  array['id', 'team_id', 'client_id', 'starts_on', 'ends_on', 'monthly_hours', 'min_daily_hours', 'working_days',
        'languages', 'hourly_rate', 'currency', 'revision', 'created_at', 'created_by', 'updated_at', 'updated_by',
        'deleted_at'],
  'contracts mirrors utils/model/contract.ts');

------------------------------------------------------------------------------------------------------------------
-- Functions: definers pin search_path; nothing in public is executable by anon or PUBLIC.
select is(
  (select array_agg(p.oid::regprocedure::text) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname in ('public', 'private') and p.prosecdef
      and not exists (select from unnest(p.proconfig) as c where c like 'search_path=%')),
  null, 'every security definer function pins its search_path');
select is(
  (select array_agg(p.oid::regprocedure::text order by p.oid::regprocedure::text) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.prosecdef),
  array['create_invite(uuid,text,interval)', 'create_team(text,text,text)', 'leave_team(uuid)', 'redeem_invite(text,text)', 'remove_member(uuid,uuid)',
        'set_member_role(uuid,uuid,text)'],
  'only the membership and invite functions are security definer in public (callers cannot write memberships or invites themselves)');
select is(
  (select array_agg(p.oid::regprocedure::text) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname in ('public', 'private') and has_function_privilege('anon', p.oid, 'execute')),
  null, 'anon can execute none of our functions');
select is(
  (select array_agg(p.oid::regprocedure::text) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname in ('public', 'private') and p.prosecdef
      and exists (select from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                  where a.grantee = 0 and a.privilege_type = 'EXECUTE')),
  null, 'no security definer function is executable by PUBLIC');
select ok(not has_function_privilege('authenticated', 'private.purge_tombstones(uuid,interval)', 'execute'),
  'purge_tombstones is for the service role only');
select ok(not has_schema_privilege('anon', 'private', 'usage'), 'anon cannot even see the private schema');

------------------------------------------------------------------------------------------------------------------
-- Constraints: what the app enforces, the database enforces (run as the table owner, so RLS is not the reason).
select throws_ok($$insert into time_entries (id, team_id, client_id, user_id, start, "end", source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001',
          '00000000-0000-4000-a000-000000000003', '2026-05-01 10:00Z', '2026-05-01 09:00Z', 'manual')$$,
  '23514', null, 'an entry ends after it starts');
select throws_ok($$insert into time_entries (id, team_id, client_id, user_id, start, "end", source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001',
          '00000000-0000-4000-a000-000000000003', '2026-05-01 10:00Z', '2026-05-01 10:00Z', 'manual')$$,
  '23514', null, 'an entry is not empty');
select throws_ok($$insert into time_entries (id, team_id, client_id, user_id, start, "end", source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001',
          '00000000-0000-4000-a000-000000000003', '2026-03-02 11:00+03', '2026-03-02 14:00+03', 'manual')$$,
  '23P01', null, 'one person''s entries do not overlap');
select throws_ok($$insert into time_entries (id, team_id, client_id, user_id, start, source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001',
          '00000000-0000-4000-a000-000000000003', '2026-03-01 00:00+03', 'timer')$$,
  '23P01', null, 'a running timer reaches to infinity, so it overlaps later entries');
select lives_ok($$insert into time_entries (id, team_id, client_id, user_id, start, "end", source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001',
          '00000000-0000-4000-a000-000000000002', '2026-03-02 11:00+03', '2026-03-02 14:00+03', 'manual')$$,
  'two people may work at the same time');
select lives_ok($$insert into time_entries (id, team_id, client_id, user_id, start, "end", source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001',
          '00000000-0000-4000-a000-000000000003', '2026-03-02 12:30+03', '2026-03-02 13:00+03', 'manual')$$,
  'an entry may start the moment another ends');
update time_entries set deleted_at = now() where id = '24000000-0000-4000-a000-000000000003';
select lives_ok($$insert into time_entries (id, team_id, client_id, user_id, start, "end", source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001',
          '00000000-0000-4000-a000-000000000003', '2026-03-02 10:00+03', '2026-03-02 11:00+03', 'manual')$$,
  'a deleted entry no longer blocks its time');
select throws_ok($$insert into time_entries (id, team_id, client_id, user_id, start, "end", source)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001',
          '00000000-0000-4000-a000-000000000003', '2026-05-01 09:00Z', '2026-05-01 10:00Z', 'typed')$$,
  '23514', null, 'an entry''s source is timer, manual or auto');

select throws_ok($$update contracts set monthly_hours = -1 where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'monthly hours are not negative');
select throws_ok($$update contracts set monthly_hours = 745 where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'monthly hours fit in a month (744)');
select throws_ok($$update contracts set min_daily_hours = -0.5 where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'minimum daily hours are not negative');
select throws_ok($$update contracts set min_daily_hours = 25 where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'minimum daily hours fit in a day');
select throws_ok($$update contracts set languages = '{english}' where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'contract languages are language tags');
select throws_ok($$update contracts set languages = '{}' where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'a contract has at least one language');
select lives_ok($$update contracts set languages = '{ar,en,fr-CA,zh-Hant-TW,es-419}' where id = '21000000-0000-4000-a000-000000000001'$$,
  'canonical tags with script and region are known languages');
select throws_ok($$update contracts set working_days = '{1,1}' where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'working days are listed once');
select throws_ok($$update contracts set working_days = '{7}' where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'working days are 0 (Sunday) to 6');
select throws_ok($$update contracts set ends_on = '2025-12-31' where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'a contract ends on or after its first day');
select throws_ok($$update contracts set currency = null where id = '21000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'an hourly rate needs a currency');
select throws_ok($$update clients set name_ar = ' ', name_en = '' where id = '20000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'a client has an Arabic or an English name');
select throws_ok($$update clients set color = 'teal' where id = '20000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'a client colour is #rrggbb');
select throws_ok($$update templates set bodies = '{"english": "Hi"}' where id = '23000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'template bodies are keyed by language tag');
select throws_ok($$update templates set bodies = '{"ar": " ", "en": ""}' where id = '23000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'a template has at least one non-blank body');
select throws_ok($$update templates set platforms = '{tiktok}' where id = '23000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'template platforms are facebook, instagram and x');
select throws_ok($$update post_labels set post_url = 'http://x.com/a' where id = '25000000-0000-4000-a000-000000000001'$$,
  '23514', null, 'a labelled post is an https URL');
select throws_ok($$insert into invites (team_id, code, expires_at, created_by)
  values ('10000000-0000-4000-a000-00000000000a', 'SHORT', now() + interval '1 day', '00000000-0000-4000-a000-000000000001')$$,
  '23514', null, 'an invite code has at least 12 characters, even when an admin chooses it');
select throws_ok($$update teams set time_zone = 'UTC+3' where id = '10000000-0000-4000-a000-00000000000a'$$,
  '22023', null, 'a team''s time zone is an IANA name (POSIX offsets are refused)');
select throws_ok($$insert into contracts (id, team_id, client_id, starts_on, monthly_hours, min_daily_hours)
  values (gen_random_uuid(), '10000000-0000-4000-a000-00000000000b', '20000000-0000-4000-a000-000000000001',
          '2026-01-01', 10, 1)$$,
  '23503', null, 'a row cannot point at another team''s client');

------------------------------------------------------------------------------------------------------------------
-- Rows never move, tombstones stay, and the server owns the sync fields.
select throws_ok($$update clients set team_id = '10000000-0000-4000-a000-00000000000b' where id = '20000000-0000-4000-a000-000000000001'$$,
  '42501', null, 'a row cannot move to another team, even for the table owner');
select throws_ok($$update time_entries set user_id = '00000000-0000-4000-a000-000000000002' where id = '24000000-0000-4000-a000-000000000001'$$,
  '42501', null, 'a time entry cannot move to another person');
select throws_ok($$update time_entries set note = 'back to life', deleted_at = null where id = '24000000-0000-4000-a000-000000000003'$$,
  '55000', null, 'a deleted row cannot be edited or undeleted');

select tests.act_as('admin');
insert into clients (id, team_id, name_en, revision, created_at, created_by, updated_at, updated_by)
  values ('2f000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-00000000000a', 'Forged', 999999,
          '2000-01-01', '00000000-0000-4000-a000-000000000001', '2000-01-01', '00000000-0000-4000-a000-000000000001');
select tests.act_as(null);
select is((select created_at from clients where id = '2f000000-0000-4000-a000-000000000001'), now(),
  'created_at is the server''s time, not the device''s');
select is((select created_by from clients where id = '2f000000-0000-4000-a000-000000000001'),
  '00000000-0000-4000-a000-000000000002'::uuid, 'created_by is the signed-in user');
select is((select updated_by from clients where id = '2f000000-0000-4000-a000-000000000001'),
  '00000000-0000-4000-a000-000000000002'::uuid, 'updated_by is the signed-in user');
select is((select revision from clients where id = '2f000000-0000-4000-a000-000000000001'),
  (select revision from private.team_sync where team_id = '10000000-0000-4000-a000-00000000000a'),
  'revision is the team''s next revision, not the device''s');

select tests.act_as('owner');
update clients set notes = 'seen by the owner' where id = '2f000000-0000-4000-a000-000000000001';
select tests.act_as(null);
select is((select updated_by from clients where id = '2f000000-0000-4000-a000-000000000001'),
  '00000000-0000-4000-a000-000000000001'::uuid, 'an edit records who made it');
select is((select created_by from clients where id = '2f000000-0000-4000-a000-000000000001'),
  '00000000-0000-4000-a000-000000000002'::uuid, 'an edit keeps the author');
select cmp_ok((select revision from clients where id = '2f000000-0000-4000-a000-000000000001'), '>',
  (select revision from clients where id = '20000000-0000-4000-a000-000000000001'),
  'an edit takes a newer revision');

select * from finish();
rollback;
