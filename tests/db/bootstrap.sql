-- Makes a plain PostgreSQL 15 database behave like a Supabase one for our migrations and tests.
-- Test-only: a real Supabase project already has all of this (roles, auth schema, default grants), so this file
-- never goes into supabase/migrations. Every step is guarded, so running it on a database that already has the
-- Supabase objects (SUPABASE_DB_URL pointing at `supabase start`) changes nothing.
-- Sources: supabase/postgres (roles, default privileges), supabase/auth migrations (auth.uid() and friends).

\set ON_ERROR_STOP 1
set client_min_messages = warning;

-- Roles: PostgREST logs in as authenticator and switches to anon / authenticated / service_role per request.
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
end
$$;
grant anon, authenticated, service_role to authenticator;

-- Extensions live in their own schema on Supabase, which is on everyone's search_path.
create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;
create extension if not exists pgcrypto with schema extensions;
create extension if not exists pgtap with schema extensions;
do $$
begin
  execute format('alter database %I set search_path = "$user", public, extensions', current_database());
end
$$;

-- public: Supabase grants everything to the API roles, so row-level security is the only barrier.
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;

-- auth: the subset of GoTrue's schema that our migrations, seed and the HTTP stand-in touch.
do $$
begin
  if to_regclass('auth.users') is not null then
    raise notice 'auth schema already present (real Supabase): leaving it alone';
    return;
  end if;

  create schema auth;
  grant usage on schema auth to anon, authenticated, service_role;

  create table auth.users (
    instance_id uuid,
    id uuid primary key,
    aud varchar(255),
    role varchar(255),
    email varchar(255) unique,
    encrypted_password varchar(255),
    email_confirmed_at timestamptz,
    confirmation_token varchar(255) default '',
    recovery_token varchar(255) default '',
    email_change_token_new varchar(255) default '',
    email_change varchar(255) default '',
    last_sign_in_at timestamptz,
    raw_app_meta_data jsonb default '{}',
    raw_user_meta_data jsonb default '{}',
    is_anonymous boolean not null default false,
    created_at timestamptz default now(),
    updated_at timestamptz default now()
  );

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

  -- auth.uid(), auth.role(), auth.email(): one claim each, from the legacy per-claim setting or the claims JSON.
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

  grant execute on all functions in schema auth to anon, authenticated, service_role;
  grant select on auth.users to service_role;
end
$$;
