-- Two owners leaving at once never leave a team without an owner (issue #15): membership changes of one team
-- lock the team's row, so the second waits for the first and then sees it gone. On real connections (dblink),
-- set up like 06-concurrent-pushes (skipped where dblink cannot connect back).
begin;
create extension if not exists pgtap with schema extensions;
create extension if not exists dblink with schema extensions;

create function pg_temp.concurrent_leave() returns setof text language plpgsql as $$
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
  owner1 uuid := '00000000-0000-4000-a000-000000000001';
  owner2 uuid := '00000000-0000-4000-a000-000000000002';
  member uuid := '00000000-0000-4000-a000-000000000003';
  as_user text := 'set local role authenticated; set local "request.jwt.claims" = %L';
  error_b text;
begin
  if conn is null then
    return next skip('dblink needs a superuser or tests/db/run.sh''s wasla_dblink role to connect back', 4);
    return;
  end if;
  perform dblink_connect('setup', conn);
  perform dblink_connect('a', conn);
  perform dblink_connect('b', conn);
  begin
    perform dblink_exec('setup', format(
      'insert into teams (id, name) values (%L, ''Two owners'');
       insert into team_members (team_id, user_id, role) values (%L, %L, ''owner''), (%L, %L, ''owner''), (%L, %L, ''member'');',
      team, team, owner1, team, owner2, team, member));

    perform dblink_exec('a', 'begin');
    perform dblink_exec('a', format(as_user, json_build_object('sub', owner1, 'role', 'authenticated')));
    perform * from dblink('a', format('select leave_team(%L)::text', team)) as t (r text);

    perform dblink_exec('b', 'begin');
    perform dblink_exec('b', format(as_user, json_build_object('sub', owner2, 'role', 'authenticated')));
    perform dblink_send_query('b', format('select leave_team(%L)::text', team));
    perform pg_sleep(0.3);
    return next is(dblink_is_busy('b'), 1, 'the second owner''s leave_team waits for the first one''s');

    perform dblink_exec('a', 'commit');
    perform * from dblink_get_result('b', false) as t (r text);
    error_b := dblink_error_message('b');
    perform * from dblink_get_result('b', false) as t (r text);
    perform dblink_exec('b', 'rollback');
    return next ok(error_b like '%make another member owner%',
                   'then it is refused: the other owner is gone and a member remains (' || error_b || ')');
    return next is((select array_agg(u) from dblink('setup', format(
                      'select user_id from team_members where team_id = %L and role = ''owner''', team)) as t (u uuid)),
                   array[owner2], 'the team keeps an owner: the second one');
    return next is((select n from dblink('setup', format(
                      'select count(*) from team_members where team_id = %L', team)) as t (n bigint)),
                   2::bigint, 'and only the first owner left');

    perform dblink_exec('setup', format('delete from teams where id = %L', team));
  exception when others then
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

select plan(4);
select * from pg_temp.concurrent_leave();
select * from finish();
rollback;
