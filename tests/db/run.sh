#!/usr/bin/env bash
# npm run test:db — the database tests on real PostgreSQL 15.
#
# Without SUPABASE_DB_URL: starts a throwaway cluster (temp dir, own port and socket dir, removed on exit) whose
# superuser is supabase_admin, makes it behave like a Supabase project created today (tests/db/bootstrap.sql: no
# default grants to the API roles, postgres not a superuser), applies every migration in supabase/migrations from
# scratch as postgres, loads supabase/seed.sql and runs pg_prove over supabase/tests/database/*.test.sql as postgres.
# WASLA_DB_DEFAULTS=legacy keeps the pre-2026 default grants instead (the migrations must pass on both).
# With SUPABASE_DB_URL (e.g. the database of `supabase start`): the same steps against it; migrations and seed are
# skipped when the schema is already there (supabase db reset has applied them).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
started=$SECONDS
pg_bin=/usr/lib/postgresql/15/bin

if [[ -z "${SUPABASE_DB_URL:-}" && ! -x "$pg_bin/initdb" ]] || ! command -v pg_prove >/dev/null \
   || [[ ! -f /usr/share/postgresql/15/extension/pgtap.control && -z "${SUPABASE_DB_URL:-}" ]]; then
  npx tsx tests/support/system-deps.ts postgres pgtap
fi

psql_bin="$pg_bin/psql"
[[ -x "$psql_bin" ]] || psql_bin=psql

if [[ -n "${SUPABASE_DB_URL:-}" ]]; then
  db_url="$SUPABASE_DB_URL"
  echo "test:db: using SUPABASE_DB_URL"
else
  tmp="$(mktemp -d -t wasla-pg.XXXXXX)"
  as_pg=()
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$tmp"
    as_pg=(runuser -u postgres --)
  fi
  port=$(( 20000 + RANDOM % 20000 ))
  stop_cluster() {
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
  }
  trap stop_cluster EXIT INT TERM
  "${as_pg[@]}" "$pg_bin/initdb" -D "$tmp/data" -U supabase_admin --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
    || { cat "$tmp/initdb.log"; exit 1; }
  # 06-concurrent-pushes opens dblink connections back to this server. As on Supabase, postgres is no superuser,
  # and dblink lets a non-superuser connect only with a password the server really asks for: one login role,
  # wasla_dblink (made below, test clusters only), authenticates with a password; everyone else is trusted.
  printf 'local all wasla_dblink scram-sha-256\nlocal all all trust\n' >"$tmp/data/pg_hba.conf"
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -s \
    -o "-p $port -k $tmp -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
    start || { cat "$tmp/server.log"; exit 1; }
  admin_url="postgresql://supabase_admin@/postgres?host=$tmp&port=$port"
  db_url="postgresql://postgres@/postgres?host=$tmp&port=$port"
  echo "test:db: throwaway PostgreSQL 15 on port $port (socket in $tmp)"
fi

run_sql() { PGOPTIONS="-c client_min_messages=warning" "$psql_bin" "$db_url" -X -q -v ON_ERROR_STOP=1 "$@"; }

defaults_var=()
if [[ "${WASLA_DB_DEFAULTS:-}" == legacy ]]; then
  defaults_var=(-v legacy_defaults=1)
  echo "test:db: legacy default grants (pre-2026 projects)"
fi
if [[ -n "${SUPABASE_DB_URL:-}" ]]; then
  run_sql "${defaults_var[@]}" -f tests/db/bootstrap.sql >/dev/null
else
  PGOPTIONS="-c client_min_messages=warning" "$psql_bin" "$admin_url" -X -q -v ON_ERROR_STOP=1 "${defaults_var[@]}" \
    -f tests/db/bootstrap.sql >/dev/null
  dblink_password="$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
  PGOPTIONS="-c client_min_messages=warning" "$psql_bin" "$admin_url" -X -q -v ON_ERROR_STOP=1 -v pw="$dblink_password" >/dev/null <<'SQL'
