import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '@/entrypoints/background/backup';
import { backupFormat, backupVersion } from '@/utils/backup/format';
import { readAllRecords } from '@/utils/db/backup';
import { openDatabase } from '@/utils/db/open';
import { makeClient, makeContract, makeEntry } from '../../support/records';

function validFile() {
  const client = makeClient();
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: '2026-11-20T10:00:00.000Z',
    data: {
      clients: [client],
      contracts: [makeContract(client.id)],
      accounts: [],
      templates: [],
      entries: [makeEntry(client.id, '2026-11-20T08:00:00.000Z', '2026-11-20T09:30:00.000Z')],
      labels: [],
      snapshots: [],
    },
  };
}

/** A store that already holds data, so "nothing written" means: exactly what was there before. */
async function seededDatabase() {
  const db = await openDatabase();
  const existing = validFile();
  const seeded = await importBackup(db, JSON.stringify(existing));
  expect(seeded.ok).toBe(true);
  return { db, before: await readAllRecords(db) };
}

describe('importing a backup', () => {
  it('restores every record of a valid file and reports the count', async () => {
    const db = await openDatabase();
    const file = validFile();
    const result = await importBackup(db, JSON.stringify(file));
    expect(result).toEqual({ ok: true, value: { recordCount: 3 } });
    const stored = await readAllRecords(db);
    expect(stored.clients).toEqual(file.data.clients);
    expect(stored.entries).toEqual(file.data.entries);
  });

  it('round-trips: an exported file imports back to the same records', async () => {
    const { db, before } = await seededDatabase();
    const exported = await exportBackup(db);
    if (!exported.ok) throw new Error('export failed');
    const again = await importBackup(db, JSON.stringify(exported.value));
    expect(again.ok).toBe(true);
    expect(await readAllRecords(db)).toEqual(before);
  });

  const badFiles: [string, (file: ReturnType<typeof validFile>) => string, { code: string; path: string }][] = [
    ['truncated JSON', (f) => JSON.stringify(f).slice(0, 120), { code: 'invalidJson', path: '' }],
    ['a wrong version', (f) => JSON.stringify({ ...f, version: 99 }), { code: 'unsupportedVersion', path: 'version' }],
    ['another file format', (f) => JSON.stringify({ ...f, format: 'toggl' }), { code: 'notBackup', path: 'format' }],
    [
      'a missing field',
      (f) => {
        const { clientId: _dropped, ...entry } = f.data.entries[0]!;
        return JSON.stringify({ ...f, data: { ...f.data, entries: [entry] } });
      },
      { code: 'required', path: 'data.entries[0].clientId' },
    ],
    [
      'a bad date',
      (f) =>
        JSON.stringify({ ...f, data: { ...f.data, entries: [{ ...f.data.entries[0]!, start: '2026-02-30 25:00' }] } }),
      { code: 'invalidDate', path: 'data.entries[0].start' },
    ],
    [
      'a duplicate id',
      (f) => JSON.stringify({ ...f, data: { ...f.data, clients: [f.data.clients[0]!, { ...f.data.clients[0]! }] } }),
      { code: 'duplicateId', path: 'data.clients[1].id' },
    ],
    [
      'a reference to a missing client',
      (f) =>
        JSON.stringify({
          ...f,
          data: { ...f.data, contracts: [{ ...f.data.contracts[0]!, clientId: makeClient().id }] },
        }),
      { code: 'unknownReference', path: 'data.contracts[0].clientId' },
    ],
    [
      'an entry ending before it starts',
      (f) =>
        JSON.stringify({
          ...f,
          data: { ...f.data, entries: [{ ...f.data.entries[0]!, end: '2026-11-20T07:00:00.000Z' }] },
        }),
      { code: 'endBeforeStart', path: 'data.entries[0].end' },
    ],
  ];

  it.each(badFiles)('rejects a file with %s, naming the path, and writes nothing', async (_name, corrupt, expected) => {
    const { db, before } = await seededDatabase();
    const result = await importBackup(db, corrupt(validFile()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining(expected));
    expect(await readAllRecords(db)).toEqual(before);
  });

  it('rolls back every store when a write fails midway', async () => {
    const { db, before } = await seededDatabase();
    const file = validFile();
    // Valid by schema and unique per store, but the store rejects a record the schema cannot see is bad:
    // an object whose key path is missing after we strip it inside the transaction.
    const poisoned = { ...file, data: { ...file.data, labels: [{ nope: true }] } };
    const { replaceAllRecords } = await import('@/utils/db/backup');
    await expect(replaceAllRecords(db, poisoned.data as never)).rejects.toBeTruthy();
    expect(await readAllRecords(db)).toEqual(before);
  });
});
