// Who is signed in and to which project: background-owned storage, read by the sync loop after every wake.
import { storage } from 'wxt/utils/storage';
import type { Writer } from '@/utils/sync/permissions';
import type { RemovedWork } from '@/utils/sync/removed';
import type { SignedInUser, SyncConfig, TeamMember, TeamSummary } from '@/utils/sync/status';

export const syncConfigItem = storage.defineItem<SyncConfig | null>('local:syncConfig', { fallback: null, version: 1 });

export interface SyncAccount {
  user: SignedInUser;
  teams: TeamSummary[];
  /** Where new clients and all-client templates go; the first team until the user picks another. */
  activeTeamId: string | null;
  /** Each team's members as last fetched (reports name whose time an entry is, offline too). */
  members?: Record<string, TeamMember[]>;
}
export const syncAccountItem = storage.defineItem<SyncAccount | null>('local:syncAccount', {
  fallback: null,
  version: 1,
});

/** Edits that had not reached a team this user was removed from, set aside until the user decides (keep, export,
 * discard): see utils/sync/removed.ts. */
export const removedWorkItem = storage.defineItem<RemovedWork | null>('local:syncRemovedWork', {
  fallback: null,
  version: 1,
});

/** This installation's id for sync_push's idempotency records; made once, kept for good. */
export const deviceIdItem = storage.defineItem<string>('local:syncDevice', {
  init: () => crypto.randomUUID(),
  version: 1,
});

/** The signed-in user's id, or null: entries with another user id are a teammate's. */
export async function currentUserId(): Promise<string | null> {
  return (await syncAccountItem.getValue())?.user.id ?? null;
}

/** The signed-in user and their roles, as mayChange (utils/sync/permissions.ts) takes them. */
export async function currentWriter(): Promise<Writer> {
  const account = await syncAccountItem.getValue();
  return { me: account?.user.id ?? null, roles: new Map(account?.teams.map((team) => [team.teamId, team.role]) ?? []) };
}
