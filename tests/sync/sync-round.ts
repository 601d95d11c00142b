// A sync round as the background's loop runs it (entrypoints/background/sync/loop.ts): push, then pull. A round
// that fails with a network or transient SyncError is tried again, as the loop's backoff would (without the wait).
import { pullTeam, pushTeam, SyncError } from '../../utils/sync/engine';
import type { Browser } from './backend';

export interface RoundResult {
  pushed: number;
  pulled: number;
  /** Failed attempts before the one that went through. */
  retries: number;
}

export async function syncRound(
  browser: Browser,
  teamId: string,
  options: { maxAttempts?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<RoundResult> {
  const maxAttempts = options.maxAttempts ?? 200;
  for (let attempt = 0; ; attempt++) {
    try {
      const pushed = await pushTeam(browser.db, browser.rpc, { teamId, device: browser.device });
      const pulled = await pullTeam(browser.db, browser.rpc, { teamId, onProgress: options.onProgress });
      return { pushed, pulled, retries: attempt };
    } catch (error) {
      const retryable = error instanceof SyncError && (error.kind === 'network' || error.kind === 'transient');
      if (!retryable || attempt + 1 >= maxAttempts) throw error;
    }
  }
}

/** Rounds for every browser in turn until a whole pass pushes and pulls nothing. */
export async function syncUntilQuiet(browsers: Browser[], teamId: string, maxPasses = 10): Promise<number> {
  for (let pass = 1; pass <= maxPasses; pass++) {
    let moved = 0;
    for (const browser of browsers) {
      const { pushed, pulled } = await syncRound(browser, teamId);
      moved += pushed + pulled;
    }
    if (moved === 0) return pass;
  }
  throw new Error(`still syncing after ${maxPasses} passes`);
}
