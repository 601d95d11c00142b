// Team sync end to end in Node: the real engine (utils/sync) in fake-indexeddb browsers, supabase-js, the HTTP
// stand-in with seeded faults, real PostgreSQL. Run by tests/db/run.sh after the stand-in's tests:
//   npx tsx --test tests/sync/faults.test.ts      (starts its own throwaway cluster when run alone)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { resolveConflict } from '../../utils/sync/conflicts';
import { pullTeam, pushTeam, SyncError } from '../../utils/sync/engine';
import type { SyncConflict } from '../../utils/sync/status';
import { call, newTeam, startBackend, type Backend } from './backend';
import { syncRound, syncUntilQuiet } from './sync-round';
import { Actor, runWorkload } from './workload';
import { mulberry32 } from '../support/prng';

let backend: Backend;

before(async () => {
  backend = await startBackend();
});
after(async () => {
  await backend.stop();
});

const forbidden = (error: unknown) => error instanceof SyncError && error.kind === 'forbidden';

test('1,000 edits by two teammates under dropped answers and 503s reach the server exactly once, and both browsers end equal to it', async () => {
  const team = await newTeam(backend.standin, 'Fault run');
  const seed = 20261126;
  const report = await runWorkload(backend.standin, backend.db, team, {
    mutations: 1000,
    seed,
    faults: { dropAfterCommit: 0.2, fail503: 0.1, seed },
  });

  assert.equal(report.mutations, 1000);
  assert.ok(
    report.faults.dropped >= 20 && report.faults.failed503 >= 10,
    `faults were injected: ${JSON.stringify(report.faults)}`,
  );
  assert.ok(report.inFlightEdits > 0, 'some edits landed while a push or pull was in flight');
  assert.ok(report.duplicateResults > 0, 'resent pushes were answered from the idempotency records');
  const { duplicates, losses, divergences, outbox, rejections, conflicts } = report.verdict;
  assert.deepEqual(
    { duplicates, losses, divergences, outbox, rejections, conflicts },
    { duplicates: 0, losses: 0, divergences: 0, outbox: 0, rejections: 0, conflicts: 0 },
    report.verdict.problems.join('\n'),
  );
  assert.ok(report.verdict.serverRows > 300, `the server holds the team's records (${report.verdict.serverRows})`);
});

test('both edit one template between syncs: the second to push keeps both versions as a conflict, and neither edit is lost', async () => {
  const team = await newTeam(backend.standin, 'Conflict');
  const member = new Actor(team.member, 'member', team.teamId, mulberry32(1), () => []);
  const admin = new Actor(team.admin, 'admin', team.teamId, mulberry32(2), () => []);
  const id = crypto.randomUUID();
  await member.write('templates', id, () => ({ title: 'Thanks', bodies: { ar: 'شكراً', en: 'Thanks!' } }));
  await syncRound(team.member, team.teamId);
  await syncRound(team.admin, team.teamId);

  await admin.write('templates', id, () => ({ title: 'Thanks (short)' }));
  await member.write('templates', id, (t) => ({
    bodies: { ...(t as { bodies: object }).bodies, en: 'Thanks for writing to us!' },
  }));
  await syncRound(team.admin, team.teamId);
  await syncRound(team.member, team.teamId);

  assert.equal(await team.admin.db.count('conflicts'), 0, 'the first to push just applies');
  const conflicts = (await team.member.db.getAll('conflicts')) as SyncConflict[];
  assert.equal(conflicts.length, 1);
  const conflict = conflicts[0]!;
  assert.equal(conflict.recordId, id);
  assert.deepEqual(
    {
      mine: [conflict.mine?.title, (conflict.mine?.bodies as { en: string }).en],
      theirs: [conflict.theirs.title, (conflict.theirs.bodies as { en: string }).en],
    },
    { mine: ['Thanks', 'Thanks for writing to us!'], theirs: ['Thanks (short)', 'Thanks!'] },
  );
  assert.equal(
    (await team.member.db.get('templates', id))?.bodies.en,
    'Thanks for writing to us!',
    "the member's copy stays theirs",
  );
  const server = await backend.db.query('select title, bodies from public.templates where id = $1', [id]);
  assert.deepEqual(
    server.rows[0],
    { title: 'Thanks (short)', bodies: { ar: 'شكراً', en: 'Thanks!' } },
    "the admin's edit is on the server",
  );

  // The member keeps both edits; the merge reaches the server and the admin.
  assert.deepEqual(await resolveConflict(team.member.db, conflict.key, 'edit', { title: 'Thanks (short)' }), []);
  await syncUntilQuiet([team.member, team.admin], team.teamId);
  const merged = { title: 'Thanks (short)', en: 'Thanks for writing to us!' };
  for (const browser of [team.member, team.admin]) {
    const local = await browser.db.get('templates', id);
    assert.deepEqual({ title: local?.title, en: local?.bodies.en }, merged);
  }
  const after = await backend.db.query(`select title, bodies ->> 'en' as en from public.templates where id = $1`, [id]);
  assert.deepEqual(after.rows[0], merged);
  assert.equal(await team.member.db.count('conflicts'), 0);
});

