// When sync runs and what every view is told about it. Push then pull, for each of the user's teams: soon after
// a local change (debounced), on a periodic alarm, when the worker wakes, when the network comes back, and on
// the user's "Sync now". Failures that may pass (offline, 5xx) retry with exponential backoff and jitter; the
// retry time is stored, so a worker that dies in between picks it up from the alarm.
import { myTeamsAnswer, parseAnswer, rosterAnswer } from '@/utils/sync/answers';
import { backoffMs } from '@/utils/sync/backoff';
import { pendingRows, pullTeam, pushTeam, SyncError } from '@/utils/sync/engine';
import { syncStatusOff, type SyncStatus, type TeamMember } from '@/utils/sync/status';
import { storeNames } from '@/utils/model';
import { removedWorkItem, syncAccountItem, syncDeviceId, syncRetryItem, syncStatusItem } from '@/utils/storage-items';
import type { SyncAccount } from '@/utils/stored-values';
import { browser } from '../browser';
import { afterLocalChange, announceChange } from '../changes';
import { database } from '../database';
import { forgetTemplateIndex } from '../templates';
import { setAsideUnsent } from '@/utils/sync/removed';
import { callRpc, supabase } from './supabase';
import type { SupabaseClient } from '@supabase/supabase-js';

export async function teamRoster(client: SupabaseClient, teamId: string): Promise<TeamMember[]> {
  const rows = parseAnswer('team_roster', rosterAnswer, await callRpc(client, 'team_roster', { team: teamId }));
  return rows.map((row) => ({
    userId: row.user_id,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    joinedAt: row.joined_at,
  }));
}

const periodicAlarm = 'wasla-sync';
const retryAlarm = 'wasla-sync-retry';

let publishing: Promise<unknown> = Promise.resolve();

/**
 * Writes the status views show. Calls are applied in the order they were made: progress reports are not
 * awaited by the sync, and one finishing after the final "synced" would otherwise leave "Syncing…" on screen.
 */
export function publishStatus(patch: Partial<SyncStatus> = {}): Promise<SyncStatus> {
  const next = publishing.then(() => writeStatus(patch));
  publishing = next.catch(() => undefined);
  return next;
}

async function writeStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
  const account = await syncAccountItem.getValue();
  if (!account) {
    await syncStatusItem.setValue(syncStatusOff);
    return syncStatusOff;
  }
  const db = await database();
  const [previous, pending, conflicts, rejected] = await Promise.all([
    syncStatusItem.getValue(),
    db.count('outbox'),
    db.count('conflicts'),
    db.count('rejections'),
  ]);
  const next: SyncStatus = { ...previous, pending, conflicts, rejected, ...patch };
  if (next.state !== 'syncing' && next.state !== 'offline' && next.state !== 'error')
    next.state = pending > 0 ? 'pending' : 'synced';
  await syncStatusItem.setValue(next);
  return next;
}

/** Asks the server for the user's teams; a team that is gone (removed, left elsewhere) is removed locally. */
export async function refreshTeams(account: SyncAccount): Promise<SyncAccount> {
  const client = await supabase();
  if (!client) return account;
  const rows = parseAnswer('my_teams', myTeamsAnswer, await callRpc(client, 'my_teams', {}));
  const teams = rows.map((row) => ({ teamId: row.team_id, name: row.name, timeZone: row.time_zone, role: row.role }));
  const gone = account.teams.filter((team) => !teams.some((t) => t.teamId === team.teamId));
  const db = await database();
  for (const team of gone) {
    // Removed (or gone some other way) with edits that never reached the team: set them aside and tell the user.
    const records = await setAsideUnsent(db, team.teamId);
    if (records.some((r) => r.unsent)) {
      const previous = await removedWorkItem.getValue();
      const earlier = previous?.teamId === team.teamId ? previous.records : [];
      await removedWorkItem.setValue({
        teamId: team.teamId,
        teamName: team.name,
        at: new Date().toISOString(),
        records: [...earlier, ...records],
      });
    }
  }
  const activeTeamId = teams.some((t) => t.teamId === account.activeTeamId)
    ? account.activeTeamId
    : (teams[0]?.teamId ?? null);
  const members: Record<string, TeamMember[]> = {};
  for (const team of teams) members[team.teamId] = await teamRoster(client, team.teamId);
  const next = { ...account, teams, activeTeamId, members };
  await syncAccountItem.setValue(next);
  if (gone.length > 0) await dataChanged();
  return next;
}

