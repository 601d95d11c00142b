import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { migrations } from '@/utils/db/migrations';
import { openDatabase } from '@/utils/db/open';
import { makeClient, makeEntry } from '../../support/records';

describe('upgrading the local database', () => {
  it('keeps version 1 records and adds the later stores when opened at the current version', async () => {
    // Seed a database exactly as version 1 of Wasla left it (raw, through version 1's own migration): records
    // without the sync fields version 4 added.
    const { teamId: _team, revision: _revision, createdBy: _by, ...client } = makeClient();
    const {
      teamId: _entryTeam,
      revision: _entryRevision,
      userId: _user,
      createdBy: _entryBy,
      ...entry
    } = makeEntry(client.id, '2026-11-02T08:00:00.000Z', '2026-11-02T09:00:00.000Z');
    const v1 = await openDB('wasla-migration-test', 1, {
      upgrade: (db, _old, _new, tx) => migrations[1]!(db as never, tx as never),
    });
    await v1.put('clients', client);
    await v1.put('entries', entry);
    v1.close();

    const upgraded = await openDatabase('wasla-migration-test');
    expect(upgraded.version).toBe(4);
    expect([...upgraded.objectStoreNames]).toEqual(
      expect.arrayContaining(['meta', 'uses', 'outbox', 'conflicts', 'rejections']),
    );
    expect(await upgraded.get('clients', client.id)).toEqual({ ...client, teamId: null, revision: 0, createdBy: null });
    expect(
      await upgraded.getAllFromIndex(
        'entries',
        'by-client-start',
        IDBKeyRange.bound([client.id, ''], [client.id, '\uffff']),
      ),
    ).toEqual([{ ...entry, teamId: null, revision: 0, userId: null, createdBy: null }]);
  });
});
