import { describe, expect, it } from 'vitest';
import { saveStoreRecord, deleteStoreRecord } from '@/entrypoints/background/records';
import { syncAccountItem } from '@/utils/storage-items';
import { backoffMs } from '@/utils/sync/backoff';
import { openDatabase } from '@/utils/db/open';
import { pendingRows } from '@/utils/sync/engine';
import { resolveConflict } from '@/utils/sync/conflicts';
import { fromRow, syncedStores, toRow } from '@/utils/sync/mapping';
import type { RecordOf } from '@/utils/model';
import { localClients, shareClients } from '@/utils/sync/share';
import { mayChange } from '@/utils/sync/permissions';
import { makeClient, makeContract, makeEntry } from '../../support/records';

const team = '11111111-1111-4111-8111-111111111111';
const signInto = (activeTeamId: string | null) =>
  syncAccountItem.setValue({
    user: { id: '22222222-2222-4222-8222-222222222222', email: 'a@b.test' },
    teams: [],
    activeTeamId,
  });

describe('the outbox follows local changes', () => {
  it('queues nothing while the user is in no team', async () => {
    const db = await openDatabase();
    const saved = await saveStoreRecord(db, 'clients', { nameEn: 'Local only' });
    expect(saved.ok && saved.value.teamId).toBe(null);
    expect(await pendingRows(db)).toEqual([]);
  });

  it('puts a new client in the active team and queues it with the records that follow it, in order', async () => {
    await signInto(team);
    const db = await openDatabase();
    const client = await saveStoreRecord(db, 'clients', { nameEn: 'Shared' });
    if (!client.ok) throw new Error('client');
    const contract = await saveStoreRecord(db, 'contracts', {
      clientId: client.value.id,
      startsOn: '2026-11-01',
      monthlyHours: 40,
      minDailyHours: 2,
    });
    if (!contract.ok) throw new Error(JSON.stringify(contract.problems));
    expect(contract.value.teamId).toBe(team);
    const rows = await pendingRows(db, team);
    expect(rows.map((row) => row.store)).toEqual(['clients', 'contracts']);
    expect(rows.every((row) => row.sent === null && row.changeSeq === 1)).toBe(true);
  });

  it('keeps one row per record, counts edits, and ignores changes the server never sees (usage counts)', async () => {
    await signInto(team);
    const db = await openDatabase();
    const template = await saveStoreRecord(db, 'templates', { title: 'Hi', bodies: { en: 'Hello' } });
    if (!template.ok) throw new Error('template');
    await saveStoreRecord(db, 'templates', { id: template.value.id, title: 'Hi there' });
    await saveStoreRecord(db, 'templates', { id: template.value.id, usageCount: 7 });
    const [row] = await pendingRows(db, team);
    expect(row).toMatchObject({ store: 'templates', recordId: template.value.id, changeSeq: 2 });
    await deleteStoreRecord(db, 'templates', template.value.id);
    expect((await pendingRows(db, team))[0]!.changeSeq).toBe(3);
  });

  it('never lets a view set the team, revision or owner of a record', async () => {
    const db = await openDatabase();
    const saved = await saveStoreRecord(db, 'clients', { nameEn: 'Sneaky', teamId: team, revision: 99 });
    expect(saved.ok && [saved.value.teamId, saved.value.revision]).toEqual([null, 0]);
    expect(await pendingRows(db)).toEqual([]);
  });

  it("refuses a save based on an older revision of a shared team record (a teammate's change came in meanwhile)", async () => {
    const db = await openDatabase();
    const shared = { ...makeClient({ nameEn: 'Theirs now' }), teamId: team, revision: 7 };
    await db.put('clients', shared);
    expect(await saveStoreRecord(db, 'clients', { id: shared.id, nameEn: 'Mine', baseRevision: 6 })).toEqual({
      ok: false,
      problems: [{ code: 'changedByTeammate', path: '' }],
    });
    expect((await db.get('clients', shared.id))?.nameEn).toBe('Theirs now');
    const current = await saveStoreRecord(db, 'clients', { id: shared.id, nameEn: 'Mine', baseRevision: 7 });
    expect(current.ok && current.value.nameEn).toBe('Mine');
  });

  it('refuses a team record that points at a client outside the team', async () => {
    await signInto(team);
    const db = await openDatabase();
    const local = makeClient();
    await db.put('clients', local);
    const template = await saveStoreRecord(db, 'templates', { title: 'Hi', bodies: { en: 'Hello' } });
    if (!template.ok) throw new Error('template');
    const moved = await saveStoreRecord(db, 'templates', { id: template.value.id, clientId: local.id });
    expect(moved).toEqual({ ok: false, problems: [{ code: 'otherTeam', path: 'clientId' }] });
  });
});

