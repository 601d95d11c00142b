// The sidebar's reads of extension storage. The sidebar is framed into the host page, so what it bundles and
// keeps counts against the page's memory: neither WXT storage's items (versions, migrations, locks: the
// background's business) nor zod come here. Its few values are read with tiny guards instead, each tied to the one
// declaration in utils/stored-values.ts: keys and types at compile time (type-only imports), fallbacks and
// verdicts by tests/unit/storage/stored-reader.test.ts against the schemas. A value that fails its guard reads as
// the fallback; the background rewrites it from its schema meanwhile (guardStoredValues, utils/storage-items.ts).
import { browser } from 'wxt/browser';
import type { OverlayCatalog } from '../i18n/overlay';
import type { Settings } from '../model/settings';
import { maxNoticedIds } from '../change-notice';
import type { ChangeNotice, storedValues } from '../stored-values';
import type { SyncStatus } from '../sync/status';

type StoredKey = (typeof storedValues)[number]['key'];
type StoredType<K extends StoredKey> = Extract<(typeof storedValues)[number], { key: K }>['fallback'];

/** One value as the sidebar reads it: the declared key, and what the sidebar makes of whatever is stored there. */
export interface LightValue<T> {
  key: StoredKey;
  /** The stored value, or the fallback when it is absent or does not pass the guard. */
  read(raw: unknown): T;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;
const count = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const textOrNull = (value: unknown) => value === null || typeof value === 'string';

/** The shape of a record id (zod's `z.uuid()`, which the sidebar does not bundle). */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const syncStates: readonly SyncStatus['state'][] = ['off', 'synced', 'pending', 'syncing', 'offline', 'error'];

/** A light value whose key and type must be a declared one's (a renamed key or changed type fails to compile). */
const light = <K extends StoredKey, T extends Partial<StoredType<K>> | StoredType<K> | null>(
  key: K,
  read: (raw: unknown) => T,
): LightValue<T> => ({ key, read });

/** What the sidebar uses of the settings; the other fields are not its business. */
export type SidebarSettings = Pick<Settings, 'agentName' | 'timeZone' | 'theme'>;

export const sidebarStored = {
  settings: light('local:settings', (raw): SidebarSettings => ({
    agentName: text(isRecord(raw) && raw.agentName, ''),
    timeZone: text(isRecord(raw) && raw.timeZone, ''),
    theme: oneOf(isRecord(raw) && raw.theme, ['auto', 'light', 'dark'], 'auto'),
  })),
  overlayCatalog: light('local:overlayCatalog', (raw): OverlayCatalog => ({
    locale: oneOf(isRecord(raw) && raw.locale, ['ar', 'en'], 'en'),
    messages:
      isRecord(raw) && isRecord(raw.messages) && Object.values(raw.messages).every((m) => typeof m === 'string')
        ? (raw.messages as OverlayCatalog['messages'])
        : {},
  })),
  sidebarOpen: light('local:sidebarOpen', (raw): Record<string, boolean> =>
    isRecord(raw)
      ? (Object.fromEntries(Object.entries(raw).filter(([, open]) => typeof open === 'boolean')) as Record<
          string,
          boolean
        >)
      : {},
  ),
  changes: light('local:changes', (raw): ChangeNotice =>
    isRecord(raw) && count(raw.seq) && Array.isArray(raw.stores) && raw.stores.every((s) => typeof s === 'string')
      ? {
          seq: raw.seq as number,
          stores: raw.stores as ChangeNotice['stores'],
          // Ids the sidebar can't trust just mean "any template may have changed".
          templateIds:
            Array.isArray(raw.templateIds) &&
            raw.templateIds.length <= maxNoticedIds &&
            raw.templateIds.every((id) => typeof id === 'string' && uuid.test(id))
              ? (raw.templateIds as string[])
              : null,
        }
      : { seq: 0, stores: [], templateIds: null },
  ),
  /** Null (no indicator) until a valid status is stored: the sidebar shows sync only once it is on. */
  syncStatus: light('local:syncStatus', (raw): SyncStatus | null =>
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
  ),
};

/** What the sidebar needs of a stored value: read it, watch it, and (for its own open/closed state) write it. */
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

/** Several stored values in one storage read (the sidebar's first frame waits for it). */
export async function readStored<const V extends readonly LightValue<unknown>[]>(
  values: V,
): Promise<{ [I in keyof V]: V[I] extends LightValue<infer T> ? T : never }> {
  const found = await browser.storage.local.get(values.map(areaKey));
  return values.map((value) => value.read(found[areaKey(value)])) as never;
}
