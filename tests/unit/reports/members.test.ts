import { describe, expect, it } from 'vitest';
import {
  identifyMember,
  memberKey,
  memberLabel,
  shortUserId,
  type MemberDirectory,
} from '../../../utils/reports/members';
import type { TeamMember } from '../../../utils/sync/status';

const meId = '11111111-aaaa-4000-8000-000000000001';
const karimId = '22222222-bbbb-4000-8000-000000000002';
const goneId = '33333333-cccc-4000-8000-000000000003';
const member = (userId: string, displayName: string, email: string): TeamMember => ({
  userId,
  displayName,
  email,
  role: 'member',
  joinedAt: '2026-09-01T00:00:00.000Z',
});
const directory = (
  ownName: string,
  me: MemberDirectory['me'] = { id: meId, email: 'mona@example.com' },
): MemberDirectory => ({
  me,
  members: [
    member(meId, 'Mona A.', 'mona@example.com'),
    member(karimId, 'Karim', 'karim@example.com'),
    member('44444444-dddd-4000-8000-000000000004', '', 'lina@example.com'),
  ],
  ownName,
});
const words = { you: 'You', formerMember: (id: string) => `Former member (${id})` };
const label = (userId: string | null, dir: MemberDirectory) => memberLabel(identifyMember(userId, dir), words);

describe('naming whose time an entry is', () => {
  it("the user's own time, synced or not, goes by the agent name from Settings", () => {
    expect(label(null, directory('Mona'))).toBe('Mona');
    expect(label(meId, directory('Mona'))).toBe('Mona');
  });

  it('without an agent name: the account\'s email, and "You" when not signed in', () => {
    expect(label(null, directory('  '))).toBe('mona@example.com');
    expect(label(null, directory('', null))).toBe('You');
  });

  it('a teammate goes by their display name, else their email', () => {
    expect(label(karimId, directory('Mona'))).toBe('Karim');
    expect(label('44444444-dddd-4000-8000-000000000004', directory('Mona'))).toBe('lina@example.com');
  });

  it('someone not on the roster is a former member with a short id, so their time is still accounted for', () => {
    expect(shortUserId(goneId)).toBe('33333333');
    expect(label(goneId, directory('Mona'))).toBe('Former member (33333333)');
    expect(identifyMember(goneId, directory('Mona'))).toEqual({ kind: 'former', userId: goneId });
  });

  it("groups the user's synced entries with the unsynced ones", () => {
    expect(memberKey(meId, meId)).toBeNull();
    expect(memberKey(null, meId)).toBeNull();
    expect(memberKey(karimId, meId)).toBe(karimId);
    expect(memberKey(karimId, null)).toBe(karimId);
  });
});
