-- sync_push: idempotent by (device, mutation id), conflicts for stale shared records, last-writer-wins for a
-- member's own entries, deletes win, and a bad mutation is recorded as rejected without blocking the queue.
begin;
create extension if not exists pgtap with schema extensions;

-- tests.act_as(persona) (supabase/seed.sql) switches between anon, seed users and the session user.

-- Pushes as `persona` from device d…01 of team A and returns the results array.
create function pg_temp.push(persona text, mutations jsonb) returns jsonb language plpgsql as $$
declare
  out jsonb;
begin
  perform tests.act_as(persona);
  out := sync_push('10000000-0000-4000-a000-00000000000a', 'd0000000-0000-4000-a000-000000000001', mutations);
  perform tests.act_as(null);
  return out -> 'results';
end
$$;

create function pg_temp.entry(mutation_id text, entry_id text, starts text, ends text, note text default '')
returns jsonb language sql as $$
  select jsonb_build_object('id', mutation_id, 'table', 'time_entries', 'op', 'upsert',
    'row', jsonb_build_object('id', entry_id, 'client_id', '20000000-0000-4000-a000-000000000001',
                              'start', starts, 'end', ends, 'source', 'manual', 'note', note))
$$;

create temp table r (name text primary key, result jsonb);

select plan(45);

------------------------------------------------------------------------------------------------------------------
-- A first push, then the same push again.
insert into r select 'first', pg_temp.push('member', jsonb_build_array(
  pg_temp.entry('a0000000-0000-4000-a000-000000000001', 'e0000000-0000-4000-a000-000000000001', '2026-04-01T09:00:00Z', '2026-04-01T10:00:00Z'),
  pg_temp.entry('a0000000-0000-4000-a000-000000000002', 'e0000000-0000-4000-a000-000000000002', '2026-04-01T10:00:00Z', '2026-04-01T11:30:00Z')));
select is((select result -> 0 ->> 'status' from r where name = 'first'), 'applied', 'a new entry is applied');
select is((select result -> 0 ->> 'id' from r where name = 'first'), 'a0000000-0000-4000-a000-000000000001',
  'each result carries its mutation id');
select is((select (result -> 1 ->> 'revision')::bigint from r where name = 'first'),
  (select revision from private.team_sync where team_id = '10000000-0000-4000-a000-00000000000a'),
  'the result carries the row''s revision, the team''s newest');
select cmp_ok((select (result -> 0 ->> 'revision')::bigint from r where name = 'first'), '<',
  (select (result -> 1 ->> 'revision')::bigint from r where name = 'first'), 'mutations apply in order');
select is((select user_id from time_entries where id = 'e0000000-0000-4000-a000-000000000001'),
  '00000000-0000-4000-a000-000000000003'::uuid, 'a pushed entry belongs to the pusher');

create temp table before_retry as select revision from private.team_sync where team_id = '10000000-0000-4000-a000-00000000000a';
insert into r select 'retry', pg_temp.push('member', jsonb_build_array(
  pg_temp.entry('a0000000-0000-4000-a000-000000000001', 'e0000000-0000-4000-a000-000000000001', '2026-04-01T09:00:00Z', '2026-04-01T10:15:00Z', 'changed?'),
  pg_temp.entry('a0000000-0000-4000-a000-000000000002', 'e0000000-0000-4000-a000-000000000002', '2026-04-01T10:00:00Z', '2026-04-01T11:30:00Z')));
select is((select result from r where name = 'retry'),
  (select jsonb_agg(x || '{"duplicate": true}') from r, jsonb_array_elements(result) x where name = 'first'),
  'a retried push returns the stored results, marked duplicate');
select is((select revision from private.team_sync where team_id = '10000000-0000-4000-a000-00000000000a'),
  (select revision from before_retry), 'a retried push takes no revision');
select is((select note from time_entries where id = 'e0000000-0000-4000-a000-000000000001'), '',
  'a retried push changes nothing');
select is((select count(*)::int from private.sync_mutations where device_id = 'd0000000-0000-4000-a000-000000000001'), 2,
  'each mutation is stored once');

------------------------------------------------------------------------------------------------------------------
-- A member's own entries: last writer wins, whatever base revision they name.
insert into r select 'lww', pg_temp.push('member', jsonb_build_array(
  pg_temp.entry('a0000000-0000-4000-a000-000000000003', 'e0000000-0000-4000-a000-000000000001', '2026-04-01T09:00:00Z', '2026-04-01T09:45:00Z', 'phone') || '{"base_revision": 1}',
  pg_temp.entry('a0000000-0000-4000-a000-000000000004', 'e0000000-0000-4000-a000-000000000001', '2026-04-01T09:00:00Z', '2026-04-01T09:50:00Z', 'laptop') || '{"base_revision": 1}'));
