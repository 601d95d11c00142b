// What the sync tests and benches run against: the HTTP stand-in (tests/support/standin) in front of a throwaway
// PostgreSQL, a fresh team of signed-up users, and for each member a browser of their own: a fake-indexeddb
// database, a device id and a supabase-js client behind an `Rpc` that throws SyncError as the background's
// `callRpc` (entrypoints/background/sync/supabase.ts) does.
import 'fake-indexeddb/auto';
import type { SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { openDatabase, type Database } from '../../utils/db/open';
import { classify, SyncError, type Rpc } from '../../utils/sync/engine';
import { startCluster } from '../db/cluster';
import { clientFor } from '../support/standin/flows';
import { startStandin, type Standin } from '../support/standin/server';

export const password = 'wasla-dev-password';

export interface Backend {
  standin: Standin;
  /** Superuser connection to the same database (bypasses RLS): what the server really holds. */
  db: pg.Client;
  stop(): Promise<void>;
}

/**
 * Uses run.sh's cluster when STANDIN_DB_URL and STANDIN_AUTHENTICATOR_URL are set (as the stand-in's own tests
 * do), else starts a throwaway one.
 */
export async function startBackend(): Promise<Backend> {
  const shared = process.env.STANDIN_DB_URL && process.env.STANDIN_AUTHENTICATOR_URL;
  const cluster = shared ? null : startCluster();
  const databaseUrl = shared ? process.env.STANDIN_DB_URL! : cluster!.url;
  const db = new pg.Client({ connectionString: databaseUrl });
  let standin: Standin | undefined;
  try {
    await db.connect();
    standin = await startStandin({
      databaseUrl,
      authenticatorUrl: shared ? process.env.STANDIN_AUTHENTICATOR_URL! : cluster!.authenticatorUrl,
    });
  } catch (error) {
    await db.end().catch(() => {});
    cluster?.stop();
    throw error;
  }
  const s = standin;
  return {
    standin: s,
    db,
    async stop() {
      await s.stop();
      await db.end();
      cluster?.stop();
    },
  };
}

export interface RpcStats {
  calls: number;
  network: number;
  transient: number;
  /** Push results the server answered from its idempotency records (a resend of a committed push). */
  duplicateResults: number;
}

export interface Browser {
  email: string;
  userId: string;
  client: SupabaseClient;
  db: Database;
  device: string;
  rpc: Rpc;
  stats: RpcStats;
  /** Runs before each RPC leaves (for sync_push: after the engine has prepared the batch): a user typing mid-sync. */
  beforeCall?: (fn: string) => Promise<void>;
}

/** Signs a new user up (the stand-in autoconfirms) and opens their browser's empty database. */
export async function newBrowser(standin: Standin, label: string): Promise<Browser> {
  const email = `${label}-${crypto.randomUUID()}@wasla.test`;
  const client = clientFor(standin);
  const { data, error } = await client.auth.signUp({ email, password });
  if (error || !data.user) throw error ?? new Error('sign-up returned no user');
  const stats: RpcStats = { calls: 0, network: 0, transient: 0, duplicateResults: 0 };
  const browser: Browser = {
    email,
    userId: data.user.id,
    client,
    db: await openDatabase(`wasla-sync-${label}-${crypto.randomUUID()}`),
    device: crypto.randomUUID(),
    stats,
    rpc: async (fn, args) => {
      await browser.beforeCall?.(fn);
      stats.calls++;
      let answer;
      try {
        answer = await client.rpc(fn, args);
      } catch (error) {
        stats.network++;
        throw new SyncError('network', 'network', String(error));
      }
      if (answer.error) {
        const problem = classify(answer.status, answer.error);
        if (problem.kind === 'network') stats.network++;
        if (problem.kind === 'transient') stats.transient++;
        throw problem;
      }
      if (fn === 'sync_push') {
        const results = (answer.data as { results?: { duplicate?: boolean }[] }).results ?? [];
        stats.duplicateResults += results.filter((r) => r.duplicate).length;
      }
      return answer.data;
    },
  };
  return browser;
}

/** Calls an RPC outside the engine (team setup), failing the test on any error. */
export async function call<T>(browser: Browser, fn: string, args: Record<string, unknown> = {}): Promise<T> {
  const { data, error } = await browser.client.rpc(fn, args);
  if (error) throw new Error(`${fn}: ${error.code} ${error.message}`);
  return data as T;
}

export interface Team {
  teamId: string;
  owner: Browser;
  admin: Browser;
  member: Browser;
}

/** A fresh team: an owner creates it and invites an admin and a plain member, who redeem their invites. */
export async function newTeam(standin: Standin, name: string): Promise<Team> {
  const [owner, admin, member] = await Promise.all(
    ['owner', 'admin', 'member'].map((label) => newBrowser(standin, label)),
  );
  const team = await call<{ id: string }>(owner!, 'create_team', { name, display_name: 'Owner' });
  for (const [browser, role] of [
    [admin!, 'admin'],
    [member!, 'member'],
  ] as const) {
    const invite = await call<{ code: string }>(owner!, 'create_invite', { team: team.id, role });
    await call(browser, 'redeem_invite', { code: invite.code, display_name: role });
  }
  return { teamId: team.id, owner: owner!, admin: admin!, member: member! };
}
