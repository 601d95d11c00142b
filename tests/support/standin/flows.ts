// The extension's calls, made with the real supabase-js against the stand-in, with every request and response
// captured as a *shape* (method, path, header names, body keys and value types). record.ts saves these shapes;
// standin.test.ts compares a fresh capture with the saved one, so a supabase-js upgrade that changes what it sends
// (or a stand-in change that alters what it answers) fails loudly.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Standin } from './server';

export type Shape = string | null | Shape[] | { [key: string]: Shape };

export interface Exchange {
  request: {
    method: string;
    path: string;
    query: Record<string, string>;
    headers: string[];
    auth: string;
    body: Shape;
  };
  response: { status: number; body: Shape };
}

export function shapeOf(value: unknown): Shape {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shapeOf((value as Record<string, unknown>)[k])]),
    );
  }
  return typeof value;
}

// Query values that select behaviour are kept; everything else is reduced to its type.
const meaningfulQuery = new Set(['grant_type', 'scope']);

/**
 * A supabase-js client like the extension's (no session persistence here; no realtime socket in Node 20). With a
 * `capture` array it records every exchange's shape; without, it is a plain client (benches).
 */
export function clientFor(standin: Standin, capture?: Exchange[]): SupabaseClient {
  const capturingFetch: typeof fetch = async (input, init) => {
    if (!capture) return fetch(input, init);
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = new Headers(init?.headers);
    const authorization = headers.get('authorization') ?? '';
    const token = authorization.replace(/^Bearer /i, '');
    const bodyText = typeof init?.body === 'string' ? init.body : '';
    const response = await fetch(input, init);
    const text = await response.clone().text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    capture.push({
      request: {
        method: init?.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries([...url.searchParams].map(([k, v]) => [k, meaningfulQuery.has(k) ? v : typeof v])),
        headers: [...headers.keys()].map((h) => h.toLowerCase()).sort(),
        auth: !authorization ? 'none' : token === standin.anonKey ? 'anon key' : 'user access token',
        body: bodyText ? shapeOf(JSON.parse(bodyText)) : null,
      },
      response: { status: response.status, body: shapeOf(body) },
    });
    return response;
  };
  class NoSocket {
    constructor() {
      throw new Error('realtime is not part of the stand-in');
    }
  }
  return createClient(standin.url, standin.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: { fetch: capturingFetch },
    realtime: { transport: NoSocket as never },
  });
}

const teamA = '10000000-0000-4000-a000-00000000000a';
const client = '20000000-0000-4000-a000-000000000001';

/** Each flow is what one part of the extension does; names are stable keys in the recording. */
export const flows: Record<string, (standin: Standin, capture: Exchange[]) => Promise<void>> = {
  async 'password sign-in, then the team calls'(standin, capture) {
    const supabase = clientFor(standin, capture);
    const { error } = await supabase.auth.signInWithPassword({
      email: 'member@wasla.test',
      password: 'wasla-dev-password',
    });
    if (error) throw error;
    await supabase.rpc('my_teams');
    await supabase.rpc('sync_push', {
      team: teamA,
      device: 'dddddddd-0000-4000-a000-000000000001',
      mutations: [
        {
          id: crypto.randomUUID(),
          table: 'time_entries',
          op: 'upsert',
          base_revision: null,
          row: {
            id: crypto.randomUUID(),
            client_id: client,
            start: '2026-06-01T09:00:00.000Z',
            end: '2026-06-01T10:00:00.000Z',
            source: 'manual',
            platform: null,
            note: '',
          },
        },
      ],
    });
    await supabase.rpc('sync_pull', { team: teamA, since: 0, page_size: 2 });
    await supabase.rpc('monthly_hours', { team: teamA, month: '2026-06-01' });
    await supabase.rpc('set_member_role', {
      team: teamA,
      member: '00000000-0000-4000-a000-000000000003',
      role: 'owner',
    });
  },
  async 'refresh and read the user'(standin, capture) {
    const supabase = clientFor(standin, capture);
    await supabase.auth.signInWithPassword({ email: 'admin@wasla.test', password: 'wasla-dev-password' });
    const { error } = await supabase.auth.refreshSession();
    if (error) throw error;
    await supabase.auth.getUser();
    await supabase.auth.signOut();
  },
  async 'email code sign-in'(standin, capture) {
    const supabase = clientFor(standin, capture);
    await supabase.auth.signInWithOtp({ email: 'newcomer@wasla.test', options: { shouldCreateUser: false } });
    const token = standin.otpFor('newcomer@wasla.test');
    const { error } = await supabase.auth.verifyOtp({
      email: 'newcomer@wasla.test',
      token: token ?? '',
      type: 'email',
    });
    if (error) throw error;
    await supabase.rpc('redeem_invite', { code: 'no-such-code' });
  },
  async 'sign-up, a first team and its roster'(standin, capture) {
    const supabase = clientFor(standin, capture);
    const email = `signup-${crypto.randomUUID()}@wasla.test`;
    const { data, error } = await supabase.auth.signUp({
      email,
      password: 'wasla-dev-password',
      options: { data: { name: 'Dana' } },
    });
    if (error || !data.session) throw error ?? new Error('sign-up returned no session (autoconfirm is on)');
    const { data: team } = await supabase.rpc('create_team', { name: 'Dana Studio', display_name: 'Dana' });
    await supabase.rpc('team_roster', { team: (team as { id: string }).id });
    await supabase.auth.signUp({ email, password: 'wasla-dev-password' });
    await supabase.auth.signUp({ email: `other-${email}`, password: 'short' });
  },
  async 'signed out and wrong password'(standin, capture) {
    const supabase = clientFor(standin, capture);
    await supabase.rpc('sync_pull', { team: teamA, since: 0 });
    await supabase.auth.signInWithPassword({ email: 'member@wasla.test', password: 'wrong' });
  },
};

export async function captureAll(standin: Standin): Promise<Record<string, Exchange[]>> {
  const out: Record<string, Exchange[]> = {};
  for (const [name, flow] of Object.entries(flows)) {
    const capture: Exchange[] = [];
    await flow(standin, capture);
    out[name] = capture;
  }
  return out;
}