select is((select jsonb_agg(x ->> 'status') from r, jsonb_array_elements(result) x where name = 'lww'),
  '["applied", "applied"]', 'edits of one''s own entry apply even from an old base');
select results_eq($$select note, "end" from time_entries where id = 'e0000000-0000-4000-a000-000000000001'$$,
  $$values ('laptop', '2026-04-01T09:50:00Z'::timestamptz)$$, 'the last writer wins');

------------------------------------------------------------------------------------------------------------------
-- Shared records: a stale base revision is a conflict with the server's row.
create temp table client_rev as select revision from clients where id = '20000000-0000-4000-a000-000000000001';
insert into r select 'fresh', pg_temp.push('admin', jsonb_build_array(jsonb_build_object(
  'id', 'a0000000-0000-4000-a000-000000000010', 'table', 'clients', 'op', 'upsert',
  'base_revision', (select revision from client_rev),
  'row', jsonb_build_object('id', '20000000-0000-4000-a000-000000000001', 'notes', 'VIP, reply within an hour'))));
select is((select result -> 0 ->> 'status' from r where name = 'fresh'), 'applied', 'an edit from the current revision applies');
select results_eq($$select name_en, notes from clients where id = '20000000-0000-4000-a000-000000000001'$$,
  $$values ('Oasis Restaurant', 'VIP, reply within an hour')$$, 'an edit changes only the fields it sends');

insert into r select 'stale', pg_temp.push('owner', jsonb_build_array(jsonb_build_object(
  'id', 'a0000000-0000-4000-a000-000000000011', 'table', 'clients', 'op', 'upsert',
  'base_revision', (select revision from client_rev),
  'row', jsonb_build_object('id', '20000000-0000-4000-a000-000000000001', 'notes', 'owner''s version'))));
select is((select result -> 0 ->> 'status' from r where name = 'stale'), 'conflict', 'an edit from an old revision is a conflict');
select is((select result -> 0 ->> 'reason' from r where name = 'stale'), 'stale', 'the conflict says the base was stale');
select is((select result -> 0 -> 'server_row' ->> 'notes' from r where name = 'stale'), 'VIP, reply within an hour',
  'the conflict carries the server''s row');
select is((select notes from clients where id = '20000000-0000-4000-a000-000000000001'), 'VIP, reply within an hour',
  'a conflicting edit changes nothing');

insert into r select 'blind', pg_temp.push('owner', jsonb_build_array(jsonb_build_object(
  'id', 'a0000000-0000-4000-a000-000000000012', 'table', 'templates', 'op', 'upsert',
  'row', jsonb_build_object('id', '23000000-0000-4000-a000-000000000001', 'title', 'Thanks!'))));
select is((select result -> 0 ->> 'status' from r where name = 'blind'), 'conflict',
  'creating a shared record whose id exists (no base revision) is a conflict too');

------------------------------------------------------------------------------------------------------------------
-- Deletes win.
insert into r select 'delete', pg_temp.push('member', jsonb_build_array(jsonb_build_object(
  'id', 'a0000000-0000-4000-a000-000000000020', 'table', 'time_entries', 'op', 'delete',
  'row', jsonb_build_object('id', 'e0000000-0000-4000-a000-000000000002'))));
select is((select result -> 0 ->> 'status' from r where name = 'delete'), 'applied', 'a member deletes their own entry');
select isnt((select deleted_at from time_entries where id = 'e0000000-0000-4000-a000-000000000002'), null,
  'a delete leaves a tombstone');
insert into r select 'after delete', pg_temp.push('member', jsonb_build_array(
  pg_temp.entry('a0000000-0000-4000-a000-000000000021', 'e0000000-0000-4000-a000-000000000002', '2026-04-01T10:00:00Z', '2026-04-01T12:00:00Z', 'late edit')));
select is((select result -> 0 ->> 'status' from r where name = 'after delete'), 'conflict',
  'an edit that arrives after the delete is a conflict');
select is((select result -> 0 ->> 'reason' from r where name = 'after delete'), 'deleted', '… because the row was deleted');
select isnt((select result -> 0 -> 'server_row' ->> 'deleted_at' from r where name = 'after delete'), null,
  '… and carries the tombstone');
select is((select note from time_entries where id = 'e0000000-0000-4000-a000-000000000002'), '', 'the deleted entry stays as it was');
insert into r select 'delete again', pg_temp.push('member', jsonb_build_array(jsonb_build_object(
  'id', 'a0000000-0000-4000-a000-000000000022', 'table', 'time_entries', 'op', 'delete',
  'row', jsonb_build_object('id', 'e0000000-0000-4000-a000-000000000002'))));
