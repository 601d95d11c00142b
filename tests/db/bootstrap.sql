-- Makes a plain PostgreSQL 15 database behave like a Supabase project created today, for our migrations and tests.
-- Test-only: a real Supabase project already has all of this, so this file never goes into supabase/migrations.
-- Run it as the cluster's superuser (tests/db/run.sh and cluster.ts make that `supabase_admin`, as on Supabase);
-- migrations, seed and tests then run as `postgres`, which is NOT a superuser (it has BYPASSRLS), as on Supabase.
-- Every step is guarded, so running it on a database that already has the Supabase objects changes nothing.
--
-- Written after Supabase's own SQL (read, not copied; what differs is listed in supabase/README.md):
--   [P] github supabase/postgres @ 7db7e1a9e34b9ffb9b0e3372ccf08eb4fa772f4b, migrations/db/:
--       init-scripts/00000000000000-initial-schema.sql (roles, extensions schema, default grants, role timeouts),
--       init-scripts/00000000000001-auth-schema.sql (auth schema, supabase_auth_admin),
--       migrations/10000000000000_demote-postgres.sql (postgres NOSUPERUSER … BYPASSRLS, its grants),
--       migrations/20221028101028_set_authenticator_timeout.sql, 20231130133139_set_lock_timeout_to_authenticator_role.sql,
--       migrations/20230201083204_grant_auth_roles_to_postgres.sql, 20230529180330_alter_api_roles_for_inherit.sql
--   [A] github supabase/auth @ bc32168e13fdc928c98b449fc76bc3fdb9a293c5, migrations/ (auth.users/identities
--       columns, 20240612123726_enable_rls_update_grants.up.sql: RLS on every auth table)
--   [C] github supabase/cli @ 1d1e7191268e068fe9cb6aba524d1c619a9c727b, apps/cli-go/internal/db/start/start.go,
--       RevokeDefaultDataApiPrivilegesSql: what Studio runs at project creation since 2026-05-30 (all projects
--       since 2026-10-30): no default grants to the API roles on new entities in public.
-- psql variable `legacy_defaults` (psql -v legacy_defaults=1) keeps the pre-2026 default grants instead, so the
-- migrations can be checked on both (tests/db/run.sh with WASLA_DB_DEFAULTS=legacy).

\set ON_ERROR_STOP 1
set client_min_messages = warning;

-- [P] initial-schema: PostgREST logs in as authenticator and switches to anon / authenticated / service_role.
do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'supabase_auth_admin') then
    create role supabase_auth_admin noinherit createrole login noreplication;
  end if;
  -- [P] demote-postgres: the role migrations and the dashboard run as is no superuser, but bypasses RLS.
  if not exists (select from pg_roles where rolname = 'postgres') then
    create role postgres login;
  end if;
end
$$;
alter role postgres nosuperuser createdb createrole login replication bypassrls;
grant anon, authenticated, service_role to authenticator;
-- [P] 20230201083204: postgres may become the API roles (tests switch with `set local role`).
grant anon, authenticated, service_role to postgres;
-- [P] 20230306081037_grant_pg_monitor_to_postgres.sql, 20240606060239_grant_predefined_roles_to_postgres.sql.
grant pg_monitor, pg_read_all_data, pg_signal_backend to postgres;
-- [P] 20230529180330: the API roles inherit (no effect on our objects; kept to match).
alter role anon inherit;
alter role authenticated inherit;
alter role service_role inherit;
-- [P] initial-schema, 20221028101028, 20231130133139: per-role timeouts. PostgREST applies the impersonated
-- role's settings inside each request (the stand-in does the same, tests/support/standin/server.ts).
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';

do $$
begin
  execute format('grant all on database %I to postgres', current_database());
end
$$;

-- [P] initial-schema: extensions live in their own schema, on everyone's search_path. pgjwt and pgsodium are not
-- packaged for Debian's PostgreSQL 15 and nothing here uses them. pgtap and dblink: the tests' own needs (on
-- Supabase, `supabase test db` creates pgtap; dblink is offered there too).
create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;
grant all on schema extensions to postgres;
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists pgcrypto with schema extensions;
create extension if not exists pgtap with schema extensions;
create extension if not exists dblink with schema extensions;
do $$
begin
  execute format('alter database %I set search_path = "$user", public, extensions', current_database());
end
$$;

