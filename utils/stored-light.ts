// Reads of extension storage for the views whose first frame must not wait for zod: the sidebar (framed into the
// host page, utils/overlay/stored-reader.ts) and the popup (its first frame is timed: tests/bench/popup-open).
// Neither WXT storage's items (versions, migrations, locks: the background's business) nor zod come here. Each
// value is read with a tiny guard tied to its one declaration in utils/stored-values.ts: key and type at compile
// time (type-only imports), fallbacks and verdicts by tests/unit/storage/stored-light.test.ts against the
// schemas. A value that fails its guard reads as its fallback; the background rewrites it from its schema
// meanwhile (guardStoredValues, utils/storage-items.ts). Writes go through the background's requests (the
// sidebar's own open/closed state aside).
import { browser } from 'wxt/browser';
import type { TimerStatus } from './messages';
import type { Platform } from './model/record';
import type { Settings } from './model/settings';
import { maxNoticedIds } from './change-notice';
import type { ChangeNotice, SyncAccount, storedValues } from './stored-values';
import type { SyncStatus, TeamRole } from './sync/status';

type StoredKey = (typeof storedValues)[number]['key'];
type StoredType<K extends StoredKey> = Extract<(typeof storedValues)[number], { key: K }>['fallback'];

/** One value as a light view reads it: the declared key, and what the view makes of whatever is stored there. */
export interface LightValue<T> {
  key: StoredKey;
  /** The stored value, or the fallback when it is absent or does not pass the guard. */
  read(raw: unknown): T;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
export const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;
const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const textOrNull = (value: unknown) => value === null || typeof value === 'string';
const numberOrNull = (value: unknown) => value === null || typeof value === 'number';
/** Every field named is a string. */
const texts = (value: unknown, fields: readonly string[]): value is Record<string, string> =>
  isRecord(value) && fields.every((field) => typeof value[field] === 'string');

/** A light value whose key and type must be a declared one's (a renamed key or changed type fails to compile). */
export const light = <K extends StoredKey, T extends Partial<StoredType<K>> | StoredType<K> | null>(
  key: K,
  read: (raw: unknown) => T,
): LightValue<T> => ({ key, read });

export const uiThemes: readonly Settings['theme'][] = ['auto', 'light', 'dark'];
const uiLanguages: readonly Settings['language'][] = ['auto', 'ar', 'en'];
const syncStates: readonly SyncStatus['state'][] = ['off', 'synced', 'pending', 'syncing', 'offline', 'error'];
const teamRoles: readonly TeamRole[] = ['owner', 'admin', 'member'];
const platforms: readonly Platform[] = ['facebook', 'instagram', 'x'];

/** The shape of a record id (zod's `z.uuid()`, which light views do not bundle). */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The change notice (every view reloads what changed); the schema's default when unreadable. */
export const lightChanges = light('local:changes', (raw): ChangeNotice =>
  isRecord(raw) && count(raw.seq) && Array.isArray(raw.stores) && raw.stores.every((s) => typeof s === 'string')
    ? {
        seq: raw.seq as number,
        stores: raw.stores as ChangeNotice['stores'],
        // Ids a view can't trust just mean "any template may have changed".
        templateIds:
          Array.isArray(raw.templateIds) &&
          raw.templateIds.length <= maxNoticedIds &&
          raw.templateIds.every((id) => typeof id === 'string' && uuid.test(id))
            ? (raw.templateIds as string[])
            : null,
      }
    : { seq: 0, stores: [], templateIds: null },
);

/** The sync status as the background wrote it, or null when none is stored or it does not pass. */
export const lightSyncStatus = light('local:syncStatus', (raw): SyncStatus | null =>
  isRecord(raw) &&
  syncStates.includes(raw.state as SyncStatus['state']) &&
  count(raw.pending) &&
  count(raw.conflicts) &&
  count(raw.rejected) &&
  (raw.progress === null || (isRecord(raw.progress) && typeof raw.progress.done === 'number')) &&
  (raw.error === null || (isRecord(raw.error) && typeof raw.error.code === 'string')) &&
  textOrNull(raw.lastSyncedAt) &&
  textOrNull(raw.nextAttemptAt)
    ? (raw as unknown as SyncStatus)
    : null,
);

/** Nothing to sync: the stored status's default (`storedSyncStatus.fallback`, checked by the tests). */
export const syncOff: SyncStatus = {
  state: 'off',
  pending: 0,
  conflicts: 0,
  rejected: 0,
  progress: null,
  error: null,
  lastSyncedAt: null,
  nextAttemptAt: null,
};

/** What the popup uses of the settings: its language, time zone and theme. */
export type PopupSettings = Pick<Settings, 'language' | 'timeZone' | 'theme'>;

const runningTimer = (value: unknown) =>
  texts(value, ['entryId', 'clientId', 'startedAt']) &&
  (value.platform === null || platforms.includes(value.platform as Platform));
const idleState = (value: unknown) =>
  isRecord(value) && typeof value.idleSinceMs === 'number' && numberOrNull(value.returnedAtMs);
const teamMember = (value: unknown) =>
  texts(value, ['userId', 'displayName', 'email', 'joinedAt']) && teamRoles.includes(value.role as TeamRole);
const teamSummary = (value: unknown) =>
  texts(value, ['teamId', 'name', 'timeZone']) && teamRoles.includes(value.role as TeamRole);

/** The popup's stored values, read before its first frame and watched after it. */
export const popupStored = {
  /** A bad zone name reads as itself: resolveTimeZone falls back to the browser's zone, as the default ('') does. */
  settings: light('local:settings', (raw): PopupSettings => ({
    language: oneOf(isRecord(raw) && raw.language, uiLanguages, 'auto'),
    timeZone: text(isRecord(raw) && raw.timeZone, ''),
    theme: oneOf(isRecord(raw) && raw.theme, uiThemes, 'auto'),
  })),
  changes: lightChanges,
  /** The background's mirror of the timer; a part that does not pass reads as none (its default). */
  timerStatus: light('local:timerStatus', (raw): TimerStatus => ({
    timer: isRecord(raw) && runningTimer(raw.timer) ? (raw.timer as TimerStatus['timer']) : null,
    idle: isRecord(raw) && idleState(raw.idle) ? (raw.idle as TimerStatus['idle']) : null,
  })),
  syncStatus: light('local:syncStatus', (raw): SyncStatus => lightSyncStatus.read(raw) ?? syncOff),
  /** Who is signed in (today's list shows their own entries); null when nobody is or the value does not pass. */
  syncAccount: light('local:syncAccount', (raw): SyncAccount | null =>
    isRecord(raw) &&
    texts(raw.user, ['id', 'email']) &&
    Array.isArray(raw.teams) &&
    raw.teams.every(teamSummary) &&
    textOrNull(raw.activeTeamId) &&
    (raw.members === undefined ||
      (isRecord(raw.members) &&
        Object.values(raw.members).every((members) => Array.isArray(members) && members.every(teamMember))))
      ? (raw as unknown as SyncAccount)
      : null,
  ),
};

/** What a light view needs of a stored value: read it, watch it, and (the sidebar's open/closed state) write it. */
export interface StoredReader<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with each new value (the fallback once removed); returns the function that stops watching. */
  watch(onChange: (next: T) => void): () => void;
}

const areaKey = (value: LightValue<unknown>) => value.key.slice('local:'.length);

/** Reads a stored value straight from `browser.storage.local`, where WXT keeps it under the same key. */
export function storedReader<T>(value: LightValue<T>): StoredReader<T> {
  const key = areaKey(value);
  return {
    getValue: async () => (await readStored([value]))[0],
    setValue: (next) => browser.storage.local.set({ [key]: next }),
    watch: (onChange) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange(value.read(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Several stored values in one storage read (a first frame waits for it). */
export async function readStored<const V extends readonly LightValue<unknown>[]>(
  values: V,
): Promise<{ [I in keyof V]: V[I] extends LightValue<infer T> ? T : never }> {
  const found = await browser.storage.local.get(values.map(areaKey));
  return values.map((value) => value.read(found[areaKey(value)])) as never;
}
