// The outbox: which local records changed since the server last saw them. One row per record (not per edit):
// a push sends the record as it is then, and a record edited while its push is in flight is sent again with a
// new mutation id once the first one's result is known. Rows are written in the same transaction as the record,
// so a worker killed between the two can never lose an edit (issue #8).
import type { IDBPTransaction, StoreNames } from 'idb';
import type { RecordOf } from '../model';
import { isSyncedStore, sameOnServer, type SyncedStore } from '../sync/mapping';
import type { WaslaDB } from './schema';

/** A mutation as sync_push takes it (supabase/README.md). */
export interface PushMutation {
  id: string;
  table: string;
  op: 'upsert' | 'delete';
  base_revision: number | null;
  row: Record<string, unknown>;
}

export interface OutboxRow {
  key: string;
  store: SyncedStore;
  recordId: string;
  teamId: string;
  /** Push order: when the record first changed since its last push (a client goes before its contract). */
  seq: number;
  /** Bumped by every local edit; compared with `sent.changeSeq` once the server answers. */
  changeSeq: number;
  /** The mutation in flight: resent unchanged (same id) until the server answers, so a retry is never applied twice. */
  sent: { changeSeq: number; mutation: PushMutation } | null;
}

export const outboxKey = (store: string, id: string) => `${store}:${id}`;

let lastSeq = 0;
/** Increasing within a worker and across restarts (it starts from the clock). */
export function nextSeq(): number {
  lastSeq = Math.max(Date.now(), lastSeq + 1);
  return lastSeq;
}

/** Any readwrite transaction over the record's store and `outbox` (idb types each store list separately). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- idb types each list of stores separately; any list with the outbox will do
export type WriteTx = IDBPTransaction<WaslaDB, any, 'readwrite'>;

/**
 * Writes a record and, when it belongs to a team and what the server stores changed, notes it in the outbox.
 * The transaction must include the record's store and `outbox`.
 */
export async function writeRecord<S extends StoreNames<WaslaDB>>(
  tx: WriteTx,
  store: S & string,
  record: WaslaDB[S]['value'],
  before?: WaslaDB[S]['value'],
): Promise<void> {
  await tx.objectStore(store).put(record as never);
  if (!isSyncedStore(store as never)) return;
  const synced = record as RecordOf<SyncedStore>;
  if (synced.teamId === null) return;
  if (before && sameOnServer(store as SyncedStore, before as never, synced)) return;
  await noteChange(tx, store as SyncedStore, synced.id, synced.teamId);
}

export async function noteChange(tx: WriteTx, store: SyncedStore, recordId: string, teamId: string): Promise<void> {
  const outbox = tx.objectStore('outbox');
  const key = outboxKey(store, recordId);
  const existing = await outbox.get(key);
  await outbox.put({
    key,
    store,
    recordId,
    teamId,
    seq: existing?.seq ?? nextSeq(),
    changeSeq: (existing?.changeSeq ?? 0) + 1,
    sent: existing?.sent ?? null,
  });
}
