// Which team a new record belongs to. A record follows the client it is about (a contract, an entry, a label,
// an account), a snapshot follows its account; what names no client (a new client, an all-client template)
// goes to the active team while the user is signed into one (a new client only for its admins and owners), and
// otherwise stays on this browser.
import type { Database } from '@/utils/db/open';
import type { StoreName } from '@/utils/model';
import { mayChange } from '@/utils/sync/permissions';
import { syncAccountItem } from '@/utils/storage-items';
import { currentWriter } from './account';

export async function teamForNewRecord(
  db: Database,
  store: StoreName,
  fields: Record<string, unknown>,
): Promise<string | null> {
  if (store === 'uses') return null;
  if (store === 'snapshots') {
    const account = typeof fields.accountId === 'string' ? await db.get('accounts', fields.accountId) : undefined;
    return account?.teamId ?? null;
  }
  if (typeof fields.clientId === 'string') return (await db.get('clients', fields.clientId))?.teamId ?? null;
  const activeTeamId = (await syncAccountItem.getValue())?.activeTeamId ?? null;
  // A plain member's new client stays theirs alone: the team's clients are its admins' to make.
  if (store === 'clients' && !mayChange('clients', { teamId: activeTeamId }, await currentWriter())) return null;
  return activeTeamId;
}
