import { describe, expect, it } from 'vitest';
import { deleteStoreRecord, saveStoreRecord } from '@/entrypoints/background/records';
import { openDatabase } from '@/utils/db/open';
import { databaseVersion } from '@/utils/db/schema';
import { listRecords } from '@/utils/db/records';

describe('saving records through the background', () => {
  it('stamps id and times on a new record and keeps createdAt on later edits', async () => {
    const db = await openDatabase();
    const created = await saveStoreRecord(
      db,
      'clients',
      { nameAr: 'عميل', nameEn: '' },
      new Date('2026-11-01T10:00:00Z'),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.problems));
    expect(created.value).toMatchObject({ nameAr: 'عميل', createdAt: '2026-11-01T10:00:00.000Z', deletedAt: null });
    const edited = await saveStoreRecord(
      db,
      'clients',
      { id: created.value.id, nameEn: 'Client' },
      new Date('2026-11-02T10:00:00Z'),
    );
    if (!edited.ok) throw new Error('edit failed');
    expect(edited.value).toMatchObject({
      nameAr: 'عميل',
      nameEn: 'Client',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-02T10:00:00.000Z',
    });
  });

  it('refuses an invalid record with the problem and path, and writes nothing', async () => {
    const db = await openDatabase();
    const result = await saveStoreRecord(db, 'clients', { nameAr: '', nameEn: '' });
    expect(result).toEqual({ ok: false, problems: [{ code: 'clientName', path: 'nameAr' }] });
    expect(await listRecords(db, 'clients', true)).toEqual([]);
  });

  it('cannot forge createdAt or clear a tombstone through a draft', async () => {
    const db = await openDatabase();
    const created = await saveStoreRecord(db, 'clients', { nameEn: 'A' }, new Date('2026-11-01T10:00:00Z'));
    if (!created.ok) throw new Error('create failed');
    await deleteStoreRecord(db, 'clients', created.value.id, new Date('2026-11-03T10:00:00Z'));
    const again = await saveStoreRecord(db, 'clients', {
      id: created.value.id,
      nameEn: 'B',
      createdAt: '2020-01-01T00:00:00.000Z',
      deletedAt: null,
    });
    if (!again.ok) throw new Error('save failed');
    expect(again.value.createdAt).toBe('2026-11-01T10:00:00.000Z');
    expect(again.value.deletedAt).toBe('2026-11-03T10:00:00.000Z');
  });

  it('deleting leaves a tombstone that lists hide', async () => {
    const db = await openDatabase();
    const created = await saveStoreRecord(db, 'clients', { nameEn: 'A' });
    if (!created.ok) throw new Error('create failed');
    expect(await deleteStoreRecord(db, 'clients', created.value.id)).toEqual({ ok: true, value: null });
    expect(await listRecords(db, 'clients')).toEqual([]);
    expect(await listRecords(db, 'clients', true)).toHaveLength(1);
  });
});

describe('the database schema', () => {
  it('opens at the current version with the indexes the views need', async () => {
    const db = await openDatabase();
    expect(db.version).toBe(databaseVersion);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'clients',
      'conflicts',
      'contracts',
      'entries',
      'labels',
      'meta',
      'outbox',
      'rejections',
      'snapshots',
      'templates',
      'uses',
    ]);
    const tx = db.transaction('entries');
    expect([...tx.store.indexNames].sort()).toEqual(['by-client-start', 'by-start', 'by-updated']);
  });
});

describe('saving many records at once', () => {
  it('writes all when every draft is valid', async () => {
    const { saveManyRecords } = await import('@/entrypoints/background/records');
    const db = await openDatabase();
    const result = await saveManyRecords(db, 'templates', [
      { title: 'A', bodies: { ar: 'أ' } },
      { title: 'B', bodies: { en: 'b' }, tags: ['x'] },
    ]);
    expect(result).toEqual({ ok: true, value: { count: 2 } });
    expect(await listRecords(db, 'templates')).toHaveLength(2);
  });

  it('writes nothing when one draft is invalid, naming its position', async () => {
    const { saveManyRecords } = await import('@/entrypoints/background/records');
    const db = await openDatabase();
    const result = await saveManyRecords(db, 'templates', [
      { title: 'A', bodies: { ar: 'أ' } },
      { title: '', bodies: { en: 'b' } },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(expect.objectContaining({ code: 'required', path: '[1].title' }));
    expect(await listRecords(db, 'templates', true)).toEqual([]);
  });
});
