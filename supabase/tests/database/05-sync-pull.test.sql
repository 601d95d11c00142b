-- sync_pull: everything after a revision, oldest first, in pages, tombstones included, and a reset signal when a
-- cursor cannot be continued.
begin;
create extension if not exists pgtap with schema extensions;

-- tests.act_as(persona) (supabase/seed.sql) switches between anon, seed users and the session user.

-- Pulls every page as `persona` from `since`, collecting the changes; returns the pages' count and the changes.
create function pg_temp.pull_all(persona text, since bigint, page_size int, out pages int, out changes jsonb)
language plpgsql as $$
declare
  page jsonb;
begin
  perform tests.act_as(persona);
  pages := 0;
  changes := '[]';
  loop
    page := sync_pull('10000000-0000-4000-a000-00000000000a', since, page_size);
    pages := pages + 1;
    changes := changes || (page -> 'changes');
    since := (page ->> 'next_since')::bigint;
    exit when not (page ->> 'has_more')::boolean or pages > 100;
  end loop;
  perform tests.act_as(null);
end
$$;

create temp table team_a_rows as
  select 'clients' as tbl, id, revision from clients where team_id = '10000000-0000-4000-a000-00000000000a'
  union all select 'contracts', id, revision from contracts where team_id = '10000000-0000-4000-a000-00000000000a'
  union all select 'social_accounts', id, revision from social_accounts where team_id = '10000000-0000-4000-a000-00000000000a'
  union all select 'templates', id, revision from templates where team_id = '10000000-0000-4000-a000-00000000000a'
  union all select 'time_entries', id, revision from time_entries where team_id = '10000000-0000-4000-a000-00000000000a'
  union all select 'post_labels', id, revision from post_labels where team_id = '10000000-0000-4000-a000-00000000000a'
  union all select 'follower_snapshots', id, revision from follower_snapshots where team_id = '10000000-0000-4000-a000-00000000000a';
create temp table pulled as select * from pg_temp.pull_all('member', 0, 5);
grant select on team_a_rows, pulled to public;

select plan(22);

select is((select pages from pulled), ((select count(*)::int from team_a_rows) + 4) / 5,
  'a cold pull takes ceil(rows / page size) pages');
select set_eq($$select c ->> 'table', (c -> 'row' ->> 'id')::uuid, (c ->> 'revision')::bigint
                from pulled, jsonb_array_elements(changes) c$$,
              $$select tbl, id, revision from team_a_rows$$,
  'a cold pull returns every row of the team, each once, with its table and revision');
select is((select count(*)::int from pulled, jsonb_array_elements(changes) c), (select count(*)::int from team_a_rows),
  'no row comes twice across pages');
select ok((select bool_and(a < b) from (select (c ->> 'revision')::bigint as a,
             lead((c ->> 'revision')::bigint) over (order by o) as b
           from pulled, jsonb_array_elements(changes) with ordinality x (c, o)) s where b is not null),
  'changes come oldest first');
select is((select changes -> 0 -> 'row' ->> 'team_id' from pulled), '10000000-0000-4000-a000-00000000000a',
  'rows carry every column, snake_case as in the table');

-- One page, by hand.
select tests.act_as('member');
create temp table p1 as select sync_pull('10000000-0000-4000-a000-00000000000a', 0, 3)::jsonb as page;  -- json since 20261205000400
select is(jsonb_array_length((select page -> 'changes' from p1)), 3, 'a page holds page_size changes');
select is((select (page ->> 'has_more')::boolean from p1), true, 'has_more says more pages follow');
select is((select (page ->> 'next_since')::bigint from p1), (select (page -> 'changes' -> 2 ->> 'revision')::bigint from p1),
  'next_since is the last revision in the page');
select is((select (page ->> 'revision')::bigint from p1),
  (select max(revision) from team_a_rows), 'revision is the team''s newest');
select is((select (page ->> 'reset')::boolean from p1), false, 'no reset for a good cursor');
create temp table head as select (page ->> 'revision')::bigint as rev from p1;
select is(sync_pull('10000000-0000-4000-a000-00000000000a', (select rev from head))::jsonb -> 'changes', '[]'::jsonb,
  'nothing after the newest revision');

-- A deletion travels as a tombstone.
select is(sync_push('10000000-0000-4000-a000-00000000000a', 'd0000000-0000-4000-a000-0000000000aa',
  '[{"id": "a0000000-0000-4000-a000-0000000000aa", "table": "time_entries", "op": "delete",
     "row": {"id": "24000000-0000-4000-a000-000000000003"}}]') -> 'results' -> 0 ->> 'status', 'applied',
  'the member deletes their entry');
create temp table after_delete as select sync_pull('10000000-0000-4000-a000-00000000000a', (select rev from head))::jsonb as page;
select is(jsonb_array_length((select page -> 'changes' from after_delete)), 1, 'a pull after a delete gets one change');
select isnt((select page -> 'changes' -> 0 -> 'row' ->> 'deleted_at' from after_delete), null,
  'the change is the tombstone (deleted_at set)');

-- Reset once tombstones are purged past the cursor (purge runs as the service role).
select tests.act_as(null);
set local role service_role;
select is(private.purge_tombstones('10000000-0000-4000-a000-00000000000a', interval '-1 minute'), 1::bigint,
  'purge_tombstones removes the old tombstone');
reset role;
select tests.act_as('member');
select is((sync_pull('10000000-0000-4000-a000-00000000000a', (select rev from head)) ->> 'reset')::boolean, true,
  'a cursor older than the purged tombstones gets reset');
select is(sync_pull('10000000-0000-4000-a000-00000000000a', (select rev from head))::jsonb -> 'changes', '[]'::jsonb,
  '… and no changes');
select is((sync_pull('10000000-0000-4000-a000-00000000000a', 0) ->> 'reset')::boolean, false,
  'a fresh device (since 0) never needs a reset');
select is((sync_pull('10000000-0000-4000-a000-00000000000a', (select rev from head) + 1) ->> 'reset')::boolean, false,
  'a cursor at or past the purged tombstone goes on');
select is((sync_pull('10000000-0000-4000-a000-00000000000a', 1000000) ->> 'reset')::boolean, true,
  'a cursor from the future (a restored database) gets reset');

-- Who may pull.
select tests.act_as('other');
select throws_ok($$select sync_pull('10000000-0000-4000-a000-00000000000a', 0)$$, '42501', null,
  'a member of another team gets permission denied');
select tests.act_as('anon');
select throws_ok($$select sync_pull('10000000-0000-4000-a000-00000000000a', 0)$$, '42501', null,
  'anon gets permission denied');

select * from finish();
rollback;