describe("a plain member and the team's terms", () => {
  const asMember = () =>
    syncAccountItem.setValue({
      user: { id: '22222222-2222-4222-8222-222222222222', email: 'm@b.test' },
      teams: [{ teamId: team, name: 'Agency', timeZone: 'Asia/Riyadh', role: 'member' }],
      activeTeamId: team,
    });

  it('keeps a new client local, and refuses editing or deleting the team clients and contracts', async () => {
    await asMember();
    const db = await openDatabase();
    const own = await saveStoreRecord(db, 'clients', { nameEn: 'My own' });
    expect(own.ok && own.value.teamId).toBe(null);
    const shared = { ...makeClient(), teamId: team, revision: 2 };
    const terms = { ...makeContract(shared.id), teamId: team, revision: 3 };
    await db.put('clients', shared);
    await db.put('contracts', terms);
    expect(await saveStoreRecord(db, 'clients', { id: shared.id, nameEn: 'Renamed' })).toEqual({
      ok: false,
      problems: [{ code: 'forbidden', path: '' }],
    });
    expect(await deleteStoreRecord(db, 'contracts', terms.id)).toEqual({
      ok: false,
      problems: [{ code: 'forbidden', path: '' }],
    });
    expect(await pendingRows(db)).toEqual([]);
    // A teammate's template: its text is refused, counting its use (never sent) is not.
    const theirs = {
      ...(
        (await saveStoreRecord(db, 'templates', { title: 'Hi', bodies: { en: 'Hello' } })) as {
          value: RecordOf<'templates'>;
        }
      ).value,
    };
    await db.put('templates', { ...theirs, teamId: team, createdBy: '55555555-5555-4555-8555-555555555555' });
    expect(await saveStoreRecord(db, 'templates', { id: theirs.id, title: 'Mine now' })).toEqual({
      ok: false,
      problems: [{ code: 'forbidden', path: '' }],
    });
    const counted = await saveStoreRecord(db, 'templates', { id: theirs.id, usageCount: 3 });
    expect(counted.ok && counted.value.usageCount).toBe(3);
    // Their own time on the team client is theirs to record.
    const entry = await saveStoreRecord(db, 'entries', {
      clientId: shared.id,
      start: '2026-11-02T08:00:00.000Z',
      end: '2026-11-02T09:00:00.000Z',
      source: 'manual',
    });
    expect(entry.ok && entry.value.teamId).toBe(team);
  });
});

describe('what a plain member may change (the server agrees)', () => {
  const me = '22222222-2222-4222-8222-222222222222';
  const other = '55555555-5555-4555-8555-555555555555';
  const writer = (role: 'owner' | 'admin' | 'member') => ({ me, roles: new Map([[team, role]]) });

  it.each([
    ['clients', {}, 'member', false],
    ['contracts', {}, 'admin', true],
    ['templates', { createdBy: other }, 'member', false],
    ['templates', { createdBy: me }, 'member', true],
    ['templates', { createdBy: null }, 'member', true],
    ['templates', { createdBy: other }, 'admin', true],
    ['labels', { createdBy: other }, 'member', false],
    ['entries', { userId: other }, 'owner', false],
    ['entries', { userId: null }, 'member', true],
  ] as const)('%s %o as %s: %s', (store, fields, role, allowed) => {
    expect(mayChange(store, { teamId: team, ...fields }, writer(role))).toBe(allowed);
  });

  it("anything local, or with nobody signed in, is the user's", () => {
    expect(mayChange('clients', { teamId: null }, writer('member'))).toBe(true);
    expect(mayChange('clients', { teamId: team }, { me: null, roles: new Map() })).toBe(true);
  });
});

describe('bringing local clients into a team', () => {
  it('moves only the chosen clients with everything about them, client first, and lists the rest', async () => {
    const db = await openDatabase();
    const chosen = makeClient({ nameEn: 'Chosen' });
    const kept = makeClient({ nameEn: 'Kept', nameAr: '' });
    await db.put('clients', chosen);
    await db.put('clients', kept);
    await db.put('contracts', makeContract(chosen.id));
    await db.put('entries', makeEntry(chosen.id, '2026-11-02T08:00:00.000Z', '2026-11-02T09:00:00.000Z'));
    await db.put('entries', makeEntry(kept.id, '2026-11-02T10:00:00.000Z', '2026-11-02T11:00:00.000Z'));
    expect(await localClients(db)).toEqual(
      expect.arrayContaining([
        { id: chosen.id, nameAr: chosen.nameAr, nameEn: chosen.nameEn, records: 3 },
        { id: kept.id, nameAr: '', nameEn: 'Kept', records: 2 },
      ]),
    );

    expect(await shareClients(db, team, [chosen.id])).toBe(3);
    expect((await pendingRows(db, team)).map((row) => row.store)).toEqual(['clients', 'contracts', 'entries']);
    expect((await db.get('clients', kept.id))?.teamId).toBe(null);
    expect(await localClients(db)).toEqual([{ id: kept.id, nameAr: '', nameEn: 'Kept', records: 2 }]);
  });
});

