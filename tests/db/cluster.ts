// A throwaway PostgreSQL 15 cluster prepared like tests/db/run.sh prepares it (bootstrap, migrations, seed), for
// Node callers: the HTTP stand-in's tests and the sync benches. Same steps as run.sh, which stays in bash so
// `npm run test:db` needs nothing but psql and pg_prove.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const pgBin = '/usr/lib/postgresql/15/bin';
const root = resolve(import.meta.dirname, '../..');

export interface Cluster {
  /** The server's log (stderr), e.g. for auto_explain's plans. */
  logFile: string;
  /** libpq URL for `postgres` (the migrations' owner): no superuser, but BYPASSRLS, as on Supabase. */
  url: string;
  /** The cluster's superuser, supabase_admin (as on Supabase): only bootstrap.sql runs as it. */
  adminUrl: string;
  /** The same server as PostgREST's login role, which switches to anon/authenticated per request. */
  authenticatorUrl: string;
  host: string;
  port: number;
  stop(): void;
}

function ensureBinaries(): void {
  if (existsSync(`${pgBin}/initdb`)) return;
  execFileSync('npx', ['tsx', join(root, 'tests/support/system-deps.ts'), 'postgres'], { stdio: 'inherit' });
}

/** Starts a cluster in a temp dir (socket-only, own port), applies bootstrap, migrations and (by default) seed.
 * `settings` become server options (`-c name=value`), e.g. auto_explain for the server-scale bench. */
export function startCluster(options: { seed?: boolean; settings?: Record<string, string> } = {}): Cluster {
  ensureBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'wasla-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    const result = spawnSync(file, argv, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} failed:\n${result.stdout}\n${result.stderr}`);
  };
  if (asRoot) {
    const pg = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(pg.stdout.trim()), Number(gid.stdout.trim()));
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  let started = false;
  const stop = () => {
    if (started)
      spawnSync(
        asRoot ? 'runuser' : `${pgBin}/pg_ctl`,
        asRoot
          ? ['-u', 'postgres', '--', `${pgBin}/pg_ctl`, '-D', `${dir}/data`, '-m', 'immediate', 'stop']
          : ['-D', `${dir}/data`, '-m', 'immediate', 'stop'],
      );
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(`${pgBin}/initdb`, [
      '-D',
      `${dir}/data`,
      '-U',
      'supabase_admin',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    run(`${pgBin}/pg_ctl`, [
      '-D',
      `${dir}/data`,
      '-l',
      `${dir}/server.log`,
      '-w',
      '-s',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60` +
        Object.entries(options.settings ?? {})
          .map(([name, value]) => ` -c ${name}=${value}`)
          .join(''),
      'start',
    ]);
    started = true;
    process.once('exit', stop);
    const url = `postgresql://postgres@/postgres?host=${encodeURIComponent(dir)}&port=${port}`;
    const adminUrl = `postgresql://supabase_admin@/postgres?host=${encodeURIComponent(dir)}&port=${port}`;
    prepareDatabase(url, { seed: options.seed, adminUrl });
    return {
      logFile: `${dir}/server.log`,
      url,
      adminUrl,
      authenticatorUrl: `postgresql://authenticator@/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
      host: dir,
      port,
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Applies tests/db/bootstrap.sql (as `adminUrl`, the superuser, when given), every migration in order, and
 * seed.sql, with psql (as run.sh does). */
export function prepareDatabase(
  url: string,
  { seed = true, adminUrl = url }: { seed?: boolean; adminUrl?: string } = {},
): void {
  const psql = existsSync(`${pgBin}/psql`) ? `${pgBin}/psql` : 'psql';
  const apply = (file: string, as = url) =>
    execFileSync(psql, [as, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-f', file], {
      env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  apply(join(root, 'tests/db/bootstrap.sql'), adminUrl);
  const migrations = join(root, 'supabase/migrations');
  for (const file of readdirSync(migrations)
    .filter((f) => f.endsWith('.sql'))
    .sort())
    apply(join(migrations, file));
  if (seed) apply(join(root, 'supabase/seed.sql'));
}
