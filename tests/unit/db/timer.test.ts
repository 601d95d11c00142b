import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/open';
import { listRecords } from '@/utils/db/records';
import { answerIdle, currentTimer, markIdle, markReturned, pendingIdle, startOrSwitch, stop } from '@/utils/db/timer';
import { testId } from '../../support/records';

const at = (iso: string) => Date.parse(iso);
const acme = '00000000-0000-4000-8000-00000000aaaa';
const nile = '00000000-0000-4000-8000-00000000bbbb';

async function startAt(db: Awaited<ReturnType<typeof openDatabase>>, clientId: string, iso: string) {
  return startOrSwitch(db, { clientId, platform: 'x', source: 'timer', atMs: at(iso), newId: testId() });
}

describe('the running timer in the local store', () => {
  it('a started timer is an entry with no end, and stopping writes the end', async () => {
    const db = await openDatabase();
    const timer = await startAt(db, acme, '2026-11-26T09:00:00.000Z');
    expect(await currentTimer(db)).toEqual(timer);
    expect((await db.get('entries', timer.entryId))?.end).toBeNull();
    const closed = await stop(db, at('2026-11-26T10:30:00.000Z'));
    expect(closed).toMatchObject({
      start: '2026-11-26T09:00:00.000Z',
      end: '2026-11-26T10:30:00.000Z',
      clientId: acme,
    });
    expect(await currentTimer(db)).toBeNull();
  });

  it('switching clients ends one entry and starts the next at the same instant', async () => {
    const db = await openDatabase();
    await startAt(db, acme, '2026-11-26T09:00:00.000Z');
    await startAt(db, nile, '2026-11-26T09:45:00.000Z');
    await stop(db, at('2026-11-26T10:00:00.000Z'));
    const entries = (await listRecords(db, 'entries')).sort((a, b) => a.start.localeCompare(b.start));
    expect(entries.map((e) => [e.clientId, e.start, e.end])).toEqual([
      [acme, '2026-11-26T09:00:00.000Z', '2026-11-26T09:45:00.000Z'],
      [nile, '2026-11-26T09:45:00.000Z', '2026-11-26T10:00:00.000Z'],
    ]);
  });

  it('two starts at once never open two timers', async () => {
    const db = await openDatabase();
    await Promise.all([startAt(db, acme, '2026-11-26T09:00:00.000Z'), startAt(db, acme, '2026-11-26T09:00:00.000Z')]);
    expect((await listRecords(db, 'entries')).filter((e) => e.end === null)).toHaveLength(1);
  });

  it('starting the client already running changes nothing', async () => {
    const db = await openDatabase();
    const first = await startAt(db, acme, '2026-11-26T09:00:00.000Z');
    expect(await startAt(db, acme, '2026-11-26T09:10:00.000Z')).toEqual(first);
    expect(await listRecords(db, 'entries')).toHaveLength(1);
  });
});

describe('answering the idle question', () => {
  async function idleScenario() {
    const db = await openDatabase();
    const timer = await startAt(db, acme, '2026-11-26T09:00:00.000Z');
    await markIdle(db, at('2026-11-26T10:00:00.000Z'));
    await markIdle(db, at('2026-11-26T10:05:00.000Z')); // a later idle signal does not move the start of idleness
    await markReturned(db, at('2026-11-26T10:40:00.000Z'));
    expect(await pendingIdle(db)).toEqual({
      idleSinceMs: at('2026-11-26T10:00:00.000Z'),
      returnedAtMs: at('2026-11-26T10:40:00.000Z'),
    });
    return { db, timer };
  }
  const spans = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
    (await listRecords(db, 'entries')).sort((a, b) => a.start.localeCompare(b.start)).map((e) => [e.start, e.end]);

  it('keep: the idle time stays in the running entry', async () => {
    const { db, timer } = await idleScenario();
    expect(await answerIdle(db, 'keep', testId(), at('2026-11-26T10:41:00.000Z'))).toEqual(timer);
    expect(await spans(db)).toEqual([['2026-11-26T09:00:00.000Z', null]]);
    expect(await pendingIdle(db)).toBeNull();
  });

  it('discard: the entry ends when idleness began and a new one starts at the return', async () => {
    const { db } = await idleScenario();
    const next = await answerIdle(db, 'discard', testId(), at('2026-11-26T10:41:00.000Z'));
    expect(next).toMatchObject({ clientId: acme, startedAt: '2026-11-26T10:40:00.000Z' });
    expect(await spans(db)).toEqual([
      ['2026-11-26T09:00:00.000Z', '2026-11-26T10:00:00.000Z'],
      ['2026-11-26T10:40:00.000Z', null],
    ]);
  });

  it('discard and stop: the entry ends when idleness began and no timer runs', async () => {
    const { db } = await idleScenario();
    expect(await answerIdle(db, 'discardAndStop', testId(), at('2026-11-26T10:41:00.000Z'))).toBeNull();
    expect(await spans(db)).toEqual([['2026-11-26T09:00:00.000Z', '2026-11-26T10:00:00.000Z']]);
    expect(await currentTimer(db)).toBeNull();
  });

  it('idleness with no timer running asks nothing', async () => {
    const db = await openDatabase();
    await markIdle(db, at('2026-11-26T10:00:00.000Z'));
    expect(await markReturned(db, at('2026-11-26T10:30:00.000Z'))).toBeNull();
    expect(await pendingIdle(db)).toBeNull();
  });
});
