// Extension-storage items, each defined once with a version (migrations go in `migrations` when a shape changes).
//
// Each definition is marked `@__PURE__` so a bundle keeps only the items it uses (issue #3). `defineItem` is not
// side-effect free (it starts a storage read to initialise the item), so without the mark every content script
// carried and read all of them, the popup's timesheet cache included: about 7 KB of the host page's JS heap.
// Dropping an unused item loses nothing: its migrations run wherever it is used.
import { storage } from 'wxt/utils/storage';
import type { Settings } from './model/settings';
import type { StoreName } from './model/stores';
import type { OverlayCatalog } from './i18n/overlay';
import type { Timesheet, TimerStatus } from './messages';
import { syncStatusOff, type SyncStatus } from './sync/status';

export const defaultSettings: Settings = {
  language: 'auto',
  timeZone: '',
  idleMinutes: 5,
  autoTracking: 'off',
  reminderTime: '16:00',
  rounding: { minutes: 0, mode: 'nearest' },
  agentName: '',
};

/** Written by the background only; every context reads it (the UI language lives here). */
export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>('local:settings', { fallback: defaultSettings, version: 1 });

/**
 * Bumped by the background after every committed write, so every open view (options, popup, each tab's
 * sidebar) learns what changed without polling and without the background tracking who is listening.
 */
export interface ChangeNotice {
  seq: number;
  stores: StoreName[];
}
export const changesItem = /* @__PURE__ */ storage.defineItem<ChangeNotice>('local:changes', { fallback: { seq: 0, stores: [] }, version: 1 });

/** Whether the sidebar is open, remembered per site. */
export const sidebarOpenItem = /* @__PURE__ */ storage.defineItem<Record<string, boolean>>('local:sidebarOpen', { fallback: {}, version: 1 });

/**
 * A read-only mirror of the running timer for views (badge, popup, sidebar) to watch. The truth is in
 * IndexedDB, written in one transaction with the entry; the background rewrites this after every change.
 */
export const timerStatusItem = /* @__PURE__ */ storage.defineItem<TimerStatus>('local:timerStatus', { fallback: { timer: null, idle: null }, version: 1 });

/** The sidebar's strings in the current UI language, published by the background (see utils/i18n/overlay.ts). */
export const overlayCatalogItem = /* @__PURE__ */ storage.defineItem<OverlayCatalog>('local:overlayCatalog', {
  fallback: { locale: 'en', messages: {} },
  version: 1,
});

/**
 * The popup's last timesheet, kept by the background after every change, so the popup's first frame shows
 * numbers at once (it then asks for fresh ones). Ignored when computed for another day or time zone.
 */
export interface TimesheetCache {
  computedAtMs: number;
  timeZone: string;
  sheet: Timesheet;
}
export const timesheetCacheItem = /* @__PURE__ */ storage.defineItem<TimesheetCache | null>('local:timesheetCache', { fallback: null, version: 1 });

/** Team sync's state for every view's indicator (utils/sync/status.ts); written by the background only. */
export const syncStatusItem = /* @__PURE__ */ storage.defineItem<SyncStatus>('local:syncStatus', { fallback: syncStatusOff, version: 1 });
