import type { RecordOf, StoreName } from '../model';
import type { Database } from './open';
import { writeRecord } from './outbox';

export async function listRecords<S extends StoreName>(db: Database, store: S, includeDeleted = false): Promise<RecordOf<S>[]> {
  const all = (await db.getAll(store)) as RecordOf<S>[];
  return includeDeleted ? all : all.filter((record) => record.deletedAt === null);
}

export async function getRecord<S extends StoreName>(db: Database, store: S, id: string): Promise<RecordOf<S> | undefined> {
  return (await db.get(store, id)) as RecordOf<S> | undefined;
}

/** Writes a record a user changed; a team's record is noted in the outbox in the same transaction. */
export async function putRecord<S extends StoreName>(db: Database, store: S, record: RecordOf<S>): Promise<void> {
  const tx = db.transaction([store, 'outbox'], 'readwrite');
  // The record was read in an earlier transaction; a push may have settled since and stored a newer revision.
  // Take the stored copy's revision, or the next push would claim an older base and conflict with itself.
  const stored = (await tx.objectStore(store).get(record.id)) as RecordOf<S> | undefined;
  const next = stored ? { ...record, revision: stored.revision } : record;
  await writeRecord(tx, store, next as never, stored as never);
  await tx.done;
}

/** Time entries that may overlap [from, to): started before `to` and not ended before `from`. */
export async function entriesOverlapping(db: Database, fromIso: string, toIso: string): Promise<RecordOf<'entries'>[]> {
  // An entry lasts at most 24 hours (manual rule) but a running or long timer entry may be older: take
  // everything that started before `to` within a day's margin, plus running entries, and filter precisely.
  const margin = new Date(Date.parse(fromIso) - 24 * 3600_000).toISOString();
  const candidates = await db.getAllFromIndex('entries', 'by-start', IDBKeyRange.bound(margin, toIso, false, true));
  return candidates.filter((e) => e.deletedAt === null && (e.end === null || e.end > fromIso));
}
