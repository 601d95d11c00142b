-- Row-level security, the full matrix: every table × select / insert / update / delete × every kind of caller,
-- against team A's rows from seed.sql. Each cell runs in a subtransaction that is rolled back, so cells never
-- affect each other. A cell's result is `rows:N` (how many rows the statement saw or changed: silent denials
-- show as rows:0) or the SQLSTATE it failed with (42501 for a rejected write).
begin;
create extension if not exists pgtap with schema extensions;

-- {name} in a statement becomes the fixture's uuid.
create temp table fixture (name text primary key, id uuid not null);
insert into fixture values
  ('A', '10000000-0000-4000-a000-00000000000a'), ('B', '10000000-0000-4000-a000-00000000000b'),
  ('client', '20000000-0000-4000-a000-000000000001'), ('contract', '21000000-0000-4000-a000-000000000001'),
  ('account_member', '22000000-0000-4000-a000-000000000001'), ('account_admin', '22000000-0000-4000-a000-000000000002'),
  ('template_owner', '23000000-0000-4000-a000-000000000001'), ('template_member', '23000000-0000-4000-a000-000000000002'),
  ('entry_owner', '24000000-0000-4000-a000-000000000001'), ('entry_admin', '24000000-0000-4000-a000-000000000002'),
  ('entry_member', '24000000-0000-4000-a000-000000000003'),
  ('label_member', '25000000-0000-4000-a000-000000000001'), ('label_admin', '25000000-0000-4000-a000-000000000002'),
  ('snapshot_member', '26000000-0000-4000-a000-000000000001'), ('snapshot_admin', '26000000-0000-4000-a000-000000000002'),
  ('member', '00000000-0000-4000-a000-000000000003'), ('newcomer', '00000000-0000-4000-a000-000000000006');
grant select on fixture to public;

-- tests.act_as(persona) (supabase/seed.sql) switches between anon, seed users and the session user.

-- Runs `statement` as `persona` and rolls it back; returns rows:N or the SQLSTATE.
create function pg_temp.try_as(persona text, statement text) returns text language plpgsql as $$
declare
  f record;
  n bigint;
  outcome text;
begin
  for f in select name, id from fixture loop
    statement := replace(statement, '{' || f.name || '}', quote_literal(f.id));
  end loop;
  begin
    perform tests.act_as(persona);
    execute statement;
    get diagnostics n = row_count;
    raise exception using errcode = 'WT000', message = 'rows:' || n;
  exception when others then
    get stacked diagnostics outcome = returned_sqlstate;
    if outcome = 'WT000' then
      get stacked diagnostics outcome = message_text;
    end if;
  end;
  return outcome;
end
$$;

-- The owner removes leaver@ first: from here on leaver@ is "a removed member".
select tests.act_as('owner');
select remove_member('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000004');
select tests.act_as(null);

create temp table matrix (tbl text, op text, statement text,
                          anon text, member text, admin text, owner text, other text, removed text);
