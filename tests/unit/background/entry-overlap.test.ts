// A manual entry refused as overlapping names the entry in its way, in the user's time zone (issue 19 item 1:
// each refusal names the entries).
import { describe, expect, it } from 'vitest';
import { saveStoreRecord } from '@/entrypoints/background/records';
import { updateSettings } from '@/entrypoints/background/settings';
import { openDatabase } from '@/utils/db/open';
import { makeClient, makeEntry } from '../../support/records';

describe('an overlapping manual entry', () => {
  it('is refused naming the other entry by its local day and times', async () => {
    await updateSettings({ timeZone: 'Africa/Cairo' });
    const db = await openDatabase();
    const client = makeClient();
    await db.put('clients', client);
    await db.put('entries', makeEntry(client.id, '2026-03-02T07:00:00.000Z', '2026-03-02T09:00:00.000Z'));
    const now = new Date('2026-03-10T00:00:00Z');
    const draft = {
      clientId: client.id,
      start: '2026-03-02T08:00:00.000Z',
      end: '2026-03-02T10:00:00.000Z',
      source: 'manual',
    };
    expect(await saveStoreRecord(db, 'entries', draft, now)).toEqual({
      ok: false,
      problems: [
        { code: 'overlap', path: 'start', params: { otherStart: '2026-03-02 09:00', otherEnd: '2026-03-02 11:00' } },
      ],
    });
  });
});
