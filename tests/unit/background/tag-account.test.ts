// Issue 19 item 5: a page whose name is over 300 characters can be tagged; the name is shortened for display
// and storage, the key that finds the page is kept whole.
import { describe, expect, it } from 'vitest';
import { accountDraft } from '@/entrypoints/background/page-info';
import { saveStoreRecord } from '@/entrypoints/background/records';
import { requests } from '@/utils/protocol';
import { openDatabase } from '@/utils/db/open';
import { maxDisplayName, shortenName } from '@/utils/model/social-account';
import { makeClient } from '../../support/records';

describe('tagging a page with a very long name', () => {
  it('is accepted, stores the name shortened to 300 characters with "…", and keeps the key whole', async () => {
    const db = await openDatabase();
    const client = makeClient();
    await db.put('clients', client);
    const name = `مطعم النخيل – ${'فرع الرياض، فرع جدة، فرع الدمام، '.repeat(20)}`;
    expect(name.length).toBeGreaterThan(600);
    const key = '100064' + '7'.repeat(40);
    const request = requests.tagAccount.request.safeParse({
      platform: 'facebook',
      key,
      handle: 'palm.restaurant',
      displayName: name,
      clientId: client.id,
    });
    expect(request.success).toBe(true);
    const saved = await saveStoreRecord(db, 'accounts', await accountDraft(db, request.data as never));
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    expect(saved.value.key).toBe(key);
    expect(saved.value.displayName.length).toBeLessThanOrEqual(maxDisplayName);
    expect(saved.value.displayName.endsWith('…')).toBe(true);
    expect(name.startsWith(saved.value.displayName.slice(0, -1))).toBe(true);
    expect((await db.get('accounts', saved.value.id))?.displayName).toBe(saved.value.displayName);
  });

  it('never splits a character made of several code units (an emoji, a flag)', () => {
    const name = `${'a'.repeat(298)}🇸🇦🇸🇦`;
    expect(shortenName(name)).toBe(`${'a'.repeat(298)}…`);
    expect(shortenName('  Palm   Restaurant ')).toBe('Palm Restaurant');
    const exactly = 'b'.repeat(300);
    expect(shortenName(exactly)).toBe(exactly);
  });
});
