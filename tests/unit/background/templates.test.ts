import { describe, expect, it } from 'vitest';
import { saveStoreRecord, deleteStoreRecord } from '@/entrypoints/background/records';
import { forgetTemplateIndex, searchTemplates, templateWritten } from '@/entrypoints/background/templates';
import { openDatabase } from '@/utils/db/open';
import type { Template } from '@/utils/model';

const search = (db: Awaited<ReturnType<typeof openDatabase>>, query: string) =>
  searchTemplates(db, { query, clientId: null, platform: 'x', limit: 10 }).then((found) => found.map((t) => t.title));

describe('the cached template index', () => {
  it('follows single saves and deletes without being rebuilt', async () => {
    forgetTemplateIndex();
    const db = await openDatabase();
    const first = await saveStoreRecord(db, 'templates', {
      title: 'Opening hours',
      bodies: { en: 'We open at nine.' },
    });
    if (!first.ok) throw new Error('save failed');
    expect(await search(db, 'opening')).toEqual(['Opening hours']); // built here, from the store

    const renamed = await saveStoreRecord(db, 'templates', { id: first.value.id, title: 'Delivery times' });
    if (!renamed.ok) throw new Error('save failed');
    templateWritten(renamed.value as Template);
    expect(await search(db, 'delivery')).toEqual(['Delivery times']);
    expect(await search(db, 'opening')).toEqual([]);

    await deleteStoreRecord(db, 'templates', first.value.id);
    templateWritten((await db.get('templates', first.value.id))!);
    expect(await search(db, 'delivery')).toEqual([]);
  });
});
