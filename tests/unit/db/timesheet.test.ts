import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@/utils/db/open';
import { readTimesheet } from '@/utils/db/timesheet';
import type { TimeEntry } from '@/utils/model';
import { summarizeMonth } from '@/utils/reports/month-summary';
import { makeClient, makeContract, makeEntry } from '../../support/records';

const cairo = 'Africa/Cairo';
// Thursday 26 Nov 2026, 12:00 in Cairo (UTC+2): the month began at 2026-10-31T22:00Z, the week on Sunday 22 Nov.
const nowMs = Date.parse('2026-11-26T10:00:00.000Z');
const me = '00000000-0000-4000-8000-0000000000ee';
const teammate = '00000000-0000-4000-8000-0000000000ff';

async function storeWith(records: {
  clients: ReturnType<typeof makeClient>[];
  contracts: ReturnType<typeof makeContract>[];
  entries: TimeEntry[];
  timer?: { entryId: string; clientId: string; startedAt: string };
  name?: string;
}): Promise<Database> {
  const db = await openDatabase(records.name);
  for (const client of records.clients) await db.put('clients', client);
  for (const contract of records.contracts) await db.put('contracts', contract);
  for (const entry of records.entries) await db.put('entries', entry);
  if (records.timer)
    await db.put('meta', { key: 'timer', timer: { ...records.timer, platform: null, source: 'timer' } } as never);
  return db;
}

describe('the popup timesheet read from the local store', () => {
  const acme = makeClient({ nameEn: 'Acme' });
  const nile = makeClient({ nameEn: 'Nile' });
  const gone = makeClient({ nameEn: 'Archived', archived: true });
  const contracts = [makeContract(acme.id), makeContract(nile.id), makeContract(gone.id)];

  it('sums only this month, clipping an entry that began in last month, whatever history the store holds', async () => {
    const entries = [
      // Years of history: never part of the month.
      ...Array.from({ length: 200 }, (_, i) =>
        makeEntry(acme.id, new Date(Date.parse('2022-01-03T08:00:00.000Z') + i * 86_400_000).toISOString(), null, {
          end: new Date(Date.parse('2022-01-03T09:00:00.000Z') + i * 86_400_000).toISOString(),
        }),
      ),
      // 31 Oct 21:00Z → 1 Nov 00:00Z: 2 hours of it fall in November (Cairo's month starts at 22:00Z).
      makeEntry(acme.id, '2026-10-31T21:00:00.000Z', '2026-11-01T00:00:00.000Z'),
      makeEntry(acme.id, '2026-11-10T08:00:00.000Z', '2026-11-10T09:30:00.000Z'),
      makeEntry(nile.id, '2026-11-26T07:00:00.000Z', '2026-11-26T08:00:00.000Z', { userId: me }),
      makeEntry(nile.id, '2026-11-26T06:00:00.000Z', '2026-11-26T06:30:00.000Z', { userId: teammate }),
      makeEntry(nile.id, '2026-11-20T08:00:00.000Z', '2026-11-20T09:00:00.000Z', {
        deletedAt: '2026-11-21T08:00:00.000Z',
      }),
      // Next month: not counted.
      makeEntry(nile.id, '2026-12-02T08:00:00.000Z', '2026-12-02T09:00:00.000Z'),
    ];
    const db = await storeWith({ clients: [acme, nile, gone], contracts, entries });
    const sheet = await readTimesheet(db, { timeZone: cairo, me, nowMs });

    const month = Object.fromEntries(sheet.summary.clients.map((c) => [c.clientId, c.monthMs]));
    expect(month[acme.id]).toBe(2 * 3_600_000 + 1.5 * 3_600_000);
    expect(month[nile.id]).toBe(1.5 * 3_600_000);
    expect(sheet.clients.map((c) => c.id)).toEqual([acme.id, nile.id]);
    // Today's list: the user's own entries and entries of nobody (before sync), oldest first.
    expect(sheet.today.map((e) => e.start)).toEqual(['2026-11-26T07:00:00.000Z']);
    // The same numbers as summarising every live entry of the store (what reading everything would give).
    expect(sheet.summary).toEqual(
      summarizeMonth({
        entries: entries.filter((e) => e.deletedAt === null),
        contracts,
        clientIds: [acme.id, nile.id],
        timeZone: cairo,
        nowMs,
      }),
    );
  });

  it('counts a running timer up to now even when it started long before the month', async () => {
    const running = makeEntry(acme.id, '2026-10-20T08:00:00.000Z', null);
    const db = await storeWith({
      clients: [acme],
      contracts: [contracts[0]!],
      entries: [running],
      timer: { entryId: running.id, clientId: acme.id, startedAt: running.start },
    });
    const sheet = await readTimesheet(db, { timeZone: cairo, me: null, nowMs });
    const acmeMonth = sheet.summary.clients.find((c) => c.clientId === acme.id)!.monthMs;
    expect(acmeMonth).toBe(nowMs - Date.parse('2026-10-31T22:00:00.000Z'));
    expect(sheet.today.map((e) => e.id)).toEqual([running.id]);
  });

  it('lists clients with a contract and no time yet, and nothing for an empty store', async () => {
    const db = await storeWith({ clients: [acme], contracts: [contracts[0]!], entries: [] });
    const sheet = await readTimesheet(db, { timeZone: cairo, me: null, nowMs });
    expect(sheet.summary.clients.map((c) => [c.clientId, c.monthMs])).toEqual([[acme.id, 0]]);
    const empty = await readTimesheet(await storeWith({ clients: [], contracts: [], entries: [], name: 'empty' }), {
      timeZone: cairo,
      me: null,
      nowMs,
    });
    expect(empty.summary.clients).toEqual([]);
    expect(empty.summary.days).toHaveLength(30);
  });
});
