// The one supabase-js client, in the background only (content scripts never import this). Its auth session is
// kept in extension storage, so it survives service-worker shutdowns and browser restarts; supabase-js refreshes
// an expired access token before the next request after a wake.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { SyncError } from '@/utils/sync/engine';
import { browser } from '../browser';
import { syncConfigItem } from './account';

const authStorage = {
  getItem: async (key: string) => ((await browser.storage.local.get(key))[key] as string | undefined) ?? null,
  setItem: (key: string, value: string) => browser.storage.local.set({ [key]: value }),
  removeItem: (key: string) => browser.storage.local.remove(key),
};
export const authStorageKey = 'wasla-auth';

let cached: { project: string; client: SupabaseClient } | null = null;

export async function supabase(): Promise<SupabaseClient | null> {
  const config = await syncConfigItem.getValue();
  if (!config) return null;
  const project = `${config.url} ${config.anonKey}`;
  if (cached?.project !== project) {
    cached = {
      project,
      client: createClient(config.url, config.anonKey, {
        auth: { storage: authStorage, storageKey: authStorageKey, persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
      }),
    };
  }
  return cached.client;
}

export function forgetClient(): void {
  cached = null;
}

/** What an HTTP failure means for the sync loop: retry later (network, 5xx), or tell the user. */
export function classify(status: number, error: { code?: string; message?: string; hint?: string | null }): SyncError {
  const code = error.code ?? '';
  const message = error.message ?? '';
  if (status === 0 || /fetch|network|Failed to/i.test(message) && !code) return new SyncError('network', 'network', message);
  if (status >= 500 || status === 408 || status === 429) return new SyncError('transient', 'serverError', message || `HTTP ${status}`);
  if (status === 401 && code !== '42501') return new SyncError('auth', 'notSignedIn', message);
  if (code === '42501') return new SyncError('forbidden', 'forbidden', message, error.hint ?? '');
  return new SyncError('refused', code || 'serverError', message, error.hint ?? '');
}

/** Calls a backend function; throws a SyncError instead of returning `{ error }`. */
export async function callRpc(client: SupabaseClient, fn: string, args: Record<string, unknown>): Promise<unknown> {
  let answer;
  try {
    answer = await client.rpc(fn, args);
  } catch (error) {
    throw new SyncError('network', 'network', String(error));
  }
  if (answer.error) throw classify(answer.status, answer.error);
  return answer.data;
}
