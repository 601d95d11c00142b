// Who is signed in, as the rest of the background asks it (the account itself is a stored value:
// utils/stored-values.ts).
import type { Writer } from '@/utils/sync/permissions';
import { syncAccountItem } from '@/utils/storage-items';

/** The signed-in user's id, or null: entries with another user id are a teammate's. */
export async function currentUserId(): Promise<string | null> {
  return (await syncAccountItem.getValue())?.user.id ?? null;
}

/** The signed-in user and their roles, as mayChange (utils/sync/permissions.ts) takes them. */
export async function currentWriter(): Promise<Writer> {
  const account = await syncAccountItem.getValue();
  return { me: account?.user.id ?? null, roles: new Map(account?.teams.map((team) => [team.teamId, team.role]) ?? []) };
}
