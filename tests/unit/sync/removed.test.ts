// A removed member's unsent work (issue #19 item 7): the team's data leaves this browser, what had not reached the
// team is set aside (with the clients it belongs to), and kept as local records if the user chooses.
import { describe, expect, it } from 'vitest';
import { saveStoreRecord } from '@/entrypoints/background/records';
import { syncAccountItem } from '@/utils/storage-items';
import { openDatabase } from '@/utils/db/open';
import { pendingRows } from '@/utils/sync/engine';
import { keepAsLocal, setAsideUnsent } from '@/utils/sync/removed';
import { makeClient } from '../../support/records';

const team = '33333333-3333-4333-8333-333333333333';

describe('removed from a team', () => {
  it('sets aside the unsent edits and their client, removes the rest, and keeps them as local records on request', async () => {
    await syncAccountItem.setValue({
      user: { id: '44444444-4444-4444-8444-444444444444', email: 'm@b.test' },
      teams: [],
      activeTeamId: team,
    });
    const db = await openDatabase();
    // A client that reached the team (no outbox row) and one entry on it that did not.
    const client = { ...makeClient({ nameEn: 'Synced client' }), teamId: team, revision: 3 };
    await db.put('clients', client);
    const other = { ...makeClient({ nameEn: 'Another synced client' }), teamId: team, revision: 4 };
    await db.put('clients', other);
    const entry = await saveStoreRecord(db, 'entries', {
      clientId: client.id,
      start: '2026-11-02T08:00:00.000Z',
      end: '2026-11-02T09:00:00.000Z',
      source: 'manual',
    });
    if (!entry.ok) throw new Error(JSON.stringify(entry.problems));
    expect((await pendingRows(db, team)).map((row) => row.store)).toEqual(['entries']);

    const kept = await setAsideUnsent(db, team);
    expect(kept.map((r) => [r.store, r.record.id, r.unsent])).toEqual([
      ['entries', entry.value.id, true],
      ['clients', client.id, false],
    ]);
    expect(await db.count('clients')).toBe(0);
    expect(await db.count('entries')).toBe(0);
    expect(await pendingRows(db)).toEqual([]);

    await keepAsLocal(db, { teamId: team, teamName: 'Old', at: '2026-11-03T00:00:00.000Z', records: kept });
    expect(await db.get('entries', entry.value.id)).toMatchObject({ teamId: null, revision: 0, clientId: client.id });
    expect(await db.get('clients', client.id)).toMatchObject({ teamId: null, nameEn: 'Synced client' });
    expect(await db.get('clients', other.id)).toBeUndefined();
    expect(await pendingRows(db)).toEqual([]);
  });

  it('sets nothing aside when everything had reached the team', async () => {
    const db = await openDatabase();
    await db.put('clients', { ...makeClient(), teamId: team, revision: 1 });
    expect(await setAsideUnsent(db, team)).toEqual([]);
    expect(await db.count('clients')).toBe(0);
  });
});
