// Bringing local clients into a team: the user's explicit choice after sign-in (issue #8), never automatic.
import type { Database } from '../db/open';
import { noteChange } from '../db/outbox';
import type { RecordOf } from '../model';
import { syncedStores, type SyncedStore } from './mapping';

/**
 * Moves the chosen clients and everything about them (contracts, accounts, templates, entries, labels,
 * follower snapshots) into the team and queues them for upload in dependency order, in one transaction.
 * Clients already in a team are left alone. Returns how many records were queued.
 */
export async function shareClients(db: Database, teamId: string, clientIds: string[]): Promise<number> {
  const tx = db.transaction(['outbox', ...syncedStores], 'readwrite');
  const chosen = new Set<string>();
  for (const id of clientIds) {
    const client = await tx.objectStore('clients').get(id);
    if (client && client.teamId === null && client.deletedAt === null) chosen.add(id);
  }
  const accountIds = new Set<string>();
  let queued = 0;
  for (const store of syncedStores) {
    const records = tx.objectStore(store);
    let cursor = await records.openCursor();
    while (cursor) {
      const record = cursor.value as RecordOf<SyncedStore> & { clientId?: string | null; accountId?: string };
      const about = store === 'clients' ? record.id : store === 'snapshots' ? null : (record.clientId ?? null);
      const belongs =
        about !== null ? chosen.has(about) : store === 'snapshots' && accountIds.has(record.accountId ?? '');
      if (belongs && record.teamId === null && record.deletedAt === null) {
        if (store === 'accounts') accountIds.add(record.id);
        await cursor.update({ ...record, teamId } as never);
        await noteChange(tx, store, record.id, teamId);
        queued += 1;
      }
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return queued;
}

/** Local clients in no team, with how many records would go with each: what the sign-in choice lists. */
export async function localClients(
  db: Database,
): Promise<{ id: string; nameAr: string; nameEn: string; records: number }[]> {
  const clients = (await db.getAll('clients')).filter((client) => client.teamId === null && client.deletedAt === null);
  const counts = new Map(clients.map((client) => [client.id, 1]));
  for (const store of ['contracts', 'accounts', 'templates', 'entries', 'labels'] as const) {
    for (const record of await db.getAll(store)) {
      const clientId = (record as { clientId?: string | null }).clientId;
      if (clientId && counts.has(clientId) && record.deletedAt === null)
        counts.set(clientId, counts.get(clientId)! + 1);
    }
  }
  // Both names: the page shows the one in its UI language (clientDisplayName), as the Clients page does.
  return clients.map((client) => ({
    id: client.id,
    nameAr: client.nameAr,
    nameEn: client.nameEn,
    records: counts.get(client.id)!,
  }));
}
