// Who is signed in and to which project: background-owned storage, read by the sync loop after every wake.
import { storage } from 'wxt/utils/storage';
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
export const syncAccountItem = storage.defineItem<SyncAccount | null>('local:syncAccount', { fallback: null, version: 1 });

/** This installation's id for sync_push's idempotency records; made once, kept for good. */
export const deviceIdItem = storage.defineItem<string>('local:syncDevice', { init: () => crypto.randomUUID(), version: 1 });

/** The signed-in user's id, or null: entries with another user id are a teammate's. */
export async function currentUserId(): Promise<string | null> {
  return (await syncAccountItem.getValue())?.user.id ?? null;
}

/** Clients and contracts are the team's terms: only its admins and owners change them (the server agrees). */
export async function mayEditTerms(teamId: string | null): Promise<boolean> {
  if (teamId === null) return true;
  const role = (await syncAccountItem.getValue())?.teams.find((team) => team.teamId === teamId)?.role;
  return role !== 'member';
}
