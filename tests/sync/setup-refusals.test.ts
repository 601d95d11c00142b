// A refusal the user cannot fix never costs an edit (issue #15 item 7). When the project's database lacks Wasla's
// grants or functions (a project made on today's Supabase defaults without our grants migration, or a migration
// not applied), the server refuses every write: the edits stay pending and local, the sync names the cause
// ("setupIncomplete"), and they go out once the project is fixed. A refusal by the team's rules is still listed
// and reverted. Real engine, supabase-js, the HTTP stand-in and PostgreSQL (run by tests/db/run.sh).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pendingRows, pushTeam, SyncError } from '../../utils/sync/engine';
import { newTeam, startBackend, type Backend } from './backend';
import { Actor } from './workload';
import { mulberry32 } from '../support/prng';

let backend: Backend;
before(async () => {
  backend = await startBackend();
});
after(async () => {
  await backend.stop();
});

const setupIncomplete = (error: unknown) => error instanceof SyncError && error.code === 'setupIncomplete';

test('without the grants on a table, the edits stay pending, nothing is listed as refused, and they go out once granted', async () => {
  const team = await newTeam(backend.standin, 'Missing grants');
  const member = new Actor(team.member, 'member', team.teamId, mulberry32(3), () => []);
  const templateId = crypto.randomUUID();
  await member.write('templates', templateId, () => ({ title: 'Welcome', bodies: { ar: 'أهلاً', en: 'Welcome!' } }));

  // What a project created today holds for a table no migration granted: nothing for authenticated.
  await backend.db.query('revoke insert, update on public.templates from authenticated');
  try {
    await assert.rejects(
      pushTeam(team.member.db, team.member.rpc, { teamId: team.teamId, device: team.member.device }),
      setupIncomplete,
    );
    assert.equal((await pendingRows(team.member.db, team.teamId)).length, 1, 'the edit is still pending');
    assert.equal(await team.member.db.count('rejections'), 0, 'and not listed as refused');
    assert.equal(
      (await team.member.db.get('templates', templateId))?.title,
      'Welcome',
      'the local record is unchanged',
    );
    // Trying again while the project is still broken changes nothing either.
    await assert.rejects(
      pushTeam(team.member.db, team.member.rpc, { teamId: team.teamId, device: team.member.device }),
      setupIncomplete,
    );
    assert.equal((await pendingRows(team.member.db, team.teamId)).length, 1);
  } finally {
    await backend.db.query('grant insert, update on public.templates to authenticated');
  }

  await pushTeam(team.member.db, team.member.rpc, { teamId: team.teamId, device: team.member.device });
  assert.equal((await pendingRows(team.member.db, team.teamId)).length, 0, 'once fixed, the edit goes out');
  const { rows } = await backend.db.query('select title from public.templates where id = $1', [templateId]);
  assert.deepEqual(rows, [{ title: 'Welcome' }], 'and the server has it');
  assert.equal(await team.member.db.count('rejections'), 0);
});

test('without sync_push (migrations missing), the call itself is a setup refusal and the edit stays pending', async () => {
  const team = await newTeam(backend.standin, 'Missing function');
  const member = new Actor(team.member, 'member', team.teamId, mulberry32(4), () => []);
  await member.write('templates', crypto.randomUUID(), () => ({ title: 'Hours', bodies: { en: 'We open at noon' } }));
  await backend.db.query('revoke execute on function public.sync_push(uuid, uuid, jsonb) from authenticated');
  try {
    await assert.rejects(
      pushTeam(team.member.db, team.member.rpc, { teamId: team.teamId, device: team.member.device }),
      setupIncomplete,
    );
    assert.equal((await pendingRows(team.member.db, team.teamId)).length, 1);
  } finally {
    await backend.db.query('grant execute on function public.sync_push(uuid, uuid, jsonb) to authenticated');
  }
  await pushTeam(team.member.db, team.member.rpc, { teamId: team.teamId, device: team.member.device });
  assert.equal((await pendingRows(team.member.db, team.teamId)).length, 0);
});

test("a refusal by the team's rules (a member editing a client) is still listed and not kept pending", async () => {
  const team = await newTeam(backend.standin, 'Team rules');
  const member = new Actor(team.member, 'member', team.teamId, mulberry32(5), () => []);
  await member.write('clients', crypto.randomUUID(), () => ({ nameAr: 'عميل', nameEn: 'Client', color: '#0f766e' }));
  await pushTeam(team.member.db, team.member.rpc, { teamId: team.teamId, device: team.member.device });
  assert.equal((await pendingRows(team.member.db, team.teamId)).length, 0);
  const rejections = await team.member.db.getAll('rejections');
  assert.equal(rejections.length, 1);
  assert.equal(rejections[0]!.reason, 'forbidden');
});
