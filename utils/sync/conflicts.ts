// The user's answer to a conflict on a shared record. Nothing is resolved silently: until this runs, the local
// copy stays as the user left it and the server's version waits beside it.
import type { Database } from '../db/open';
import { writeRecord } from '../db/outbox';
import { problemsFromZod, recordSchemas, withoutSyncFields, type Problem, type RecordOf } from '../model';
import type { SyncConflict } from './status';

export type ConflictChoice = 'mine' | 'theirs' | 'edit';

/**
 * `theirs` takes the server's version; `mine` re-sends the local one over it; `edit` saves the user's merged
 * fields. Mine and edit are based on the server's revision, so the next push applies unless someone changed
 * the record yet again (then it is a new conflict, never a lost edit).
 */
export async function resolveConflict(
  db: Database,
  key: string,
  choice: ConflictChoice,
  edited: Record<string, unknown> | undefined,
  now = new Date(),
): Promise<Problem[]> {
  const tx = db.transaction(['conflicts', 'outbox', 'clients', 'contracts', 'templates'], 'readwrite');
  const conflict = (await tx.objectStore('conflicts').get(key)) as SyncConflict | undefined;
  if (!conflict) {
    await tx.done;
    return [{ code: 'notFound', path: 'key' }];
  }
  const theirs = conflict.theirs as RecordOf<typeof conflict.store>;
  const current = (await tx.objectStore(conflict.store).get(conflict.recordId)) as
    RecordOf<typeof conflict.store> | undefined;
  let next: RecordOf<typeof conflict.store> = theirs;
  if (choice !== 'theirs') {
    const base = current ?? (conflict.mine as RecordOf<typeof conflict.store> | null) ?? theirs;
    const fields = choice === 'edit' ? withoutSyncFields(edited ?? {}) : {};
    const parsed = recordSchemas[conflict.store].safeParse({
      ...base,
      ...fields,
      id: conflict.recordId,
      teamId: theirs.teamId,
      revision: theirs.revision,
      updatedAt: now.toISOString(),
    });
    if (!parsed.success) {
      tx.done.catch(() => undefined);
      tx.abort();
      return problemsFromZod(parsed.error);
    }
    next = parsed.data as typeof next;
  }
  await tx.objectStore('conflicts').delete(key);
  if (choice === 'theirs') await tx.objectStore(conflict.store).put(theirs as never);
  else await writeRecord(tx, conflict.store, next as never);
  await tx.done;
  return [];
}
