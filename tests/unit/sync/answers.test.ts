// Every server answer is parsed before use (issue #18 item 6): a malformed one is a SyncError the views word
// ("unexpectedAnswer"), not a crash and not a half-applied change.
import { describe, expect, it } from 'vitest';
import { myTeamsAnswer, parseAnswer, redeemInviteAnswer, rosterAnswer } from '@/utils/sync/answers';
import { openDatabase } from '@/utils/db/open';
import { pullTeam, pushTeam, SyncError, teamCursor } from '@/utils/sync/engine';
import ar from '@/utils/i18n/locales/ar.overlay.json';
import en from '@/utils/i18n/locales/en.overlay.json';

const unexpected = (error: unknown) => error instanceof SyncError && error.code === 'unexpectedAnswer';

describe('answers outside push and pull', () => {
  it('a well-formed answer passes as it is', () => {
    const teams = [{ team_id: 't1', name: 'Alpha', time_zone: 'Asia/Riyadh', working_days: [0, 1], role: 'owner' }];
    expect(parseAnswer('my_teams', myTeamsAnswer, teams)).toEqual([
      { team_id: 't1', name: 'Alpha', time_zone: 'Asia/Riyadh', role: 'owner' },
    ]);
  });

  it.each([
    ['my_teams', myTeamsAnswer, null],
    ['my_teams', myTeamsAnswer, [{ team_id: 't1', name: 'Alpha', time_zone: 'Asia/Riyadh', role: 'boss' }]],
    ['team_roster', rosterAnswer, { message: 'Bad gateway' }],
    ['redeem_invite', redeemInviteAnswer, '<html>proxy error</html>'],
  ] as const)('%s answering something else is an unexpectedAnswer SyncError naming the call', (fn, schema, value) => {
    expect(() => parseAnswer(fn, schema as never, value)).toThrowError(
      expect.objectContaining({ code: 'unexpectedAnswer', message: expect.stringContaining(fn) }),
    );
  });

  it('the views have words for it in both languages', () => {
    expect(en['errors.unexpectedAnswer']).toBeTruthy();
    expect(ar['errors.unexpectedAnswer']).toBeTruthy();
  });
});

describe('push and pull answers', () => {
  it('a malformed pull page changes nothing locally and is an unexpectedAnswer', async () => {
    const db = await openDatabase(`answers-${crypto.randomUUID()}`);
    const rpc = async () => ({ changes: 'not a list', next_since: 5, has_more: false, revision: 5, reset: false });
    await expect(pullTeam(db, rpc, { teamId: 't1' })).rejects.toSatisfy(unexpected);
    expect(await teamCursor(db, 't1')).toBe(0);
  });

  it('a malformed push answer is an unexpectedAnswer (the outbox is kept for the next try)', async () => {
    const db = await openDatabase(`answers-${crypto.randomUUID()}`);
    await db.put('outbox', {
      key: 'templates:x1',
      store: 'templates',
      recordId: 'x1',
      teamId: 't1',
      seq: 1,
      changeSeq: 1,
      sent: null,
    } as never);
    await db.put('templates', {
      id: 'x1',
      teamId: 't1',
      title: 'T',
      bodies: { en: 'Hi' },
      clientId: null,
      platforms: [],
      tags: [],
      usageCount: 0,
      revision: 0,
      deletedAt: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as never);
    await expect(pushTeam(db, async () => ({ results: 'oops' }), { teamId: 't1', device: 'd1' })).rejects.toSatisfy(
      unexpected,
    );
    expect(await db.count('outbox')).toBe(1);
  });
});
