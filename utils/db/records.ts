import type { RecordOf, StoreName } from '../model';
import type { Database } from './open';
import { writeRecord } from './outbox';
import { sharedStores } from '../sync/mapping';

export async function listRecords<S extends StoreName>(
  db: Database,
  store: S,
  includeDeleted = false,
): Promise<RecordOf<S>[]> {
  const all = (await db.getAll(store)) as RecordOf<S>[];
  return includeDeleted ? all : all.filter((record) => record.deletedAt === null);
}

export async function getRecord<S extends StoreName>(
  db: Database,
  store: S,
  id: string,
): Promise<RecordOf<S> | undefined> {
  return (await db.get(store, id)) as RecordOf<S> | undefined;
}

/** Writes a record a user changed; a team's record is noted in the outbox in the same transaction. */
export async function putRecord<S extends StoreName>(db: Database, store: S, record: RecordOf<S>): Promise<void> {
  await putRecordIfUnchanged(db, store, record, undefined);
}

/**
 * Writes a record the user edited from a form opened at `baseRevision`. Reading the stored revision, comparing
 * it and writing happen in ONE readwrite transaction: IndexedDB runs no other writer on the store in between,
 * so a pull can land before the save (it is then refused) or after it (the pull skips a record waiting in the
 * outbox and the push meets the teammate's change as a conflict), never between the check and the write.
 * Returns false, writing nothing, when a shared record's revision is no longer the one the form was opened at.
 */
export async function putRecordIfUnchanged<S extends StoreName>(
  db: Database,
  store: S,
  record: RecordOf<S>,
  baseRevision: number | undefined,
): Promise<boolean> {
  const tx = db.transaction([store, 'outbox'], 'readwrite');
  const stored = (await tx.objectStore(store).get(record.id)) as RecordOf<S> | undefined;
  if (
    stored &&
    stored.teamId !== null &&
    sharedStores.has(store as never) &&
    baseRevision !== undefined &&
    baseRevision !== stored.revision
  ) {
    await tx.done;
    return false;
  }
  // The record may have been read in an earlier transaction; a push may have settled since and stored a newer
  // revision of this same content. Take the stored copy's revision, or the next push would claim an older base
  // and conflict with itself.
  const next = stored ? { ...record, revision: stored.revision } : record;
  await writeRecord(tx, store, next as never, stored as never);
  await tx.done;
  return true;
}

/** Time entries that may overlap [from, to): started before `to` and not ended before `from`. */
export async function entriesOverlapping(db: Database, fromIso: string, toIso: string): Promise<RecordOf<'entries'>[]> {
  // An entry lasts at most 24 hours (manual rule) but a running or long timer entry may be older: take
  // everything that started before `to` within a day's margin, plus running entries, and filter precisely.
  const margin = new Date(Date.parse(fromIso) - 24 * 3600_000).toISOString();
  const candidates = await db.getAllFromIndex('entries', 'by-start', IDBKeyRange.bound(margin, toIso, false, true));
  return candidates.filter((e) => e.deletedAt === null && (e.end === null || e.end > fromIso));
}
