import { describe, expect, it } from 'vitest';
import { readStored, sidebarStored, storedReader } from '@/utils/overlay/stored-reader';
import { overlayCatalogItem, settingsItem, sidebarOpenItem } from '@/utils/storage-items';
import {
  defaultSettings,
  storedChanges,
  storedOverlayCatalog,
  storedSettings,
  storedSidebarOpen,
  storedSyncStatus,
} from '@/utils/stored-values';
import { syncStatusOff } from '@/utils/sync/status';

// The sidebar's light reader (no zod) must agree with the declared schemas: same keys, the schema's defaults for
// what is missing, and the fallback for whatever the schema refuses.
const pairs = [
  [sidebarStored.settings, storedSettings],
  [sidebarStored.overlayCatalog, storedOverlayCatalog],
  [sidebarStored.sidebarOpen, storedSidebarOpen],
  [sidebarStored.changes, storedChanges],
  [sidebarStored.syncStatus, storedSyncStatus],
] as const;

const corrupted: unknown[] = [
  'text',
  42,
  [],
  { agentName: 7, timeZone: null, theme: 'neon' },
  { locale: 'fr', messages: { appName: 3 } },
  { x: 'yes' },
  { seq: -1, stores: 'templates' },
  { seq: 3, stores: ['templates'], templateIds: ['not-an-id'] },
  { seq: 3, stores: ['templates'], templateIds: Array.from({ length: 201 }, () => crypto.randomUUID()) },
  { ...syncStatusOff, state: 'exploded' },
  { ...syncStatusOff, pending: '3' },
];

describe('the sidebar’s light reader', () => {
  it('reads the keys the storage module declares', () => {
    for (const [light, declared] of pairs) expect(light.key).toBe(declared.key);
  });

  it('reads a missing value as the schema’s default (the part the sidebar uses)', () => {
    expect(sidebarStored.settings.read(undefined)).toEqual({
      agentName: defaultSettings.agentName,
      timeZone: defaultSettings.timeZone,
      theme: defaultSettings.theme,
    });
    expect(sidebarStored.overlayCatalog.read(undefined)).toEqual(storedOverlayCatalog.fallback);
    expect(sidebarStored.sidebarOpen.read(undefined)).toEqual(storedSidebarOpen.fallback);
    expect(sidebarStored.changes.read(undefined)).toEqual(storedChanges.fallback);
    // No indicator until the background has written a status.
    expect(sidebarStored.syncStatus.read(undefined)).toBeNull();
  });

  it('never passes on what the schema refuses', () => {
    for (const [light, declared] of pairs) {
      for (const raw of corrupted) {
        const read = light.read(raw);
        if (read === null) continue;
        // What the light guard lets through, the schema accepts (in the fields the sidebar reads).
        const parsed = declared.schema.safeParse({ ...declared.fallback, ...read });
        expect(parsed.success, `${declared.key} ${JSON.stringify(raw)} → ${JSON.stringify(read)}`).toBe(true);
      }
    }
    expect(sidebarStored.syncStatus.read({ ...syncStatusOff, state: 'exploded' })).toBeNull();
    expect(sidebarStored.syncStatus.read({ ...syncStatusOff, state: 'synced' })).toEqual({
      ...syncStatusOff,
      state: 'synced',
    });
    expect(sidebarStored.settings.read({ ...defaultSettings, theme: 'neon', agentName: 'Mona' })).toEqual({
      agentName: 'Mona',
      timeZone: '',
      theme: 'auto',
    });
  });

  it('reads what the WXT items wrote, several values in one read', async () => {
    await settingsItem.setValue({ ...defaultSettings, agentName: 'Mona', theme: 'dark' });
    await overlayCatalogItem.setValue({ locale: 'ar', messages: { appName: 'وصلة' } });
    const [settings, open, catalog] = await readStored([
      sidebarStored.settings,
      sidebarStored.sidebarOpen,
      sidebarStored.overlayCatalog,
    ]);
    expect(settings).toEqual({ agentName: 'Mona', timeZone: '', theme: 'dark' });
    expect(open).toEqual({});
    expect(catalog).toEqual({ locale: 'ar', messages: { appName: 'وصلة' } });
  });

  it('writes where the WXT item reads, and watches until stopped, falling back when the value is removed', async () => {
    const open = storedReader(sidebarStored.sidebarOpen);
    const seen: Record<string, boolean>[] = [];
    const stop = open.watch((next) => seen.push(next));
    await open.setValue({ x: false });
    expect(await sidebarOpenItem.getValue()).toEqual({ x: false });
    await sidebarOpenItem.removeValue();
    stop();
    await open.setValue({ x: true });
    expect(seen).toEqual([{ x: false }, {}]);
  });
});
