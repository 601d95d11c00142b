// Extension-storage items for the background, popup and options, made from the one definition of each value in
// utils/stored-values.ts (migrations go in `migrations` when a shape changes).
//
// Each item is marked `@__PURE__` so a bundle keeps only the items it uses. `defineItem` is not side-effect free
// (it starts a storage read to initialise the item), so without the mark every bundle carried and read all of
// them. Dropping an unused item loses nothing: its migrations run wherever it is used.
import { storage } from 'wxt/utils/storage';
import {
  storedChanges,
  storedOverlayCatalog,
  storedSettings,
  storedSidebarOpen,
  storedSyncStatus,
  storedTimerStatus,
  storedTimesheetCache,
  type StoredValue,
} from './stored-values';

export { defaultSettings, type ChangeNotice, type TimesheetCache } from './stored-values';

const itemOf = <T>({ key, fallback, version }: StoredValue<T>) => storage.defineItem<T>(key, { fallback, version });

export const settingsItem = /* @__PURE__ */ itemOf(storedSettings);
export const changesItem = /* @__PURE__ */ itemOf(storedChanges);
export const sidebarOpenItem = /* @__PURE__ */ itemOf(storedSidebarOpen);
export const timerStatusItem = /* @__PURE__ */ itemOf(storedTimerStatus);
export const overlayCatalogItem = /* @__PURE__ */ itemOf(storedOverlayCatalog);
export const timesheetCacheItem = /* @__PURE__ */ itemOf(storedTimesheetCache);
export const syncStatusItem = /* @__PURE__ */ itemOf(storedSyncStatus);
