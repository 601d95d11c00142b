import { recordSchemas, problemsFromZod, withoutSyncFields, type RecordOf, type StoreName } from '@/utils/model';
import { writeRecord } from '@/utils/db/outbox';
import { isSyncedStore, sameOnServer, sharedStores } from '@/utils/sync/mapping';
import { currentWriter, teamForNewRecord } from './sync';
import { mayChange } from '@/utils/sync/permissions';
import type { Result } from '@/utils/messages';
import { getRecord, putRecord, putRecordIfUnchanged } from '@/utils/db/records';
import type { Database } from '@/utils/db/open';
import { crossRecordProblems } from './rules';

/**
 * Creates or updates a record. The background stamps identity and times, so a view can never forge
 * `createdAt` or resurrect a tombstone by accident; the result is validated against the model before writing.
 */
export async function saveStoreRecord<S extends StoreName>(
  db: Database,
  store: S,
  draft: Record<string, unknown>,
  now = new Date(),
): Promise<Result<RecordOf<S>>> {
  const id = typeof draft.id === 'string' ? draft.id : crypto.randomUUID();
  const existing = await getRecord(db, store, id);
  const stamp = now.toISOString();
  // A form opened before a teammate's change came in must not write over it unseen: the user is told instead,
  // and the form keeps what they typed. Checked early (nothing else is worth checking then) and again where it
  // counts, in the transaction that writes.
  const baseRevision = typeof draft.baseRevision === 'number' ? draft.baseRevision : undefined;
  const changedByTeammate: Result<never> = { ok: false, problems: [{ code: 'changedByTeammate', path: '' }] };
  if (
    existing &&
    existing.teamId !== null &&
    sharedStores.has(store) &&
    baseRevision !== undefined &&
    baseRevision !== existing.revision
  ) {
    return changedByTeammate;
  }
  const fields = withoutSyncFields(draft);
  const candidate = {
    ...existing,
    ...fields,
    id,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
    deletedAt: existing?.deletedAt ?? null,
    teamId: existing ? existing.teamId : await teamForNewRecord(db, store, fields),
  };
  const parsed = recordSchemas[store].safeParse(candidate);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, [], candidate) };
  const record = parsed.data as RecordOf<S>;
  // What the team's server would refuse is refused here; a change it never sees (a usage count) is the user's.
  const seenByServer = isSyncedStore(store) && (!existing || !sameOnServer(store, existing as never, record as never));
  if (seenByServer && !mayChange(store, existing ?? record, await currentWriter()))
    return { ok: false, problems: [{ code: 'forbidden', path: '' }] };
  const problems = await crossRecordProblems(db, store, record, now.getTime());
  if (problems.length > 0) return { ok: false, problems };
  if (!(await putRecordIfUnchanged(db, store, record, baseRevision))) return changedByTeammate;
  return { ok: true, value: record };
}

/** Deletes leave a tombstone (deletedAt) so the deletion can reach other devices once sync exists. */
export async function deleteStoreRecord(
  db: Database,
  store: StoreName,
  id: string,
  now = new Date(),
): Promise<Result<null>> {
  const existing = await getRecord(db, store, id);
  if (!existing) return { ok: false, problems: [{ code: 'notFound', path: 'id' }] };
  if (!mayChange(store, existing, await currentWriter()))
    return { ok: false, problems: [{ code: 'forbidden', path: '' }] };
  if (existing.deletedAt === null) {
    const stamp = now.toISOString();
    await putRecord(db, store, { ...existing, deletedAt: stamp, updatedAt: stamp });
  }
  return { ok: true, value: null };
}

/**
 * Creates many records at once, all or nothing: every draft is validated first (problems are prefixed with
 * its position, e.g. `[3].title`), then all are written in one transaction.
 */
export async function saveManyRecords<S extends StoreName>(
  db: Database,
  store: S,
  drafts: Record<string, unknown>[],
  now = new Date(),
): Promise<Result<{ count: number }>> {
  const stamp = now.toISOString();
  const records: RecordOf<S>[] = [];
  const problems = [];
  for (const [index, draft] of drafts.entries()) {
    const teamId = await teamForNewRecord(db, store, draft);
    const candidate = {
      ...draft,
      id: crypto.randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      teamId,
    };
    const parsed = recordSchemas[store].safeParse(candidate);
    if (!parsed.success) problems.push(...problemsFromZod(parsed.error, [index], candidate));
    else {
      const crossProblems = await crossRecordProblems(db, store, parsed.data as RecordOf<S>, now.getTime());
      problems.push(...crossProblems.map((problem) => ({ ...problem, path: `[${index}].${problem.path}` })));
      records.push(parsed.data as RecordOf<S>);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const tx = db.transaction([store, 'outbox'], 'readwrite');
  for (const record of records) await writeRecord(tx, store, record as never);
  await tx.done;
  return { ok: true, value: { count: records.length } };
}
