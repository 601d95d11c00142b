// Issue 18 item 7: a save reads the revision, compares it and writes in one transaction, so a pull landing
// between the form's opening and its save is a conflict, and a user's own settled save never is.
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { saveStoreRecord } from '@/entrypoints/background/records';
import { syncAccountItem } from '@/utils/storage-items';
import { useDraftForm } from '@/components/use-draft-form';
import { openDatabase, type Database } from '@/utils/db/open';
import { outboxKey } from '@/utils/db/outbox';
import type { Client } from '@/utils/model';
import { makeClient } from '../../support/records';
import { mount, settle } from '../components/render';

const team = '11111111-1111-4111-8111-111111111111';
const admin = () =>
  syncAccountItem.setValue({
    user: { id: '22222222-2222-4222-8222-222222222222', email: 'a@b.test' },
    teams: [{ teamId: team, name: 'Agency', timeZone: 'Asia/Riyadh', role: 'admin' }],
    activeTeamId: team,
  });

/**
 * What a pull does to one record (utils/sync/engine.ts `pullTeam`): in one readwrite transaction over the
 * record's store and the outbox, it stores the server's row unless the record waits in the outbox (a local
 * edit not yet pushed keeps the edit; its push then meets the server's version as a conflict). Opened
 * synchronously, so IndexedDB orders it against the save's transactions by creation, not by chance.
 */
function pullLands(db: Database, theirs: Client): Promise<void> {
  const tx = db.transaction(['clients', 'outbox'], 'readwrite');
  return (async () => {
    if (!(await tx.objectStore('outbox').get(outboxKey('clients', theirs.id))))
      await tx.objectStore('clients').put(theirs);
    await tx.done;
  })();
}

describe('saving a shared record against the revision its form was opened at', () => {
  it('a pull that lands while the save is under way is never written over unseen', async () => {
    await admin();
    const db = await openDatabase();
    const opened = { ...makeClient({ nameEn: 'As opened' }), teamId: team, revision: 1 };
    await db.put('clients', opened);
    // The form was opened at revision 1; the user saves while a teammate's rename arrives.
    const saving = saveStoreRecord(db, 'clients', { id: opened.id, nameEn: 'Mine', baseRevision: 1 });
    const pulled = pullLands(db, { ...opened, nameEn: 'Theirs', revision: 2 });
    const [saved] = await Promise.all([saving, pulled]);
    const stored = (await db.get('clients', opened.id))!;
    const pending = await db.get('outbox', outboxKey('clients', opened.id));
    if (saved.ok) {
      // The save went first: the pull left the record alone, and its push still claims revision 1, so the
      // server answers with the teammate's version as a conflict.
      expect(stored).toMatchObject({ nameEn: 'Mine', revision: 1 });
      expect(pending).toBeDefined();
    } else {
      // The pull went first: the save is refused and the teammate's version stays.
      expect(saved.problems).toEqual([{ code: 'changedByTeammate', path: '' }]);
      expect(stored).toMatchObject({ nameEn: 'Theirs', revision: 2 });
    }
    // Never: the save's text stored under the teammate's revision (its push would overwrite their change).
    expect(stored.nameEn === 'Mine' && stored.revision === 2).toBe(false);
  });

  it('a pull that landed after the form opened is a conflict', async () => {
    await admin();
    const db = await openDatabase();
    const opened = { ...makeClient({ nameEn: 'As opened' }), teamId: team, revision: 1 };
    await db.put('clients', opened);
    await pullLands(db, { ...opened, nameEn: 'Theirs', revision: 2 });
    expect(await saveStoreRecord(db, 'clients', { id: opened.id, nameEn: 'Mine', baseRevision: 1 })).toEqual({
      ok: false,
      problems: [{ code: 'changedByTeammate', path: '' }],
    });
  });
});

type Draft = { id: string; nameEn: string; baseRevision: number };
let form: ReturnType<typeof useDraftForm<Draft>>;
let reread: (stored: Draft) => void;
/** A form over a record the page re-reads whenever it changes (as the options page does on every change). */
function Probe({ opened, onSave }: { opened: Draft; onSave: (value: Draft) => Promise<null> }) {
  const [initial, setInitial] = useState(opened);
  reread = setInitial;
  form = useDraftForm(initial, onSave);
  return null;
}

describe('a form whose own save came back from the server', () => {
  it('follows the new revision even when the user typed more since, so the next save is not refused', async () => {
    await admin();
    const db = await openDatabase();
    const stored = { ...makeClient({ nameEn: 'A' }), teamId: team, revision: 1 };
    await db.put('clients', stored);
    const save = async (value: Draft) => {
      const result = await saveStoreRecord(db, 'clients', value);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return null;
    };
    const opened: Draft = { id: stored.id, nameEn: 'A', baseRevision: 1 };
    await mount(<Probe opened={opened} onSave={save} />);
    await act(() => form.set({ nameEn: 'B' }));
    await act(() => form.submit(new Event('submit')));
    // The user keeps typing while the push is in flight; then the server confirms "B" as revision 2 (a push
    // settling writes only the revision: utils/sync/engine.ts applyResults) and the page re-reads the record.
    await act(() => form.set({ nameEn: 'C' }));
    await db.put('clients', { ...(await db.get('clients', stored.id))!, revision: 2 });
    await act(() => reread({ id: stored.id, nameEn: 'B', baseRevision: 2 }));
    await settle();
    expect(form.value).toEqual({ id: stored.id, nameEn: 'C', baseRevision: 2 });
    const again = await saveStoreRecord(db, 'clients', form.value);
    expect(again.ok && again.value.nameEn).toBe('C');
  });
});