select is((select result -> 0 ->> 'status' from r where name = 'delete again'), 'applied', 'deleting a deleted row is fine');

insert into r select 'shared delete', pg_temp.push('admin', jsonb_build_array(jsonb_build_object(
  'id', 'a0000000-0000-4000-a000-000000000023', 'table', 'templates', 'op', 'delete', 'base_revision', 1,
  'row', jsonb_build_object('id', '23000000-0000-4000-a000-000000000002'))));
select is((select result -> 0 ->> 'status' from r where name = 'shared delete'), 'applied',
  'a delete of a shared record wins even from an old base revision');

------------------------------------------------------------------------------------------------------------------
-- Rejections are recorded, and the queue goes on.
insert into r select 'mixed', pg_temp.push('member', jsonb_build_array(
  jsonb_build_object('id', 'a0000000-0000-4000-a000-000000000030', 'table', 'clients', 'op', 'upsert',
    'row', jsonb_build_object('id', 'c0000000-0000-4000-a000-000000000030', 'name_en', 'Sneaky')),
  jsonb_build_object('id', 'a0000000-0000-4000-a000-000000000031', 'table', 'clients', 'op', 'delete',
    'row', jsonb_build_object('id', '20000000-0000-4000-a000-000000000001')),
  pg_temp.entry('a0000000-0000-4000-a000-000000000032', 'e0000000-0000-4000-a000-000000000032', '2026-04-01T09:30:00Z', '2026-04-01T09:40:00Z'),
  pg_temp.entry('a0000000-0000-4000-a000-000000000033', 'e0000000-0000-4000-a000-000000000033', '2026-04-02T10:00:00Z', '2026-04-02T09:00:00Z'),
  jsonb_build_object('id', 'a0000000-0000-4000-a000-000000000034', 'table', 'time_entries', 'op', 'upsert',
    'row', jsonb_build_object('id', 'e0000000-0000-4000-a000-000000000034', 'clientId', '20000000-0000-4000-a000-000000000001')),
  jsonb_build_object('id', 'a0000000-0000-4000-a000-000000000035', 'table', 'invoices', 'op', 'upsert', 'row', '{}'::jsonb),
  jsonb_build_object('id', 'a0000000-0000-4000-a000-000000000036', 'table', 'templates', 'op', 'upsert',
    'row', jsonb_build_object('id', '23000000-0000-4000-a000-000000000003', 'title', 'Mine now', 'bodies', '{"en": "x"}'::jsonb)),
  jsonb_build_object('id', 'a0000000-0000-4000-a000-000000000037', 'table', 'time_entries', 'op', 'delete',
    'row', jsonb_build_object('id', 'e0000000-0000-4000-a000-000000009999')),
  pg_temp.entry('a0000000-0000-4000-a000-000000000038', 'e0000000-0000-4000-a000-000000000038', '2026-04-03T09:00:00Z', '2026-04-03T10:00:00Z')
    || jsonb_build_object('row', jsonb_build_object('id', 'e0000000-0000-4000-a000-000000000038',
         'client_id', '20000000-0000-4000-a000-000000000001', 'user_id', '00000000-0000-4000-a000-000000000002',
         'start', '2026-04-03T09:00:00Z', 'end', '2026-04-03T10:00:00Z', 'source', 'manual')),
  jsonb_build_object('id', 'a0000000-0000-4000-a000-000000000039', 'table', 'time_entries', 'op', 'upsert',
    'row', jsonb_build_object('id', 'e0000000-0000-4000-a000-000000000039', 'team_id', '10000000-0000-4000-a000-00000000000b')),
  jsonb_build_object('id', 'not-a-uuid', 'table', 'clients', 'row', '{}'::jsonb),
  pg_temp.entry('a0000000-0000-4000-a000-00000000003a', 'e0000000-0000-4000-a000-00000000003a', '2026-04-04T09:00:00Z', '2026-04-04T10:00:00Z')));
select is((select jsonb_agg(x ->> 'reason') from r, jsonb_array_elements(result) x where name = 'mixed'),
  '["forbidden", "forbidden", "overlap", "invalid", "unknown_column", "unknown_table", "duplicate_key", "not_found",
    "forbidden", "forbidden", "invalid_mutation", null]',
  'each bad mutation is rejected with its reason: member writes a client, member deletes a client, overlapping entry, end before start, camelCase column, unknown table, another team''s id, unknown row, entry for someone else, row of another team, bad mutation id');
select is((select jsonb_agg(distinct x ->> 'status') filter (where x ->> 'reason' is not null) from r, jsonb_array_elements(result) x where name = 'mixed'),
  '["rejected"]', 'all of them have status rejected');