/** After a sync (or leaving a team) rewrote records: the template index is dropped and every view is told. */
export async function dataChanged(): Promise<void> {
  forgetTemplateIndex();
  await announceChange(storeNames, { fromSync: true });
}

async function syncAllTeams(): Promise<void> {
  const client = await supabase();
  let account = await syncAccountItem.getValue();
  if (!client || !account) {
    await publishStatus();
    return;
  }
  await publishStatus({ state: 'syncing', progress: null });
  const db = await database();
  const rpc = (fn: string, args: Record<string, unknown>) => callRpc(client, fn, args);
  try {
    account = await refreshTeams(account);
    const device = await syncDeviceId();
    let changed = false;
    for (const team of account.teams) {
      const total = (await pendingRows(db, team.teamId)).length;
      if (total > 0) {
        await pushTeam(db, rpc, {
          teamId: team.teamId,
          device,
          onBatch: (sent) => void publishStatus({ state: 'syncing', progress: { done: sent, total } }),
        });
        changed = true;
      }
      const pulled = await pullTeam(db, rpc, {
        teamId: team.teamId,
        onProgress: (done, all) =>
          void (all > 1000 ? publishStatus({ state: 'syncing', progress: { done, total: all } }) : undefined),
      });
      if (pulled > 0) changed = true;
    }
    await syncRetryItem.setValue({ attempts: 0 });
    await browser.alarms.clear(retryAlarm);
    if (changed) await dataChanged();
    await publishStatus({
      state: 'synced',
      progress: null,
      error: null,
      lastSyncedAt: new Date().toISOString(),
      nextAttemptAt: null,
    });
  } catch (error) {
    await failed(error);
  }
}

async function failed(error: unknown): Promise<void> {
  const problem = error instanceof SyncError ? error : new SyncError('refused', 'serverError', String(error));
  if (!(error instanceof SyncError)) console.error('[wasla] sync failed', error);
  const { attempts } = await syncRetryItem.getValue();
  const retryable = problem.kind === 'network' || problem.kind === 'transient';
  const delay = backoffMs(attempts + 1);
  const nextAttemptAt = retryable ? new Date(Date.now() + delay).toISOString() : null;
  if (retryable) {
    await syncRetryItem.setValue({ attempts: attempts + 1 });
    await browser.alarms.create(retryAlarm, { when: Date.now() + delay });
    clearTimeout(soon);
    soon = setTimeout(() => void syncNow(), delay);
  }
  await publishStatus({
    state: problem.kind === 'network' ? 'offline' : 'error',
    progress: null,
    error: { code: problem.code, message: problem.message },
    nextAttemptAt,
  });
}

let running: Promise<void> | null = null;
let again = false;
let soon: ReturnType<typeof setTimeout> | undefined;

/** Runs a sync now, or once more right after the one in progress; resolves with the status it left. */
export async function syncNow(): Promise<SyncStatus> {
  if (running) {
    again = true;
    await running;
    return syncStatusItem.getValue();
  }
  clearTimeout(soon); // this run covers what a scheduled one would have done
  running = (async () => {
    do {
      again = false;
      await syncAllTeams();
    } while (again);
  })().finally(() => {
    running = null;
  });
  await running;
  return syncStatusItem.getValue();
}

/** After a local change: one sync per burst of edits. */
function syncSoon(delayMs = 1500): void {
  clearTimeout(soon);
  soon = setTimeout(() => void syncNow(), delayMs);
}

export function startSync(): void {
  afterLocalChange(() => {
    void publishStatus();
    syncSoon();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === periodicAlarm || alarm.name === retryAlarm) void syncNow();
  });
  void browser.alarms.create(periodicAlarm, { periodInMinutes: 5 });
  // The worker has no window, but it still hears the network coming back.
  globalThis.addEventListener?.('online', () => syncSoon(0));
  // A wake (worker start, browser start) catches up at once if the user is signed in.
  void syncAccountItem.getValue().then((account) => account && syncSoon(0));
}
