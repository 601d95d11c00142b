/**
 * Whose time a report row is (issue #6). Time entries carry `userId`: null for what this browser's user tracked
 * before it synced, the user's own id once it came back from the server, a teammate's id for their time. The
 * roster is the background's cached `teamMembers` answer; pure here so reports, views and the CSV agree.
 */
import type { SignedInUser, TeamMember } from '../sync/status';

export interface MemberDirectory {
  /** The signed-in user; null when not signed in (every entry is then the user's own). */
  me: SignedInUser | null;
  members: readonly TeamMember[];
  /** The `agentName` setting: the name the user's own time goes by ('' when unset). */
  ownName: string;
}

export type MemberIdentity =
  | { kind: 'own'; name: string; email: string }
  | { kind: 'teammate'; userId: string; name: string; email: string }
  /** Not in the roster (left or removed from the team): named by a short id so their time is never hidden. */
  | { kind: 'former'; userId: string };

/** The key a report groups by: the user's own time is `null` whether or not it has synced yet. */
export function memberKey(userId: string | null, myUserId: string | null): string | null {
  return userId === myUserId ? null : userId;
}

export function identifyMember(userId: string | null, directory: MemberDirectory): MemberIdentity {
  const { me } = directory;
  if (userId === null || userId === me?.id)
    return { kind: 'own', name: directory.ownName.trim(), email: me?.email ?? '' };
  const member = directory.members.find((m) => m.userId === userId);
  return member
    ? { kind: 'teammate', userId, name: member.displayName.trim(), email: member.email }
    : { kind: 'former', userId };
}

/** The first block of a user id: enough to tell former members apart on a report. */
export const shortUserId = (userId: string) => userId.split('-')[0]!.slice(0, 8);

export interface MemberWords {
  /** The user's own time when neither a name nor an account names it. */
  you: string;
  formerMember: (shortId: string) => string;
}

/** Own time: the agent name, else the account's email, else "You"; a teammate: display name, else email. */
export function memberLabel(identity: MemberIdentity, words: MemberWords): string {
  switch (identity.kind) {
    case 'own':
      return identity.name || identity.email || words.you;
    case 'teammate':
      return identity.name || identity.email || shortUserId(identity.userId);
    case 'former':
      return words.formerMember(shortUserId(identity.userId));
  }
}