-- public belongs to postgres on Supabase (its objects are created by postgres).
alter schema public owner to postgres;
grant usage on schema public to anon, authenticated, service_role;

-- [P] initial-schema: the long-standing default grants for objects postgres creates in public...
alter default privileges for role postgres in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on functions to anon, authenticated, service_role;
alter default privileges for role postgres in schema public grant all on sequences to anon, authenticated, service_role;

-- [C] ...and today's default, which takes back select/insert/update/delete, sequences and execute. Note what it
-- leaves: TRUNCATE, REFERENCES and TRIGGER on new tables are still granted to the API roles, and PUBLIC still
-- executes new functions (PostgreSQL's own default). Our migrations revoke those themselves.
\if :{?legacy_defaults}
\else
alter default privileges for role postgres in schema public
  revoke select, insert, update, delete on tables from anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  revoke usage, select on sequences from anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  revoke execute on functions from anon, authenticated, service_role;
\endif

-- [P] auth-schema + [A]: the subset of GoTrue's schema that our migrations, seed and the HTTP stand-in touch,
-- owned by GoTrue's role, with RLS on (no policies: the API roles see nothing) and postgres granted all
-- (demote-postgres).
do $$
begin
  if to_regclass('auth.users') is not null then
    raise notice 'auth schema already present (real Supabase): leaving it alone';
    return;
  end if;

  create schema auth authorization supabase_auth_admin;
  grant usage on schema auth to anon, authenticated, service_role;
  grant all on schema auth to postgres;

  create table auth.users (
    instance_id uuid,
    id uuid primary key,
    aud varchar(255),
    role varchar(255),
    email varchar(255),
    encrypted_password varchar(255),
    email_confirmed_at timestamptz,
    invited_at timestamptz,
    confirmation_token varchar(255) default '',
    confirmation_sent_at timestamptz,
    recovery_token varchar(255) default '',
    recovery_sent_at timestamptz,
    email_change_token_new varchar(255) default '',
    email_change varchar(255) default '',
    last_sign_in_at timestamptz,
    raw_app_meta_data jsonb default '{}',
    raw_user_meta_data jsonb default '{}',
    is_anonymous boolean not null default false,
    created_at timestamptz default now(),
    updated_at timestamptz default now()
  );
  -- GoTrue keeps one account per address (a partial unique index among non-SSO users); plain unique here.
  create unique index users_email_key on auth.users (email);

  create table auth.identities (
    id uuid primary key default gen_random_uuid(),
    provider_id text not null,
    user_id uuid not null references auth.users (id) on delete cascade,
    identity_data jsonb not null,
    provider text not null,
    last_sign_in_at timestamptz,
    created_at timestamptz default now(),
    updated_at timestamptz default now(),
    unique (provider_id, provider)
  );

  alter table auth.users owner to supabase_auth_admin;
  alter table auth.identities owner to supabase_auth_admin;
  alter table auth.users enable row level security;
  alter table auth.identities enable row level security;
  grant all on auth.users, auth.identities to postgres;

  -- auth.uid(), auth.role(), auth.email(): one claim each, from the legacy per-claim setting or the claims JSON
  -- ([A] 20220224000811_update_auth_functions.up.sql, 20220531120530_add_auth_jwt_function.up.sql).
  declare
    fn text;
    claim text;
    result_type text;
  begin
    for fn, claim, result_type in values ('uid', 'sub', 'uuid'), ('role', 'role', 'text'), ('email', 'email', 'text') loop
      execute format($sql$
        create function auth.%I() returns %s language sql stable as $f$
          select coalesce(
            nullif(current_setting(%L, true), ''),
            (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> %L)
          )::%s
        $f$
      $sql$, fn, result_type, 'request.jwt.claim.' || claim, claim, result_type);
    end loop;
  end;

  create function auth.jwt() returns jsonb language sql stable as $f$
    select coalesce(
      nullif(current_setting('request.jwt.claim', true), ''),
      nullif(current_setting('request.jwt.claims', true), '')
    )::jsonb
  $f$;

  alter function auth.uid() owner to supabase_auth_admin;
  alter function auth.role() owner to supabase_auth_admin;
  alter function auth.email() owner to supabase_auth_admin;
  alter function auth.jwt() owner to supabase_auth_admin;
  grant execute on all functions in schema auth to anon, authenticated, service_role, postgres;
end
$$;
