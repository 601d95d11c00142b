// A member removed from a team (by an admin, while this browser was offline or between syncs) may hold edits that
// never reached the team. They are not thrown away with the team's data: they are set aside with the team's name,
// the user is told, and chooses to keep them as local records (off the team, on this computer), export them, or
// discard them (issue #19 item 7).
import type { Database } from '../db/open';
import type { RecordOf } from '../model';
import { syncedStores, type SyncedStore } from './mapping';
import { removeTeamData } from './engine';

export interface UnsentRecord {
  store: SyncedStore;
  record: Record<string, unknown>;
  /** True for the edits that had not reached the team; false for a client kept only because one of them is its. */
  unsent: boolean;
}

export interface RemovedWork {
  teamId: string;
  teamName: string;
  at: string;
  records: UnsentRecord[];
}

/**
 * Removes a team this user no longer belongs to from this browser, and returns what had not reached it: the
 * records with an edit still in the outbox or an open conflict, plus the clients they belong to (so a kept time
 * entry still has its client). Empty when everything had been sent.
 */
export async function setAsideUnsent(db: Database, teamId: string): Promise<UnsentRecord[]> {
  const tx = db.transaction(['outbox', 'conflicts', ...syncedStores], 'readonly');
  const keys = new Set<string>();
  for (const row of await tx.objectStore('outbox').getAll())
    if (row.teamId === teamId) keys.add(`${row.store}:${row.recordId}`);
  for (const conflict of await tx.objectStore('conflicts').getAll()) {
    if ((conflict.theirs as { teamId?: string }).teamId === teamId) keys.add(`${conflict.store}:${conflict.recordId}`);
  }
  const kept: UnsentRecord[] = [];
  const clientIds = new Set<string>();
  for (const key of keys) {
    const [store, id] = key.split(':') as [SyncedStore, string];
    const record = (await tx.objectStore(store).get(id)) as RecordOf<SyncedStore> | undefined;
    if (!record || record.deletedAt !== null) continue; // a delete that never went out leaves nothing to keep
    kept.push({ store, record: record as unknown as Record<string, unknown>, unsent: true });
    const clientId = (record as { clientId?: string | null }).clientId;
    if (clientId) clientIds.add(clientId);
  }
  for (const id of clientIds) {
    if (keys.has(`clients:${id}`)) continue;
    const client = await tx.objectStore('clients').get(id);
    if (client) kept.push({ store: 'clients', record: client as unknown as Record<string, unknown>, unsent: false });
  }
  await tx.done;
  await removeTeamData(db, teamId, { keepPending: false });
  return kept;
}

/** Writes the set-aside records back as local records: no team, never synced, the user's own from now on. */
export async function keepAsLocal(db: Database, work: RemovedWork): Promise<number> {
  const tx = db.transaction([...syncedStores], 'readwrite');
  // Clients first, so nothing kept points at a client that is not there.
  const ordered = [...work.records].sort((a, b) => Number(b.store === 'clients') - Number(a.store === 'clients'));
  for (const { store, record } of ordered) {
    await tx.objectStore(store).put({ ...record, teamId: null, revision: 0 } as never);
  }
  await tx.done;
  return work.records.length;
}