set password_encryption = 'scram-sha-256';
create role wasla_dblink login password :'pw' in role postgres;
alter database postgres set wasla.dblink_password = :'pw';
SQL
fi

if [[ "$(run_sql -At -c "select to_regclass('public.teams') is null")" == t ]]; then
  for migration in supabase/migrations/*.sql; do
    run_sql -1 -f "$migration" >/dev/null
  done
  echo "test:db: applied $(ls supabase/migrations/*.sql | wc -l) migrations"
  run_sql -1 -f supabase/seed.sql >/dev/null
  echo "test:db: loaded seed.sql"
else
  echo "test:db: schema already present, not re-applying migrations or seed"
fi

# Supabase's linter (github supabase/splinter, splinter.sql; not vendored: point SPLINTER_SQL at a copy). Allowed:
# unused_index (a fresh database has used none) and rls_enabled_no_policy on private.team_sync (on purpose: no
# API role may touch the revision counter). Anything else fails the run.
if [[ -n "${SPLINTER_SQL:-}" ]]; then
  lints="$(run_sql -At -F '|' -c 'begin;' -f "$SPLINTER_SQL" -c 'rollback;' \
    | awk -F'|' 'NF > 3 && $1 != "unused_index" && !($1 == "rls_enabled_no_policy" && $7 ~ /private\.team_sync/)')"
  if [[ -n "$lints" ]]; then echo "test:db: splinter lints:"; echo "$lints"; status_lint=1; else echo "test:db: splinter: clean"; fi
fi

# pg_prove cannot pass a URI through (it splits its options on "="), so give psql the parts through libpq's
# environment variables instead.
if [[ -n "${SUPABASE_DB_URL:-}" ]]; then
  eval "$(node -e '
    const u = new URL(process.argv[1]);
    const q = (v) => "\x27" + decodeURIComponent(v).replace(/\x27/g, "\x27\\\x27\x27") + "\x27";
    const env = { PGHOST: u.hostname, PGPORT: u.port || "5432", PGUSER: u.username, PGPASSWORD: u.password,
                  PGDATABASE: u.pathname.slice(1) || "postgres", PGSSLMODE: u.searchParams.get("sslmode") || "" };
    for (const [k, v] of Object.entries(env)) if (v) console.log(`export ${k}=${q(v)}`);
  ' "$SUPABASE_DB_URL")"
else
  export PGHOST="$tmp" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
fi
status=${status_lint:-0}
pg_prove --psql-bin "$psql_bin" --timer --failures supabase/tests/database/*.test.sql || status=$?

# The HTTP stand-in (tests/support/standin) against recorded supabase-js shapes, on this cluster (after pg_prove:
# it commits). With SUPABASE_DB_URL it starts its own throwaway cluster.
echo "test:db: HTTP stand-in (PostgREST/GoTrue) contract tests"
standin_env=()
if [[ -z "${SUPABASE_DB_URL:-}" ]]; then
  standin_env=(STANDIN_DB_URL="$db_url" STANDIN_AUTHENTICATOR_URL="postgresql://authenticator@/postgres?host=$tmp&port=$port")
fi
if ! env "${standin_env[@]}" npx tsx --test --test-reporter=spec tests/support/standin/standin.test.ts 2>&1 \
     | grep -v 'Node.js 20 and below are deprecated'; then  # pipefail: node's exit status counts
  status=1
fi

# Team sync end to end (tests/sync): the engine in fake-indexeddb browsers, through the stand-in with seeded faults.
echo "test:db: team sync under faults (tests/sync)"
if ! env "${standin_env[@]}" npx tsx --test --test-reporter=spec tests/sync/*.test.ts 2>&1 \
     | grep -v 'Node.js 20 and below are deprecated'; then
  status=1
fi
echo "test:db: finished in $(( SECONDS - started )) s"
exit $status