describe('resolving a conflict', () => {
  async function conflicted() {
    const db = await openDatabase();
    const mine = { ...makeClient({ nameEn: 'Mine' }), teamId: team, revision: 3 };
    const theirs = { ...mine, nameEn: 'Theirs', revision: 5 };
    await db.put('clients', mine);
    await db.put('conflicts', {
      key: `clients:${mine.id}`,
      store: 'clients',
      recordId: mine.id,
      mine,
      theirs,
      at: '2026-11-26T10:00:00.000Z',
    });
    return { db, mine, theirs, key: `clients:${mine.id}` };
  }

  it('theirs: takes the server version and sends nothing', async () => {
    const { db, key, mine } = await conflicted();
    expect(await resolveConflict(db, key, 'theirs', undefined)).toEqual([]);
    expect(await db.get('clients', mine.id)).toMatchObject({ nameEn: 'Theirs', revision: 5 });
    expect(await pendingRows(db)).toEqual([]);
    expect(await db.count('conflicts')).toBe(0);
  });

  it('mine: keeps the local version, based on the server revision, and queues it', async () => {
    const { db, key, mine } = await conflicted();
    expect(await resolveConflict(db, key, 'mine', undefined)).toEqual([]);
    expect(await db.get('clients', mine.id)).toMatchObject({ nameEn: 'Mine', revision: 5 });
    expect((await pendingRows(db)).map((row) => row.recordId)).toEqual([mine.id]);
  });

  it('edit: validates the merged record; a bad one changes nothing and keeps the conflict', async () => {
    const { db, key, mine } = await conflicted();
    expect(await resolveConflict(db, key, 'edit', { nameAr: '', nameEn: '' })).toEqual([
      { code: 'clientName', path: 'nameAr' },
    ]);
    expect(await db.count('conflicts')).toBe(1);
    expect(await resolveConflict(db, key, 'edit', { nameEn: 'Mine and Theirs', revision: 1 })).toEqual([]);
    expect(await db.get('clients', mine.id)).toMatchObject({ nameEn: 'Mine and Theirs', revision: 5 });
  });
});

describe('server rows', () => {
  it('round-trip every synced store through snake_case without the local-only fields', () => {
    const client = { ...makeClient(), teamId: team, revision: 4 };
    const row = toRow('clients', client);
    expect(row).toEqual({
      id: client.id,
      name_ar: client.nameAr,
      name_en: client.nameEn,
      color: client.color,
      notes: '',
      archived: false,
    });
    const maker = '44444444-4444-4444-8444-444444444444';
    const back = fromRow('clients', {
      ...row,
      team_id: team,
      revision: 4,
      created_at: client.createdAt,
      updated_at: client.updatedAt,
      deleted_at: null,
      created_by: maker,
      updated_by: team,
    });
    expect(back).toEqual({ ...client, createdBy: maker });
    expect(syncedStores).not.toContain('uses');
  });

  it('refuses a server row that does not fit the model instead of storing it', () => {
    expect(
      fromRow('contracts', { id: team, team_id: team, client_id: team, starts_on: 'soon', monthly_hours: -1 }),
    ).toBe(null);
  });

  it('keeps teammates apart from the user: an entry keeps the user id it came with', () => {
    const entry = makeEntry(team, '2026-11-02T08:00:00.000Z', '2026-11-02T09:00:00.000Z', { teamId: team });
    const row = {
      ...toRow('entries', entry),
      team_id: team,
      user_id: '33333333-3333-4333-8333-333333333333',
      revision: 2,
      created_at: entry.createdAt,
      updated_at: entry.updatedAt,
      deleted_at: null,
    };
    expect(fromRow('entries', row)).toMatchObject({ userId: '33333333-3333-4333-8333-333333333333', revision: 2 });
  });
});

describe('retry timing', () => {
  it('doubles from about 2 s up to 10 minutes, with ±50 % jitter', () => {
    expect(backoffMs(1, 0.5)).toBe(2000);
    expect(backoffMs(2, 0.5)).toBe(4000);
    expect(backoffMs(30, 0.5)).toBe(600_000);
    expect(backoffMs(3, 0)).toBe(4000);
    expect(backoffMs(3, 0.999)).toBeLessThan(12_000);
  });
});
