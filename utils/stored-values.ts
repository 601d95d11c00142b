// The values kept in extension storage, each defined once: its key, the fallback a reader sees before anything
// is written, and its version. The background, popup and options use them as WXT storage items
// (utils/storage-items.ts), which own the versions and migrations; content scripts read them through the lean
// reader in utils/overlay/stored-reader.ts, which keeps WXT storage's code out of the host page's heap (issue #3).
import type { OverlayCatalog } from './i18n/overlay';
import type { Timesheet, TimerStatus } from './messages';
import type { Settings } from './model/settings';
import type { StoreName } from './model/stores';
import { syncStatusOff, type SyncStatus } from './sync/status';

export interface StoredValue<T> {
  key: `local:${string}`;
  fallback: T;
  version: number;
}

const stored = <T>(key: `local:${string}`, fallback: T): StoredValue<T> => ({ key, fallback, version: 1 });

export const defaultSettings: Settings = {
  language: 'auto',
  timeZone: '',
  idleMinutes: 5,
  autoTracking: 'off',
  reminderTime: '16:00',
  rounding: { minutes: 0, mode: 'nearest' },
  agentName: '',
  theme: 'auto',
};

/** Written by the background only; every context reads it (the UI language lives here). */
export const storedSettings = stored<Settings>('local:settings', defaultSettings);

/**
 * Bumped by the background after every committed write, so every open view (options, popup, each tab's
 * sidebar) learns what changed without polling and without the background tracking who is listening.
 */
export interface ChangeNotice {
  seq: number;
  stores: StoreName[];
}
export const storedChanges = stored<ChangeNotice>('local:changes', { seq: 0, stores: [] });

/** Whether the sidebar is open, remembered per site. */
export const storedSidebarOpen = stored<Record<string, boolean>>('local:sidebarOpen', {});

/**
 * A read-only mirror of the running timer for views (badge, popup, sidebar) to watch. The truth is in
 * IndexedDB, written in one transaction with the entry; the background rewrites this after every change.
 */
export const storedTimerStatus = stored<TimerStatus>('local:timerStatus', { timer: null, idle: null });

/** The sidebar's strings in the current UI language, published by the background (see utils/i18n/overlay.ts). */
export const storedOverlayCatalog = stored<OverlayCatalog>('local:overlayCatalog', { locale: 'en', messages: {} });

/**
 * The popup's last timesheet, kept by the background after every change, so the popup's first frame shows
 * numbers at once (it then asks for fresh ones). Ignored when computed for another day or time zone.
 */
export interface TimesheetCache {
  computedAtMs: number;
  timeZone: string;
  sheet: Timesheet;
}
export const storedTimesheetCache = stored<TimesheetCache | null>('local:timesheetCache', null);

/** Team sync's state for every view's indicator (utils/sync/status.ts); written by the background only. */
export const storedSyncStatus = stored<SyncStatus>('local:syncStatus', syncStatusOff);
