// What the signed-in user may change in a team's records: the server's row-level security (supabase/README.md,
// "Who may write") said once more, so the views can hide what would be refused and the background refuses it
// before it reaches the outbox. Pure: the background and the views pass what they know.
import type { StoreName } from '../model';
import type { TeamRole } from './status';

export interface Writer {
  /** The signed-in user's id; null when nobody is signed in. */
  me: string | null;
  /** The user's role in each of their teams. */
  roles: ReadonlyMap<string, TeamRole>;
}

export function mayChange(
  store: StoreName,
  record: { teamId?: string | null; createdBy?: string | null; userId?: string | null },
  writer: Writer,
): boolean {
  const teamId = record.teamId ?? null;
  if (teamId === null || writer.me === null) return true;
  // Time is personal: only its owner records or changes it, admins included.
  if (store === 'entries') return (record.userId ?? null) === null || record.userId === writer.me;
  const role = writer.roles.get(teamId);
  if (role === undefined || role !== 'member') return true;
  // The team's terms are its admins'; the rest a plain member changes only when they made it.
  if (store === 'clients' || store === 'contracts') return false;
  const createdBy = record.createdBy ?? null;
  return createdBy === null || createdBy === writer.me;
}
