// The one supabase-js client, in the background only (content scripts never import this). Its auth session is
// kept in extension storage, so it survives service-worker shutdowns and browser restarts; supabase-js refreshes
// an expired access token before the next request after a wake.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { classify, SyncError } from '@/utils/sync/engine';
import { supabaseAuthStorage, syncConfigItem } from '@/utils/storage-items';

let cached: { project: string; client: SupabaseClient } | null = null;

export async function supabase(): Promise<SupabaseClient | null> {
  const config = await syncConfigItem.getValue();
  if (!config) return null;
  const project = `${config.url} ${config.anonKey}`;
  if (cached?.project !== project) {
    cached = {
      project,
      client: createClient(config.url, config.anonKey, {
        auth: {
          storage: supabaseAuthStorage,
          storageKey: supabaseAuthStorage.key,
          persistSession: true,
          autoRefreshToken: true,
          detectSessionInUrl: false,
        },
      }),
    };
  }
  return cached.client;
}

export function forgetClient(): void {
  cached = null;
}

/** A call that has not answered by then counts as a network failure (retried with backoff), never a hang. */
const rpcTimeoutMs = 30_000;

/** Calls a backend function; throws a SyncError instead of returning `{ error }`. */
export async function callRpc(client: SupabaseClient, fn: string, args: Record<string, unknown>): Promise<unknown> {
  let answer;
  try {
    answer = await client.rpc(fn, args).abortSignal(AbortSignal.timeout(rpcTimeoutMs));
  } catch (error) {
    throw new SyncError('network', 'network', String(error));
  }
  if (answer.error) throw classify(answer.status, answer.error);
  return answer.data;
}
