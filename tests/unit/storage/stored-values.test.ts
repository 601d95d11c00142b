import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settings } from '@/utils/model/settings';
import {
  changesItem,
  guardStoredValues,
  settingsItem,
  syncAccountItem,
  syncDeviceId,
  syncStatusItem,
  timerStatusItem,
} from '@/utils/storage-items';
import {
  defaultSettings,
  readStoredValue,
  storedSettings,
  storedSyncStatus,
  storedValues,
} from '@/utils/stored-values';
import { syncStatusOff } from '@/utils/sync/status';

const seed = (key: string, value: unknown) => fakeBrowser.storage.local.set({ [key]: value });

describe('every stored value has one declaration', () => {
  it('takes its fallback from its schema: the defaults are what the schema makes of nothing', () => {
    for (const value of storedValues) expect(value.fallback).toEqual(value.schema.parse(undefined));
    expect(defaultSettings).toEqual(settings.parse({}));
    expect(defaultSettings).toMatchObject({ language: 'auto', idleMinutes: 5, reminderTime: '16:00', theme: 'auto' });
    expect(syncStatusOff).toEqual(storedSyncStatus.fallback);
  });

  it('has a key of its own', () => {
    const keys = storedValues.map((value) => value.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a stored value is read through its schema', () => {
  it('reads a missing value as its fallback, with nothing wrong', () => {
    expect(readStoredValue(storedSettings, undefined)).toEqual({ value: defaultSettings, problem: null });
  });

  it('reads a corrupted value as its fallback and names the problem', () => {
    const read = readStoredValue(storedSyncStatus, 'syncing');
    expect(read.value).toEqual(syncStatusOff);
    expect(read.problem).toMatch(/expected object/);
  });

  it('loses only the bad field of an object, not the user’s other settings', () => {
    const read = readStoredValue(storedSettings, { ...defaultSettings, agentName: 'Mona', idleMinutes: 'ten' });
    expect(read.value).toEqual({ ...defaultSettings, agentName: 'Mona' });
    expect(read.problem).toMatch(/idleMinutes/);
  });

  it('gives the background, popup and options the default instead of a corrupted value, and logs it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await seed('settings', { language: 'fr', theme: 42, agentName: 'Mona' });
    await seed('timerStatus', { timer: { entryId: 7 }, idle: null });
    await seed('changes', 'lots');
    await seed('syncAccount', { user: { id: 'u1' }, teams: 'all' });
    expect(await settingsItem.getValue()).toEqual({ ...defaultSettings, agentName: 'Mona' });
    expect(await timerStatusItem.getValue()).toEqual({ timer: null, idle: null });
    expect(await changesItem.getValue()).toEqual({ seq: 0, stores: [], templateIds: null });
    expect(await syncAccountItem.getValue()).toBeNull();
    expect(warn).toHaveBeenCalledTimes(4);
    expect(String(warn.mock.calls[0]![0])).toMatch(/stored value settings is not valid/);
    warn.mockRestore();
  });

  it('validates what a watcher is told', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: unknown[] = [];
    const stop = syncStatusItem.watch((next) => seen.push(next));
    await seed('syncStatus', { ...syncStatusOff, state: 'synced' });
    await seed('syncStatus', { state: 'exploded' });
    stop();
    expect(seen).toEqual([{ ...syncStatusOff, state: 'synced' }, syncStatusOff]);
    warn.mockRestore();
  });

  it('makes this installation’s device id once, and a new one in place of an unreadable one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await seed('syncDevice', 'not-a-uuid');
    const id = await syncDeviceId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await syncDeviceId()).toBe(id);
    expect((await fakeBrowser.storage.local.get('syncDevice')).syncDevice).toBe(id);
    warn.mockRestore();
  });
});

describe('the background’s guard over stored values', () => {
  it('rewrites a corrupted value on wake and after any write, so light readers soon see a valid one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await seed('settings', { ...defaultSettings, theme: 'neon', agentName: 'Mona' });
    await seed('sidebarOpen', { x: true });
    guardStoredValues();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
        ...defaultSettings,
        agentName: 'Mona',
      }),
    );
    await seed('sidebarOpen', ['x']);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('sidebarOpen')).sidebarOpen).toEqual({}));
    // A valid value is left as written.
    await seed('sidebarOpen', { facebook: false });
    expect((await fakeBrowser.storage.local.get('sidebarOpen')).sidebarOpen).toEqual({ facebook: false });
    warn.mockRestore();
  });
});

describe('retired stored values', () => {
  it('are removed on wake, so no stale copy outlives the code that read it', async () => {
    await seed('timesheetCache', { computedAtMs: 1, timeZone: 'UTC', sheet: {} });
    await seed('settings', { ...defaultSettings, agentName: 'Mona' });
    guardStoredValues();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('timesheetCache')).toEqual({}));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ agentName: 'Mona' });
  });
});