insert into matrix values
  -- select: team A's rows (other = owner of team B; removed = leaver@ after remove_member)
  ('teams', 'select', $$select from teams where id = {A}$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('team_members', 'select', $$select from team_members where team_id = {A}$$,
   '42501', 'rows:3', 'rows:3', 'rows:3', 'rows:0', 'rows:0'),
  ('invites', 'select', $$select from invites where team_id = {A}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('clients', 'select', $$select from clients where team_id = {A}$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('contracts', 'select', $$select from contracts where team_id = {A}$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('social_accounts', 'select', $$select from social_accounts where team_id = {A}$$,
   '42501', 'rows:2', 'rows:2', 'rows:2', 'rows:0', 'rows:0'),
  ('templates', 'select', $$select from templates where team_id = {A}$$,
   '42501', 'rows:2', 'rows:2', 'rows:2', 'rows:0', 'rows:0'),
  ('time_entries', 'select', $$select from time_entries where team_id = {A}$$,
   '42501', 'rows:4', 'rows:4', 'rows:4', 'rows:0', 'rows:0'),
  ('post_labels', 'select', $$select from post_labels where team_id = {A}$$,
   '42501', 'rows:2', 'rows:2', 'rows:2', 'rows:0', 'rows:0'),
  ('follower_snapshots', 'select', $$select from follower_snapshots where team_id = {A}$$,
   '42501', 'rows:2', 'rows:2', 'rows:2', 'rows:0', 'rows:0'),

  -- insert a new row into team A
  ('teams', 'insert', $$insert into teams (name) values ('New team')$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('team_members', 'insert', $$insert into team_members (team_id, user_id) values ({A}, {newcomer})$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('invites', 'insert', $$insert into invites (team_id, code, expires_at) values ({A}, 'MATRIX-INVITE-1', now() + interval '1 day')$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('clients', 'insert', $$insert into clients (id, team_id, name_en) values (gen_random_uuid(), {A}, 'New client')$$,
   '42501', '42501', 'rows:1', 'rows:1', '42501', '42501'),
  ('contracts', 'insert', $$insert into contracts (id, team_id, client_id, starts_on, monthly_hours, min_daily_hours)
                            values (gen_random_uuid(), {A}, {client}, '2026-06-01', 20, 1)$$,
   '42501', '42501', 'rows:1', 'rows:1', '42501', '42501'),
  ('social_accounts', 'insert', $$insert into social_accounts (id, team_id, platform, key, client_id)
                                  values (gen_random_uuid(), {A}, 'facebook', 'matrix', {client})$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', '42501', '42501'),
  ('templates', 'insert', $$insert into templates (id, team_id, title, bodies)
                            values (gen_random_uuid(), {A}, 'Hi', '{"en": "Hello"}')$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', '42501', '42501'),
  ('time_entries', 'insert', $$insert into time_entries (id, team_id, client_id, start, "end", source)
                               values (gen_random_uuid(), {A}, {client}, '2026-05-01 09:00Z', '2026-05-01 10:00Z', 'manual')$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', '42501', '42501'),
  ('time_entries', 'insert with member''s user_id', $$insert into time_entries (id, team_id, client_id, user_id, start, "end", source)
                               values (gen_random_uuid(), {A}, {client}, {member}, '2026-05-01 09:00Z', '2026-05-01 10:00Z', 'manual')$$,
   '42501', 'rows:1', '42501', '42501', '42501', '42501'),
  ('post_labels', 'insert', $$insert into post_labels (id, team_id, client_id, platform, post_url, label)
                              values (gen_random_uuid(), {A}, {client}, 'x', 'https://x.com/a/status/2', 'lead')$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', '42501', '42501'),
  ('follower_snapshots', 'insert', $$insert into follower_snapshots (id, team_id, account_id, count, taken_at)
                                     values (gen_random_uuid(), {A}, {account_member}, 12500, now())$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', '42501', '42501'),

  -- update one row of team A (a no-op change: only the permission matters)
  ('teams', 'update', $$update teams set name = name where id = {A}$$,
   '42501', 'rows:0', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('team_members', 'update role', $$update team_members set role = 'owner' where team_id = {A} and user_id = {member}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('team_members', 'update own display name', $$update team_members set display_name = 'me' where team_id = {A} and user_id = auth.uid()$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('team_members', 'update member''s display name', $$update team_members set display_name = 'you' where team_id = {A} and user_id = {member}$$,
   '42501', 'rows:1', 'rows:0', 'rows:0', 'rows:0', 'rows:0'),
  ('invites', 'update', $$update invites set expires_at = expires_at where team_id = {A}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('clients', 'update', $$update clients set notes = 'edited' where id = {client}$$,
   '42501', 'rows:0', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('contracts', 'update', $$update contracts set monthly_hours = 90 where id = {contract}$$,
   '42501', 'rows:0', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('social_accounts', 'update a member''s', $$update social_accounts set handle = 'edited' where id = {account_member}$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('social_accounts', 'update an admin''s', $$update social_accounts set handle = 'edited' where id = {account_admin}$$,
   '42501', 'rows:0', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('templates', 'update a member''s', $$update templates set title = 'edited' where id = {template_member}$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('templates', 'update the owner''s', $$update templates set title = 'edited' where id = {template_owner}$$,
   '42501', 'rows:0', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('time_entries', 'update a member''s', $$update time_entries set note = 'edited' where id = {entry_member}$$,
   '42501', 'rows:1', 'rows:0', 'rows:0', 'rows:0', 'rows:0'),
  ('time_entries', 'update an admin''s', $$update time_entries set note = 'edited' where id = {entry_admin}$$,
   '42501', 'rows:0', 'rows:1', 'rows:0', 'rows:0', 'rows:0'),
  ('post_labels', 'update a member''s', $$update post_labels set note = 'edited' where id = {label_member}$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('post_labels', 'update an admin''s', $$update post_labels set note = 'edited' where id = {label_admin}$$,
   '42501', 'rows:0', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('follower_snapshots', 'update a member''s', $$update follower_snapshots set count = 1 where id = {snapshot_member}$$,
   '42501', 'rows:1', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),
  ('follower_snapshots', 'update an admin''s', $$update follower_snapshots set count = 1 where id = {snapshot_admin}$$,
   '42501', 'rows:0', 'rows:1', 'rows:1', 'rows:0', 'rows:0'),

  -- delete: nobody holds DELETE (records are tombstoned, members leave and invites go through functions)
  ('teams', 'delete', $$delete from teams where id = {A}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('team_members', 'delete', $$delete from team_members where team_id = {A} and user_id = {member}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('invites', 'delete', $$delete from invites where team_id = {A}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('clients', 'delete', $$delete from clients where id = {client}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('contracts', 'delete', $$delete from contracts where id = {contract}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('social_accounts', 'delete', $$delete from social_accounts where id = {account_member}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('templates', 'delete', $$delete from templates where id = {template_member}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('time_entries', 'delete', $$delete from time_entries where id = {entry_member}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('post_labels', 'delete', $$delete from post_labels where id = {label_member}$$,
   '42501', '42501', '42501', '42501', '42501', '42501'),
  ('follower_snapshots', 'delete', $$delete from follower_snapshots where id = {snapshot_member}$$,
   '42501', '42501', '42501', '42501', '42501', '42501');

create temp table cell as
  select m.tbl, m.op, m.statement, p.persona, p.expected, row_number() over () as n
  from matrix m
  cross join lateral (values ('anon', m.anon), ('member', m.member), ('admin', m.admin), ('owner', m.owner),
                             ('other', m.other), ('leaver', m.removed)) as p (persona, expected);

select plan((select count(*)::int from cell) + 2);

-- Every public table is in the matrix, with all four operations.
select set_eq(
  $$select distinct tbl from matrix$$,
  $$select tablename::text from pg_tables where schemaname = 'public'$$,
  'the matrix covers every table in public'
);
select is((select count(distinct (tbl, split_part(op, ' ', 1)))::int from matrix),
          (select count(*)::int * 4 from pg_tables where schemaname = 'public'),
          'the matrix covers select, insert, update and delete for each');

select is(pg_temp.try_as(c.persona, c.statement), c.expected,
          format('%s %s as %s → %s', c.tbl, c.op, case c.persona when 'leaver' then 'removed member'
                                                                   when 'other' then 'member of another team'
                                                                   else c.persona end, c.expected))
from cell c order by c.n;

select * from finish();
rollback;
