import { describe, expect, it, vi } from 'vitest';
import { saveStoreRecord, deleteStoreRecord } from '@/entrypoints/background/records';
import {
  forgetImportedTemplates,
  forgetTemplateIndex,
  searchTemplates,
  templateWritten,
} from '@/entrypoints/background/templates';
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

  it('a use moves the template up the list without re-indexing its text', async () => {
    forgetTemplateIndex();
    const db = await openDatabase();
    const saved = await Promise.all(
      ['Opening hours', 'Opening offer'].map((title) =>
        saveStoreRecord(db, 'templates', { title, bodies: { en: 'We open at nine.' } }),
      ),
    );
    const offer = saved[1]!;
    if (!offer.ok) throw new Error('save failed');
    expect(await search(db, '')).toEqual(['Opening hours', 'Opening offer']); // by title while unused
    const used = { ...(offer.value as Template), usageCount: 5, updatedAt: '2099-01-01T00:00:00.000Z' };
    await db.put('templates', used);
    templateWritten(used);
    expect(await search(db, '')).toEqual(['Opening offer', 'Opening hours']);
    expect(await search(db, 'offer')).toEqual(['Opening offer']);
    expect((await searchTemplates(db, { query: 'offer', clientId: null, platform: 'x', limit: 1 }))[0]).toEqual(used);
  });

  it('after an import that keeps a template’s updatedAt but changes its text, searches find the new text', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      forgetTemplateIndex();
      const db = await openDatabase();
      await db.delete('meta', 'templateIndex');
      const saved = await saveStoreRecord(db, 'templates', { title: 'Opening hours', bodies: { en: 'Nine.' } });
      if (!saved.ok) throw new Error('save failed');
      expect(await search(db, 'opening')).toEqual(['Opening hours']); // built, and its snapshot stored soon after
      await vi.advanceTimersByTimeAsync(2_000);
      await vi.waitFor(async () => expect(await db.get('meta', 'templateIndex')).toBeDefined());

      // A backup restored over it: same id and updatedAt, other text.
      await db.put('templates', { ...(saved.value as Template), title: 'Delivery times' });
      forgetTemplateIndex(); // what a bulk write did before: the stored snapshot still says "indexed at this stamp"
      expect(await search(db, 'delivery')).toEqual([]);
      await forgetImportedTemplates(db);
      expect(await db.get('meta', 'templateIndex')).toBeUndefined();
      expect(await search(db, 'delivery')).toEqual(['Delivery times']);
      expect(await search(db, 'opening')).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
