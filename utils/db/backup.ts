import type { BackupData } from '../backup/format';
import { storeNames } from '../model';
import type { TimerState } from '../time/timer';
import type { Database } from './open';

/** This browser's user's running entry in restored data (checkBackup allows at most one), as the timer. */
function runningTimer(data: BackupData): TimerState {
  const entry = data.entries.find((e) => e.end === null && e.deletedAt === null && e.userId === null);
  return entry
    ? { entryId: entry.id, clientId: entry.clientId, startedAt: entry.start, platform: entry.platform }
    : null;
}

/** Every record, tombstones included, so a restored store syncs the same way the original would. */
export async function readAllRecords(db: Database): Promise<BackupData> {
  const tx = db.transaction(storeNames, 'readonly');
  const entries = await Promise.all(
    storeNames.map(async (store) => [store, await tx.objectStore(store).getAll()] as const),
  );
  await tx.done;
  return Object.fromEntries(entries) as BackupData;
}

/**
 * Replaces the whole local store with `data` in ONE transaction: if any write fails the browser rolls back
 * every store, so a restore is all or nothing. The timer follows the restored running entry (if any) in the
 * same transaction, so Stop stops it; the idle question belonged to the replaced timer and is dropped.
 */
export async function replaceAllRecords(db: Database, data: BackupData): Promise<void> {
  const tx = db.transaction([...storeNames, 'meta'], 'readwrite');
  try {
    // Each request's own failure also fails `tx.done`; the request promises are only silenced here so an
    // aborted batch does not surface as thousands of unhandled rejections.
    const queue = (request: Promise<unknown>) => void request.catch(() => undefined);
    for (const store of storeNames) {
      const objectStore = tx.objectStore(store);
      queue(objectStore.clear());
      // `add` can throw synchronously (a record without a key): that must abort too, or the requests
      // already queued would commit when the transaction auto-commits.
      for (const record of data[store]) queue(objectStore.add(record as never));
    }
    const meta = tx.objectStore('meta');
    queue(meta.put({ key: 'timer', timer: runningTimer(data) }));
    queue(meta.put({ key: 'idle', idle: null }));
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
