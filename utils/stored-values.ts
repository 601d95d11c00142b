// Every value Wasla keeps in extension storage, declared once: its key, its version and its zod schema. A value's
// fallback (what a reader sees before anything is written, or instead of a corrupted value) is the schema's own
// default, `schema.parse(undefined)`, never restated. utils/storage-items.ts makes validated WXT storage items of
// these for the background, popup and options. The sidebar (an extension page framed into the host page) bundles
// no zod: it reads its few values through utils/overlay/stored-reader.ts, whose keys and types are checked
// against these at compile time and whose guards are checked against these schemas by tests/unit/storage.
//
// No other file may name a storage key (tests/unit/storage/one-module.test.ts looks).
import { z } from 'zod';
import { maxNoticedIds } from './change-notice';
import type { OverlayCatalog } from './i18n/overlay';
import type { TimerStatus } from './messages';
import { platform, recordId } from './model/record';
import { settings } from './model/settings';
import { recordSchemas, type StoreName } from './model/stores';
import type { UnsentRecord, RemovedWork } from './sync/removed';
import type { SignedInUser, SyncConfig, SyncStatus, TeamMember, TeamSummary } from './sync/status';

export interface StoredValue<T, K extends `local:${string}` = `local:${string}`> {
  key: K;
  version: number;
  schema: z.ZodType<T>;
  /** `schema.parse(undefined)`: the schema's defaults. */
  fallback: T;
}

/** A schema whose output is the named type (checked by the compiler), for values whose type is declared elsewhere. */
const typed =
  <T>() =>
  <S extends z.ZodType<T>>(schema: S) =>
    schema;

function stored<const K extends `local:${string}`, T>(key: K, schema: z.ZodType<T>, version = 1): StoredValue<T, K> {
  return { key, version, schema, fallback: schema.parse(undefined) };
}

/** User preferences: written by the background only; every context reads them (the UI language lives here). */
export const storedSettings = stored('local:settings', settings.prefault({}));
export const defaultSettings = storedSettings.fallback;

const storeName = z.enum(Object.keys(recordSchemas) as [StoreName, ...StoreName[]]);

/**
 * Bumped by the background after every committed write, so every open view (options, popup, each tab's
 * sidebar) learns what changed without polling and without the background tracking who is listening.
 * `templateIds`: when the writer knows them (one template saved, deleted or used), the templates that changed; null
 * when any may have (an import, a sync), or when `stores` does not name templates.
 */
export const storedChanges = stored(
  'local:changes',
  z
    .object({
      seq: z.number().int().min(0).default(0),
      stores: z.array(storeName).default([]),
      templateIds: z.array(recordId).max(maxNoticedIds).nullable().default(null),
    })
    .prefault({}),
);
export type ChangeNotice = z.infer<typeof storedChanges.schema>;

/** Whether the sidebar is open, remembered per site (written by the sidebar itself). */
export const storedSidebarOpen = stored('local:sidebarOpen', z.record(z.string(), z.boolean()).default({}));

/**
 * A read-only mirror of the running timer for views (badge, popup, sidebar) to watch. The truth is in
 * IndexedDB, written in one transaction with the entry; the background rewrites this after every change.
 */
export const storedTimerStatus = stored(
  'local:timerStatus',
  typed<TimerStatus>()(
    z
      .object({
        timer: z
          .object({ entryId: z.string(), clientId: z.string(), startedAt: z.string(), platform: platform.nullable() })
          .nullable()
          .default(null),
        idle: z.object({ idleSinceMs: z.number(), returnedAtMs: z.number().nullable() }).nullable().default(null),
      })
      .prefault({}),
  ),
);

/** The sidebar's strings in the current UI language, published by the background (see utils/i18n/overlay.ts). */
export const storedOverlayCatalog = stored(
  'local:overlayCatalog',
  typed<OverlayCatalog>()(
    z
      .object({
        locale: z.enum(['ar', 'en']).default('en'),
        messages: z.record(z.string(), z.string()).default({}),
      })
      .prefault({}),
  ),
);

/**
 * Keys earlier versions stored and nothing reads any more: the background removes them on wake. `timesheetCache`
 * was the popup's cached timesheet, retired when the popup started reading its month from IndexedDB itself.
 */
export const retiredStorageKeys = ['timesheetCache'] as const;

const teamRole = z.enum(['owner', 'admin', 'member']);

