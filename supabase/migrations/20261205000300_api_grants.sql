-- Exactly what the API roles may do, granted explicitly (issue #15).
--
-- Supabase projects created since 2026-05-30 (all since 2026-10-30) no longer grant new tables, functions and
-- sequences in public to anon / authenticated / service_role (Supabase CLI, RevokeDefaultDataApiPrivilegesSql;
-- config.toml `[api] auto_expose_new_tables = false`), while older projects granted everything, TRUNCATE
-- included (TRUNCATE ignores row-level security). This migration first takes every privilege away from the API
-- roles, whatever the defaults gave, then grants the least each needs, so the result is the same on both.
-- supabase/tests/database/01-schema.test.sql checks the full list; tests/db/run.sh runs on today's defaults (and
-- with WASLA_DB_DEFAULTS=legacy on the old ones).
--
-- A later migration that adds a table or function must grant it here-style itself: nothing is granted by default.

revoke all on all tables in schema public from anon, authenticated, service_role;
revoke all on all sequences in schema public from anon, authenticated, service_role;
revoke all on all functions in schema public from public, anon, authenticated, service_role;
revoke all on all tables in schema private from anon, authenticated, service_role;
revoke all on all functions in schema private from public, anon, authenticated, service_role;

grant usage on schema public to anon, authenticated, service_role;
grant usage on schema private to authenticated, service_role;

-- anon: nothing. Before sign-in the extension calls nothing in the database.

-- authenticated, through the table API and the invoker functions (row-level security decides row by row):
grant select, update (name, time_zone, working_days) on public.teams to authenticated;
grant select, update (display_name) on public.team_members to authenticated;
-- invites: nothing; only create_invite / redeem_invite (definers) touch them.
-- Synced records: read, create, edit and tombstone (an update of deleted_at); nobody hard-deletes through the API.
grant select, insert, update on public.clients, public.contracts, public.social_accounts, public.templates,
  public.time_entries, public.post_labels, public.follower_snapshots to authenticated;
grant select, insert on private.sync_mutations to authenticated;

-- service_role (server-side jobs, never in the extension): reads and writes, bypassing RLS, but no TRUNCATE.
grant select, insert, update, delete on all tables in schema public to service_role;
grant select, insert, update, delete on all tables in schema private to service_role;

-- Functions the extension calls (POST /rest/v1/rpc/<name>); each checks the caller itself.
grant execute on function
  public.create_team(text, text, text), public.my_teams(), public.create_invite(uuid, text, interval),
  public.redeem_invite(text, text), public.leave_team(uuid), public.remove_member(uuid, uuid),
  public.set_member_role(uuid, uuid, text), public.sync_push(uuid, uuid, jsonb), public.sync_pull(uuid, bigint, int),
  public.monthly_hours(uuid, date), public.team_roster(uuid)
  to authenticated, service_role;

-- Private helpers that policies, constraints and the invoker functions above call as the signed-in user.
grant execute on function
  private.my_team_ids(), private.my_admin_team_ids(), private.require_member(uuid, text),
  private.is_language_tag(text), private.are_language_tags(text[]), private.are_weekdays(int[]),
  private.is_time_zone(text), private.is_template_bodies(jsonb), private.are_platforms(text[]),
  private.are_tags(text[]), private.next_revision(uuid),
  private.synced_columns(text), private.server_columns(), private.is_shared_table(text), private.lock_team(uuid),
  private.sync_state(uuid), private.rejection_reason(text), private.is_transient(text),
  private.apply_mutation(uuid, jsonb), private.apply_mutation_in_team(uuid, jsonb),
  private.insert_synced(text, uuid, uuid, jsonb), private.update_synced(text, uuid, jsonb),
  private.find_synced(text, uuid), private.push_chunk(uuid, uuid, jsonb, int, int, boolean),
  private.monthly_hours(uuid, date), private.my_teams(), private.team_roster(uuid)
  to authenticated, service_role;
grant execute on function private.purge_tombstones(uuid, interval) to service_role;
