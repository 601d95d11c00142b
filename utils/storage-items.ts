// Extension-storage items for the background, popup and options, made from the one declaration of each value in
// utils/stored-values.ts. WXT's items keep the versions and run migrations (add them to `defineItem` when a
// shape changes); every read here is validated against the value's schema: a corrupted value is logged and read
// as its fallback (an object loses only its bad fields), never passed on as the wrong type.
//
// Each item is marked `@__PURE__` so a bundle keeps only the items it uses. `defineItem` is not side-effect free
// (it starts a storage read to initialise the item), so without the mark every bundle carried and read all of
// them. Dropping an unused item loses nothing: its migrations run wherever it is used.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  areaKey,
  readStoredValue,
  storedChanges,
  storedOverlayCatalog,
  storedRemovedWork,
  storedSettings,
  storedSidebarOpen,
  storedSyncAccount,
  storedSyncConfig,
  storedSyncDevice,
  storedSyncRetry,
  storedSyncStatus,
  storedTimerStatus,
  storedValues,
  supabaseAuthKey,
  type StoredValue,
  retiredStorageKeys,
} from './stored-values';

export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with each new value, validated (the fallback once removed); returns the function that stops. */
  watch(onChange: (next: T, previous: T) => void): () => void;
}

function validated<T>(value: StoredValue<T>, raw: unknown): T {
  const read = readStoredValue(value, raw);
  if (read.problem)
    console.warn(`[wasla] stored value ${areaKey(value)} is not valid; read as its default`, read.problem);
  return read.value;
}

function itemOf<T>(value: StoredValue<T>): StoredItem<T> {
  const item = storage.defineItem<unknown>(value.key, { version: value.version });
  return {
    getValue: async () => validated(value, await item.getValue()),
    setValue: (next) => item.setValue(next),
    removeValue: () => item.removeValue(),
    watch: (onChange) =>
      item.watch((next, previous) => onChange(validated(value, next), readStoredValue(value, previous).value)),
  };
}

export const settingsItem = /* @__PURE__ */ itemOf(storedSettings);
export const changesItem = /* @__PURE__ */ itemOf(storedChanges);
export const sidebarOpenItem = /* @__PURE__ */ itemOf(storedSidebarOpen);
export const timerStatusItem = /* @__PURE__ */ itemOf(storedTimerStatus);
export const overlayCatalogItem = /* @__PURE__ */ itemOf(storedOverlayCatalog);
export const syncStatusItem = /* @__PURE__ */ itemOf(storedSyncStatus);
export const syncConfigItem = /* @__PURE__ */ itemOf(storedSyncConfig);
export const syncAccountItem = /* @__PURE__ */ itemOf(storedSyncAccount);
export const removedWorkItem = /* @__PURE__ */ itemOf(storedRemovedWork);
export const syncRetryItem = /* @__PURE__ */ itemOf(storedSyncRetry);

const syncDevice = /* @__PURE__ */ itemOf(storedSyncDevice);
let deviceId: Promise<string> | null = null;

/** This installation's id for sync_push's idempotency records: made on first use (or if unreadable), then kept. */
export function syncDeviceId(): Promise<string> {
  deviceId ??= syncDevice.getValue().then(async (id) => {
    if (id) return id;
    const made = crypto.randomUUID();
    await syncDevice.setValue(made);
    return made;
  });
  return deviceId;
}

/**
 * Where supabase-js keeps its session (it writes, reads and checks the value itself): extension storage, so the
 * session survives service-worker shutdowns and browser restarts.
 */
export const supabaseAuthStorage = {
  key: supabaseAuthKey,
  getItem: async (key: string) => {
    const value: unknown = (await browser.storage.local.get(key))[key];
    return typeof value === 'string' ? value : null;
  },
  setItem: (key: string, value: string) => browser.storage.local.set({ [key]: value }),
  removeItem: (key: string) => browser.storage.local.remove(key),
  /** Signs this browser out of the project without asking the server (after sign-out or a change of project). */
  forget: () => browser.storage.local.remove(supabaseAuthKey),
};

/**
 * The background's check of what others may have written (the sidebar writes its open state; a bad migration,
 * an older version or a hand edit may have written anything): on every wake and on every change, a value that
 * does not fit its schema is logged and replaced by what a validated read gives, so the sidebar's light reader
 * (utils/overlay/stored-reader.ts) soon sees a valid value too.
 */
export function guardStoredValues(): void {
  const byKey = new Map<string, StoredValue<unknown>>(storedValues.map((value) => [areaKey(value), value]));
  const repair = async (key: string, raw: unknown) => {
    const value = byKey.get(key);
    if (!value || raw === undefined || raw === null) return;
    const read = readStoredValue(value, raw);
    if (!read.problem) return;
    console.warn(`[wasla] stored value ${key} was not valid; rewritten from its default`, read.problem);
    await browser.storage.local.set({ [key]: read.value });
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) void repair(key, change.newValue);
  });
  void browser.storage.local.remove([...retiredStorageKeys]);
  void browser.storage.local.get([...byKey.keys()]).then((found) => {
    for (const [key, raw] of Object.entries(found)) void repair(key, raw);
  });
}
