import { storedSyncStatus } from '../stored-values';
import type { RemovedWork } from './removed';

// What views (options, popup, sidebar) know about team sync: types, and the stored status's default (from its
// schema in utils/stored-values.ts). Views import this without pulling in any sync code; the background is the
// only writer of the status item (utils/storage-items.ts).

export type TeamRole = 'owner' | 'admin' | 'member';

/** The Supabase project the team uses, as the user typed it in Settings (never in the repo). */
export interface SyncConfig {
  url: string;
  anonKey: string;
}

export interface SignedInUser {
  id: string;
  email: string;
}

export interface TeamSummary {
  teamId: string;
  name: string;
  timeZone: string;
  role: TeamRole;
}

export interface TeamMember {
  userId: string;
  displayName: string;
  email: string;
  role: TeamRole;
  joinedAt: string;
}

/**
 * The sync state every view shows: `off` (no project or not signed in), `synced`, `pending` (local changes not
 * yet on the server), `syncing` (with progress for first syncs and large catch-ups), `offline` (the last
 * attempt could not reach the server; it retries by itself) or `error` (the server refused; `error` says why).
 */
export interface SyncStatus {
  state: 'off' | 'synced' | 'pending' | 'syncing' | 'offline' | 'error';
  pending: number;
  conflicts: number;
  /** Changes the server refused for good (e.g. a member editing a contract): shown until dismissed. */
  rejected: number;
  progress: { done: number; total: number | null } | null;
  error: { code: string; message: string } | null;
  lastSyncedAt: string | null;
  nextAttemptAt: string | null;
}

/** Nothing to sync (no project or nobody signed in): the stored status's default. */
export const syncStatusOff: SyncStatus = storedSyncStatus.fallback;

/** Everything the Team section needs in one answer. */
export interface TeamView {
  config: SyncConfig | null;
  user: SignedInUser | null;
  teams: TeamSummary[];
  activeTeamId: string | null;
  members: TeamMember[];
  /** Set when the user was removed from a team while edits had not reached it: what they were, until settled. */
  removedWork: RemovedWork | null;
  /** Local clients not in any team: offered once after sign-in ("bring into the team"), never uploaded unasked. */
  localClients: { id: string; nameAr: string; nameEn: string; records: number }[];
}

/** A shared record (client, contract, template) both sides changed: shown until the user chooses. */
export interface SyncConflict {
  key: string;
  store: 'clients' | 'contracts' | 'templates';
  recordId: string;
  mine: Record<string, unknown> | null;
  theirs: Record<string, unknown>;
  at: string;
}

export interface SyncRejection {
  key: string;
  store: string;
  recordId: string;
  reason: string;
  message: string;
  at: string;
}