select is((select result -> -1 ->> 'status' from r where name = 'mixed'), 'applied', 'the mutation after them still applies');
select is((select result -> 2 ->> 'code' from r where name = 'mixed'), '23P01', 'a rejection carries the SQLSTATE');
select ok((select result -> 2 ->> 'message' from r where name = 'mixed') like '%time_entries_no_overlap%',
  'a rejection carries the database''s message');
select is((select count(*)::int from clients where id = 'c0000000-0000-4000-a000-000000000030'), 0, 'the rejected client does not exist');
select is((select deleted_at from clients where id = '20000000-0000-4000-a000-000000000001'), null, 'the client a member tried to delete is live');
select is((select title from templates where id = '23000000-0000-4000-a000-000000000003'), 'Danke', 'another team''s template is untouched');
select is((select count(*)::int from private.sync_mutations where device_id = 'd0000000-0000-4000-a000-000000000001'
             and result ->> 'status' = 'rejected'), 10, 'rejections with a mutation id are stored, so a retry returns them unchanged');
insert into r select 'mixed retry', pg_temp.push('member', jsonb_build_array(jsonb_build_object(
  'id', 'a0000000-0000-4000-a000-000000000033', 'table', 'time_entries', 'op', 'upsert',
  'row', jsonb_build_object('id', 'e0000000-0000-4000-a000-000000000033', 'client_id', '20000000-0000-4000-a000-000000000001',
                            'start', '2026-04-02T09:00:00Z', 'end', '2026-04-02T10:00:00Z', 'source', 'manual'))));
select is((select result -> 0 ->> 'status' from r where name = 'mixed retry'), 'rejected',
  'a retried mutation id is answered from the store, even with a corrected row');

-- Mutations are applied in chunks of 100, and a chunk with an error is redone one by one: nothing twice, nothing lost.
insert into r select 'chunks', pg_temp.push('member', (
  select jsonb_agg(pg_temp.entry(gen_random_uuid()::text, gen_random_uuid()::text,
                                 to_char(s, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), to_char(s + interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
                   order by g)
  from generate_series(1, 150) as g,
       lateral (select timestamptz '2026-05-10 00:00Z' + (case when g = 120 then 119 else g end) * interval '2 minutes' as s) t));
select is((select count(*)::int from r, jsonb_array_elements(result) x where name = 'chunks' and x ->> 'status' = 'applied'), 149,
  'a push of 150 with one bad mutation in the second chunk applies the other 149');
select is((select result -> 119 ->> 'reason' from r where name = 'chunks'), 'overlap', '… and rejects the bad one in its place');
select is((select count(*)::int from time_entries where start >= '2026-05-10' and start < '2026-05-11'), 149,
  'each applied mutation wrote exactly one row');
select ok((select bool_and(a < b) from (select (x ->> 'revision')::bigint as a,
             lead((x ->> 'revision')::bigint) over (order by o) as b
           from r, jsonb_array_elements(result) with ordinality e (x, o)
           where name = 'chunks' and x ->> 'status' = 'applied') q where b is not null),
  'revisions still follow the order of the mutations');

------------------------------------------------------------------------------------------------------------------
-- Whole-push refusals.
select tests.act_as('other');
select throws_ok($$select sync_push('10000000-0000-4000-a000-00000000000a', gen_random_uuid(), '[]')$$, '42501', null,
  'pushing to a team one is not in is permission denied');
select tests.act_as('member');
select throws_ok($$select sync_push('10000000-0000-4000-a000-00000000000a', gen_random_uuid(), '{}')$$, '22023', null,
  'mutations must be an array');
select is(sync_push('10000000-0000-4000-a000-00000000000a', gen_random_uuid(), '[]') -> 'results', '[]'::jsonb,
  'an empty push is fine');
select tests.act_as('admin');
select is((sync_push('10000000-0000-4000-a000-00000000000a', 'd0000000-0000-4000-a000-000000000001', jsonb_build_array(
  pg_temp.entry('a0000000-0000-4000-a000-000000000001', 'e0000000-0000-4000-a000-0000000000ff', '2026-04-09T09:00:00Z', '2026-04-09T10:00:00Z')))
  -> 'results' -> 0 ->> 'status'), 'applied',
  'another user''s mutation with the same device and id is a different mutation (nobody reads others'' stored results)');
select tests.act_as('member');
select is((sync_push((create_team('Side gig')).id, 'd0000000-0000-4000-a000-000000000001', jsonb_build_array(
  pg_temp.entry('a0000000-0000-4000-a000-000000000001', 'e0000000-0000-4000-a000-0000000000fe', '2026-04-09T09:00:00Z', '2026-04-09T10:00:00Z')))
  -> 'results' -> 0 ->> 'reason'), 'invalid_mutation',
  'a mutation id already used for another team is refused, not replayed');

select * from finish();
rollback;