/** Team sync's state for every view's indicator (utils/sync/status.ts); written by the background only. */
export const storedSyncStatus = stored(
  'local:syncStatus',
  typed<SyncStatus>()(
    z
      .object({
        state: z.enum(['off', 'synced', 'pending', 'syncing', 'offline', 'error']).default('off'),
        pending: z.number().int().min(0).default(0),
        conflicts: z.number().int().min(0).default(0),
        rejected: z.number().int().min(0).default(0),
        progress: z.object({ done: z.number(), total: z.number().nullable() }).nullable().default(null),
        error: z.object({ code: z.string(), message: z.string() }).nullable().default(null),
        lastSyncedAt: z.string().nullable().default(null),
        nextAttemptAt: z.string().nullable().default(null),
      })
      .prefault({}),
  ),
);

/** The Supabase project the team uses, as the user typed it in Settings (never in the repo). */
export const storedSyncConfig = stored(
  'local:syncConfig',
  typed<SyncConfig | null>()(z.object({ url: z.string(), anonKey: z.string() }).nullable().default(null)),
);

const signedInUser: z.ZodType<SignedInUser> = z.object({ id: z.string(), email: z.string() });
const teamSummary: z.ZodType<TeamSummary> = z.object({
  teamId: z.string(),
  name: z.string(),
  timeZone: z.string(),
  role: teamRole,
});
const teamMember: z.ZodType<TeamMember> = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: teamRole,
  joinedAt: z.string(),
});

/** Who is signed in and to which teams; background-owned, read by the sync loop after every wake. */
export const storedSyncAccount = stored(
  'local:syncAccount',
  z
    .object({
      user: signedInUser,
      teams: z.array(teamSummary),
      /** Where new clients and all-client templates go; the first team until the user picks another. */
      activeTeamId: z.string().nullable(),
      /** Each team's members as last fetched (reports name whose time an entry is, offline too). */
      members: z.record(z.string(), z.array(teamMember)).optional(),
    })
    .nullable()
    .default(null),
);
export type SyncAccount = NonNullable<z.infer<typeof storedSyncAccount.schema>>;

const unsentRecord: z.ZodType<UnsentRecord> = z.object({
  store: z.enum(['clients', 'contracts', 'accounts', 'templates', 'entries', 'labels', 'snapshots']),
  record: z.record(z.string(), z.unknown()),
  unsent: z.boolean(),
});

/** Edits that had not reached a team this user was removed from, set aside until the user decides (keep, export,
 * discard): see utils/sync/removed.ts. */
export const storedRemovedWork = stored(
  'local:syncRemovedWork',
  typed<RemovedWork | null>()(
    z
      .object({ teamId: z.string(), teamName: z.string(), at: z.string(), records: z.array(unsentRecord) })
      .nullable()
      .default(null),
  ),
);

/**
 * This installation's id for sync_push's idempotency records; made once, kept for good. Its fallback (null) is
 * never seen: its item makes one on first read (utils/storage-items.ts).
 */
export const storedSyncDevice = stored('local:syncDevice', z.uuid().nullable().default(null));

/** Failed sync attempts in a row, for the backoff (a worker stopped in between picks it up). */
export const storedSyncRetry = stored(
  'local:syncRetry',
  z.object({ attempts: z.number().int().min(0).default(0) }).prefault({}),
);

/**
 * supabase-js's session (an access and a refresh token), which supabase-js itself writes, reads and checks
 * through the storage adapter in utils/sync/supabase.ts: only its key is ours.
 */
export const supabaseAuthKey = 'wasla-auth';

/** Every declared value, for the background's check on wake (utils/storage-items.ts) and the tests. */
export const storedValues = [
  storedSettings,
  storedChanges,
  storedSidebarOpen,
  storedTimerStatus,
  storedOverlayCatalog,
  storedSyncStatus,
  storedSyncConfig,
  storedSyncAccount,
  storedRemovedWork,
  storedSyncDevice,
  storedSyncRetry,
] as const;

/** A stored value as read: valid, or its fallback and why (the raw value is never trusted as the type). */
export function readStoredValue<T>(value: StoredValue<T>, raw: unknown): { value: T; problem: string | null } {
  // Absent (WXT answers null for a missing key): the fallback, and nothing is wrong.
  if (raw === null || raw === undefined) return { value: value.fallback, problem: null };
  const parsed = value.schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, problem: null };
  const problem = z.prettifyError(parsed.error);
  // One bad field of an object costs that field only (its default takes its place), not the user's other
  // settings: the fields the issues name are dropped and the rest parsed again.
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    if (!bad.has(undefined)) {
      const rest = Object.fromEntries(Object.entries(raw).filter(([field]) => !bad.has(field)));
      const salvaged = value.schema.safeParse(rest);
      if (salvaged.success) return { value: salvaged.data, problem };
    }
  }
  return { value: value.fallback, problem };
}

/** The key as `browser.storage.local` names it (WXT's items prefix it with the area). */
export const areaKey = (value: { key: `local:${string}` }) => value.key.slice('local:'.length);
