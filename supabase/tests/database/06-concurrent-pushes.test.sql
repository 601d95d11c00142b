-- Two pushes on two real connections (dblink) never let a pull skip a row.
--
-- The trap: if revisions came from a sequence or now(), push B could take a higher revision than push A yet
-- commit first; a device pulling in between would move its cursor past A's revision and never see A's row. Our
-- revisions come from the team's counter row, locked until commit, so B waits for A and commits after it.
--
-- The two pushes must commit for real, so this test makes its own team (random id) through a third connection
-- and deletes it at the end. dblink lets a non-superuser (postgres on Supabase) connect only with a password:
-- tests/db/run.sh makes a login role wasla_dblink (a member of postgres) and puts its password in the database
-- setting wasla.dblink_password; a superuser connects back without one. Where neither is possible (e.g.
-- `supabase test db`) the test is skipped.
begin;
create extension if not exists pgtap with schema extensions;
create extension if not exists dblink with schema extensions;

create function pg_temp.concurrent_pushes() returns setof text language plpgsql as $$
declare
  conn text := case
    when (select rolsuper from pg_roles where rolname = current_user) then
      format('host=%s port=%s dbname=%s user=%s', split_part(current_setting('unix_socket_directories'), ',', 1),
             current_setting('port'), current_database(), current_user)
    when current_setting('wasla.dblink_password', true) <> '' then
      format('host=%s port=%s dbname=%s user=wasla_dblink password=%s options=-crole=postgres',
             split_part(current_setting('unix_socket_directories'), ',', 1), current_setting('port'),
             current_database(), current_setting('wasla.dblink_password'))
  end;
  team uuid := gen_random_uuid();
  client uuid := gen_random_uuid();
  member uuid := '00000000-0000-4000-a000-000000000003';
  claims text := json_build_object('sub', '00000000-0000-4000-a000-000000000003', 'role', 'authenticated')::text;
  as_member text;
  pushed_a jsonb;
  pushed_b jsonb;
  cursor0 bigint;
  cursor1 bigint;
  page jsonb;
  seen jsonb := '[]';
  rev_a bigint;
  rev_b bigint;
begin
  if conn is null then
    return next skip('dblink needs a superuser or tests/db/run.sh''s wasla_dblink role to connect back', 9);
    return;
  end if;
  as_member := format('set local role authenticated; set local "request.jwt.claims" = %L', claims);

  perform dblink_connect('setup', conn);
  perform dblink_connect('a', conn);
  perform dblink_connect('b', conn);
  begin
    perform dblink_exec('setup', format(
      'insert into teams (id, name) values (%L, ''Concurrency test'');
       insert into team_members (team_id, user_id, role) values (%L, %L, ''owner'');
       insert into clients (id, team_id, name_en) values (%L, %L, ''Concurrency client'');',
      team, team, member, client, team));

    -- Push A: applied but not yet committed, so it holds the team's revision lock.
    perform dblink_exec('a', 'begin');
    perform dblink_exec('a', as_member);
    select r::jsonb into pushed_a from dblink('a', format(
      'select sync_push(%L, gen_random_uuid(), %L)::text', team,
      jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'table', 'time_entries', 'op', 'upsert',
        'row', jsonb_build_object('id', gen_random_uuid(), 'client_id', client, 'source', 'manual',
                                  'start', '2026-04-01T09:00:00Z', 'end', '2026-04-01T10:00:00Z'))))) as t (r text);
    rev_a := (pushed_a -> 'results' -> 0 ->> 'revision')::bigint;
    return next is(pushed_a -> 'results' -> 0 ->> 'status', 'applied', 'push A applies (uncommitted)');

    -- Push B starts while A is open: it must wait.
    perform dblink_exec('b', 'begin');
    perform dblink_exec('b', as_member);
    perform dblink_send_query('b', format(
      'select sync_push(%L, gen_random_uuid(), %L)::text', team,
      jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'table', 'time_entries', 'op', 'upsert',
        'row', jsonb_build_object('id', gen_random_uuid(), 'client_id', client, 'source', 'manual',
                                  'start', '2026-04-01T11:00:00Z', 'end', '2026-04-01T12:00:00Z')))));
    perform pg_sleep(0.3);
    return next is(dblink_is_busy('b'), 1, 'push B waits while push A is uncommitted');

    -- A device pulls now: it sees neither push.
    perform set_config('request.jwt.claims', claims, true);
    perform set_config('role', 'authenticated', true);
    page := sync_pull(team, 0);
    seen := seen || (page -> 'changes');
    cursor0 := (page ->> 'next_since')::bigint;
    return next cmp_ok(cursor0, '<', rev_a, 'a pull before A commits stops below A''s revision');

    -- A commits; B can now take its revision, but has not committed.
    perform dblink_exec('a', 'commit');
    select r::jsonb into pushed_b from dblink_get_result('b') as t (r text);
    perform * from dblink_get_result('b') as t (r text);  -- drain the end of B's async query
    rev_b := (pushed_b -> 'results' -> 0 ->> 'revision')::bigint;
    return next cmp_ok(rev_b, '>', rev_a, 'push B takes a revision after A''s');

    page := sync_pull(team, cursor0);
    seen := seen || (page -> 'changes');
    cursor1 := (page ->> 'next_since')::bigint;
    return next is(cursor1, rev_a, 'a pull after A commits (B still open) reaches exactly A''s revision');

    perform dblink_exec('b', 'commit');
    page := sync_pull(team, cursor1);
    seen := seen || (page -> 'changes');
    return next is(jsonb_array_length(page -> 'changes'), 1, 'the next pull from that cursor gets B''s row');
    return next is((page -> 'changes' -> 0 ->> 'revision')::bigint, rev_b, '… with B''s revision');
    return next is((select count(*)::int from jsonb_array_elements(seen) c where c ->> 'table' = 'time_entries'), 2,
                   'across the three pulls the device saw both entries: nothing skipped');
    return next is((select count(*)::int from jsonb_array_elements(seen) c), 3,
                   'and each row once (client, A, B)');

    perform set_config('role', 'none', true);
    perform dblink_exec('setup', format('delete from teams where id = %L', team));
  exception when others then
    -- Close A and B first (rolling back whatever they hold), then remove the team.
    perform set_config('role', 'none', true);
    perform dblink_disconnect('a');
    perform dblink_disconnect('b');
    perform dblink_exec('setup', format('delete from teams where id = %L', team));
    perform dblink_disconnect('setup');
    raise;
  end;
  perform dblink_disconnect('a');
  perform dblink_disconnect('b');
  perform dblink_disconnect('setup');
end
$$;

select plan(9);
select * from pg_temp.concurrent_pushes();
select * from finish();
rollback;
