import { describe, expect, it } from 'vitest';
import { popupStored, readStored, storedReader, syncOff } from '@/utils/stored-light';
import { changesItem, settingsItem, syncAccountItem, timerStatusItem } from '@/utils/storage-items';
import {
  defaultSettings,
  readStoredValue,
  storedChanges,
  storedSettings,
  storedSyncAccount,
  storedSyncStatus,
  storedTimerStatus,
} from '@/utils/stored-values';
import { resolveTimeZone } from '@/utils/time/zone';

// The popup reads its start values through light guards (no zod in its chunks): they must read what the
// validated items read, or at least never pass on what the schemas refuse.
const stamp = '2025-11-01T08:00:00.000Z';
const running = { entryId: 'e1', clientId: 'c1', startedAt: stamp, platform: 'x' };
const account = {
  user: { id: 'u1', email: 'mona@example.com' },
  teams: [{ teamId: 't1', name: 'Agency', timeZone: 'Africa/Cairo', role: 'owner' }],
  activeTeamId: 't1',
  members: {
    t1: [{ userId: 'u1', displayName: 'Mona', email: 'mona@example.com', role: 'owner', joinedAt: stamp }],
  },
};

const settingsSamples: unknown[] = [
  undefined,
  'text',
  [],
  { ...defaultSettings, language: 'ar', theme: 'dark', timeZone: 'Asia/Riyadh' },
  { language: 'fr', theme: 'neon', timeZone: 7 },
  { ...defaultSettings, language: 'en', theme: 'light', idleMinutes: -3 },
];
const timerSamples: unknown[] = [
  undefined,
  42,
  { timer: running, idle: null },
  { timer: running, idle: { idleSinceMs: 5, returnedAtMs: null } },
  { timer: { ...running, platform: 'tiktok' }, idle: { idleSinceMs: 5, returnedAtMs: 9 } },
  { timer: { ...running, platform: undefined }, idle: { idleSinceMs: '5', returnedAtMs: null } },
  { timer: { ...running, entryId: 3 } },
  { idle: { idleSinceMs: 5, returnedAtMs: 6 } },
];
const wholeValueSamples: [
  typeof popupStored.syncAccount | typeof popupStored.syncStatus | typeof popupStored.changes,
  typeof storedSyncAccount | typeof storedSyncStatus | typeof storedChanges,
  unknown[],
][] = [
  [
    popupStored.syncAccount,
    storedSyncAccount,
    [
      account,
      { ...account, members: undefined },
      { ...account, activeTeamId: null },
      { ...account, user: { id: 'u1' } },
      { ...account, teams: [{ ...account.teams[0], role: 'guest' }] },
      { ...account, teams: 'all' },
      { ...account, members: { t1: [{ userId: 'u1' }] } },
      { ...account, activeTeamId: 4 },
      'text',
    ],
  ],
  [
    popupStored.syncStatus,
    storedSyncStatus,
    [
      { ...syncOff, state: 'synced', lastSyncedAt: stamp },
      { ...syncOff, state: 'syncing', progress: { done: 3, total: null } },
      { ...syncOff, state: 'exploded' },
      { ...syncOff, pending: '3' },
      { ...syncOff, error: { code: 7 } },
      [],
    ],
  ],
  [
    popupStored.changes,
    storedChanges,
    [{ seq: 3, stores: ['entries'] }, { seq: -1, stores: [] }, { seq: 2, stores: 'entries' }, null],
  ],
];

describe('the popup’s light reader', () => {
  it('reads the keys the storage module declares', () => {
    expect(popupStored.settings.key).toBe(storedSettings.key);
    expect(popupStored.timerStatus.key).toBe(storedTimerStatus.key);
    for (const [light, declared] of wholeValueSamples) expect(light.key).toBe(declared.key);
  });

  it('reads a missing value as the schema’s default', () => {
    const { language, timeZone, theme } = defaultSettings;
    expect(popupStored.settings.read(undefined)).toEqual({ language, timeZone, theme });
    expect(popupStored.timerStatus.read(undefined)).toEqual(storedTimerStatus.fallback);
    expect(popupStored.syncStatus.read(undefined)).toEqual(storedSyncStatus.fallback);
    expect(syncOff).toEqual(storedSyncStatus.fallback);
    expect(popupStored.syncAccount.read(undefined)).toBe(storedSyncAccount.fallback);
    expect(popupStored.changes.read(undefined)).toEqual(storedChanges.fallback);
  });

  it('reads the settings and the timer as the validated items do, field by field', () => {
    for (const raw of settingsSamples) {
      const { language, timeZone, theme } = readStoredValue(storedSettings, raw).value;
      expect(popupStored.settings.read(raw), JSON.stringify(raw)).toEqual({ language, timeZone, theme });
    }
    for (const raw of timerSamples)
      expect(popupStored.timerStatus.read(raw), JSON.stringify(raw)).toEqual(
        readStoredValue(storedTimerStatus, raw).value,
      );
    // A zone the platform does not know: the validated read drops it, the light one keeps the name; both give the
    // totals in the browser's own zone.
    const unknownZone = { ...defaultSettings, timeZone: 'Mars/Olympus_Mons' };
    expect(readStoredValue(storedSettings, unknownZone).value.timeZone).toBe('');
    expect(resolveTimeZone(popupStored.settings.read(unknownZone).timeZone)).toBe(resolveTimeZone(''));
  });

  it('passes on a whole value only when its schema accepts it, and the fallback otherwise', () => {
    for (const [light, declared, samples] of wholeValueSamples) {
      for (const raw of samples) {
        const accepted = declared.schema.safeParse(raw).success;
        const read = light.read(raw);
        const label = `${declared.key} ${JSON.stringify(raw)}`;
        if (accepted) expect(read, label).toEqual(readStoredValue(declared as never, raw).value);
        else expect(read, label).toEqual(declared.fallback);
      }
    }
    expect(popupStored.syncAccount.read(account)?.user.id).toBe('u1');
  });

  it('reads what the WXT items wrote, in one read, and follows their changes', async () => {
    await settingsItem.setValue({ ...defaultSettings, language: 'ar', theme: 'dark' });
    await timerStatusItem.setValue({ timer: running as never, idle: null });
    await syncAccountItem.setValue(account as never);
    const [settings, timer, signedIn, sync] = await readStored([
      popupStored.settings,
      popupStored.timerStatus,
      popupStored.syncAccount,
      popupStored.syncStatus,
    ]);
    expect(settings).toEqual({ language: 'ar', timeZone: '', theme: 'dark' });
    expect(timer).toEqual({ timer: running, idle: null });
    expect(signedIn?.user.id).toBe('u1');
    expect(sync).toEqual(syncOff);

    const seen: number[] = [];
    const stop = storedReader(popupStored.changes).watch((notice) => seen.push(notice.seq));
    await changesItem.setValue({ seq: 4, stores: ['entries'], templateIds: null });
    await changesItem.removeValue();
    stop();
    await changesItem.setValue({ seq: 5, stores: [], templateIds: null });
    expect(seen).toEqual([4, 0]);
  });
});