test('a removed member is refused: pull and push fail with 42501 (SyncError forbidden), and the unsent edit stays in the outbox', async () => {
  const team = await newTeam(backend.standin, 'Removal');
  const member = new Actor(team.member, 'member', team.teamId, mulberry32(3), () => []);
  const id = crypto.randomUUID();
  await member.write('templates', id, () => ({ title: 'Mine', bodies: { en: 'Hello' } }));
  await syncRound(team.member, team.teamId);

  await call(team.owner, 'remove_member', { team: team.teamId, member: team.member.userId });
  const direct = await team.member.client.rpc('sync_pull', { team: team.teamId, since: 0 });
  assert.equal(direct.error?.code, '42501');
  await assert.rejects(pullTeam(team.member.db, team.member.rpc, { teamId: team.teamId }), forbidden);

  await member.write('templates', id, () => ({ title: 'Mine, edited after removal' }));
  await assert.rejects(
    pushTeam(team.member.db, team.member.rpc, { teamId: team.teamId, device: team.member.device }),
    forbidden,
  );
  assert.equal(await team.member.db.count('outbox'), 1, 'nothing is dropped by a refused push');
  const server = await backend.db.query('select title from public.templates where id = $1', [id]);
  assert.equal(server.rows[0].title, 'Mine');
});

// Two edits the engine once lost (found by these tests, fixed in utils/sync/engine.ts).

test('an edit made while its push is in flight survives the push being rejected', async () => {
  const team = await newTeam(backend.standin, 'Rejected in flight');
  const admin: Actor = new Actor(team.admin, 'admin', team.teamId, mulberry32(4), () => admin.baseClients);
  await admin.createBaseClient();
  const clientId = admin.baseClients[0];
  const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
  await admin.write('entries', a, () => ({
    clientId,
    start: '2026-03-01T09:00:00.000Z',
    end: '2026-03-01T10:00:00.000Z',
    source: 'manual',
  }));
  await admin.write('entries', b, () => ({
    clientId,
    start: '2026-03-01T11:00:00.000Z',
    end: '2026-03-01T12:00:00.000Z',
    source: 'manual',
  }));
  await syncRound(team.admin, team.teamId);

  // B is moved onto A (the server refuses: overlap); while that push is in flight the user moves it to 12:00.
  await admin.write('entries', b, () => ({ start: '2026-03-01T09:30:00.000Z', end: '2026-03-01T10:30:00.000Z' }));
  team.admin.beforeCall = async (fn) => {
    if (fn !== 'sync_push') return;
    team.admin.beforeCall = undefined;
    await admin.write('entries', b, () => ({ start: '2026-03-01T12:00:00.000Z', end: '2026-03-01T13:00:00.000Z' }));
  };
  await syncUntilQuiet([team.admin], team.teamId);

  assert.equal(await team.admin.db.count('rejections'), 1, 'the overlapping version is refused and listed');
  const server = await backend.db.query(
    `select to_char(start at time zone 'UTC', 'HH24:MI') as start from public.time_entries where id = $1`,
    [b],
  );
  const local = await team.admin.db.get('entries', b);
  assert.deepEqual(
    { local: local?.start, server: server.rows[0].start },
    { local: '2026-03-01T12:00:00.000Z', server: '12:00' },
  );
});

test('a pull reset keeps an unresolved conflict and the local version it holds', async () => {
  const team = await newTeam(backend.standin, 'Reset');
  const member = new Actor(team.member, 'member', team.teamId, mulberry32(5), () => []);
  const admin = new Actor(team.admin, 'admin', team.teamId, mulberry32(6), () => []);
  const id = crypto.randomUUID();
  await member.write('templates', id, () => ({ title: 'Thanks', bodies: { en: 'Thanks!' } }));
  await syncRound(team.member, team.teamId);
  await syncRound(team.admin, team.teamId);
  await admin.write('templates', id, () => ({ title: 'Thanks (admin)' }));
  await member.write('templates', id, () => ({ bodies: { en: 'Thanks, in my words' } }));
  await syncRound(team.admin, team.teamId);
  await syncRound(team.member, team.teamId);
  assert.equal(await team.member.db.count('conflicts'), 1);

  // The server was restored from a backup: the browser's cursor is ahead of it, so sync_pull answers reset.
  await team.member.db.put('meta', { key: `cursor:${team.teamId}`, since: 1_000_000 });
  await pullTeam(team.member.db, team.member.rpc, { teamId: team.teamId });

  assert.equal(await team.member.db.count('conflicts'), 1, 'the conflict is still waiting for the user');
  assert.equal((await team.member.db.get('templates', id))?.bodies.en, 'Thanks, in my words');
});
