// Push and pull for one team, over any transport that can call the backend's RPC functions (the background
// passes supabase-js; tests and benches pass the same over the HTTP stand-in). Everything it learns is written
// to IndexedDB in one transaction per step, so a worker stopped at any point resumes without loss or repeat:
// an unanswered push is resent with the same mutation ids (the server answers those from its records), and the
// pull cursor moves only with the page it describes.
import { z } from 'zod';
import type { Database } from '../db/open';
import type { MetaValue } from '../db/schema';
import { outboxKey, type OutboxRow, type PushMutation } from '../db/outbox';
import type { RecordOf } from '../model';
import { fromRow, sharedStores, storeOf, syncedStores, tableOf, toRow, type SyncedStore } from './mapping';
import type { SyncConflict } from './status';

export type Rpc = (fn: string, args: Record<string, unknown>) => Promise<unknown>;

/** Why a call failed: `network` and `transient` are retried with backoff; the others need the user. */
export class SyncError extends Error {
  constructor(
    readonly kind: 'network' | 'transient' | 'auth' | 'forbidden' | 'refused',
    readonly code: string,
    message: string,
    readonly hint = '',
  ) {
    super(message);
  }
}

/**
 * A refusal that is not the team's rules but the project's setup: its database lacks Wasla's migrations or their
 * grants. PostgreSQL words a missing privilege "permission denied for table|function|schema …" (aclchk.c), while
 * a row the team's rules refuse is "new row violates row-level security policy …" and our functions' own checks
 * say who may do what; PostgREST answers an unknown function PGRST202 and a table missing from its schema cache
 * PGRST205 (github PostgREST/postgrest @ 4834678902681402a56c490f29947826e7ed5308, src/library/PostgREST/Error.hs);
 * 42883/42P01/42703 are a function, table or column the SQL did not find. The user cannot fix any of these by
 * editing, so nothing they wrote may be dropped for them: the edit stays pending until the project is fixed.
 */
export function isSetupRefusal(error: { code?: string | null; message?: string | null }): boolean {
  const code = error.code ?? '';
  if (['PGRST202', 'PGRST205', '42883', '42P01', '42703'].includes(code)) return true;
  return code === '42501' && /^permission denied for /.test(error.message ?? '');
}

/** What an HTTP failure means for the sync loop: retry later (network, 5xx), or tell the user. */
export function classify(status: number, error: { code?: string; message?: string; hint?: string | null }): SyncError {
  const code = error.code ?? '';
  const message = error.message ?? '';
  if (status === 0 || (/fetch|network|Failed to/i.test(message) && !code))
    return new SyncError('network', 'network', message);
  if (status >= 500 || status === 408 || status === 429)
    return new SyncError('transient', 'serverError', message || `HTTP ${status}`);
  if (isSetupRefusal(error)) return new SyncError('refused', 'setupIncomplete', message, error.hint ?? '');
  if (status === 401 && code !== '42501') return new SyncError('auth', 'notSignedIn', message);
  if (code === '42501') return new SyncError('forbidden', 'forbidden', message, error.hint ?? '');
  return new SyncError('refused', code || 'serverError', message, error.hint ?? '');
}

/** Rejections a mutation gets from the project's setup, not from the team's rules (see isSetupRefusal): an
 * unknown table or column means the database is older than the extension; `error` is a failure sync_push could
 * not name. */
function isSetupRejection(result: { reason?: string; code?: string; message?: string }): boolean {
  return ['unknown_table', 'unknown_column', 'error'].includes(result.reason ?? '') || isSetupRefusal(result);
}

const serverRow = z.record(z.string(), z.unknown());
const pushResponse = z.object({
  results: z.array(
    z.object({
      status: z.enum(['applied', 'conflict', 'rejected']),
      revision: z.number().optional(),
      reason: z.string().optional(),
      message: z.string().optional(),
      code: z.string().optional(),
      server_row: serverRow.nullish(),
      duplicate: z.boolean().optional(),
    }),
  ),
  revision: z.number(),
});
const pullResponse = z.object({
  changes: z.array(z.object({ table: z.string(), revision: z.number(), row: serverRow })),
  next_since: z.number(),
  has_more: z.boolean(),
  revision: z.number(),
  reset: z.boolean(),
});

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SyncError('refused', 'unexpectedAnswer', `unexpected answer: ${parsed.error.message}`);
  return parsed.data;
}

const recordStores = [...syncedStores];
const cursorKey = (teamId: string) => `cursor:${teamId}` as const;
const sinceOf = (row: MetaValue | undefined) => (row && 'since' in row ? row.since : 0);

export function mutationFor(store: SyncedStore, record: RecordOf<SyncedStore>): PushMutation {
  const deleted = record.deletedAt !== null;
  return {
    id: crypto.randomUUID(),
    table: tableOf[store],
    op: deleted ? 'delete' : 'upsert',
    base_revision: sharedStores.has(store) && record.revision > 0 ? record.revision : null,
    row: deleted ? { id: record.id } : toRow(store, record),
  };
}

export async function pendingRows(db: Database, teamId?: string): Promise<OutboxRow[]> {
  const rows = await db.getAllFromIndex('outbox', 'by-seq');
  return teamId ? rows.filter((row) => row.teamId === teamId) : rows;
}

/** Gives every row of the batch its mutation (kept while in flight), in one transaction; returns what to send. */
async function prepareBatch(db: Database, rows: OutboxRow[]): Promise<OutboxRow[]> {
  const tx = db.transaction(['outbox', ...recordStores], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const ready: OutboxRow[] = [];
  for (const row of rows) {
    if (row.sent) {
      ready.push(row);
      continue;
    }
    const record = (await tx.objectStore(row.store).get(row.recordId)) as RecordOf<SyncedStore> | undefined;
    if (!record || record.teamId !== row.teamId) {
      await outbox.delete(row.key);
      continue;
    }
    const prepared = { ...row, sent: { changeSeq: row.changeSeq, mutation: mutationFor(row.store, record) } };
    await outbox.put(prepared);
    ready.push(prepared);
  }
  await tx.done;
  return ready;
}

type PushResult = z.infer<typeof pushResponse>['results'][number];

/** Settles what the server answered; returns the first refusal that was the project's setup, not the team's rules. */
async function applyResults(
  db: Database,
  sent: OutboxRow[],
  results: PushResult[],
  nowIso: string,
): Promise<PushResult | null> {
  const tx = db.transaction(['meta', 'outbox', 'conflicts', 'rejections', ...recordStores], 'readwrite');
  const outbox = tx.objectStore('outbox');
  let rewindTo: number | null = null;
  let setupRefusal: PushResult | null = null;
  for (const [index, row] of sent.entries()) {
    const result = results[index];
    if (!result || !row.sent) continue;
    if (result.status === 'rejected' && isSetupRejection(result)) {
      // Kept, and sent again later under a new mutation id (the server recorded this id's refusal).
      setupRefusal ??= result;
      const current = await outbox.get(row.key);
      if (current) await outbox.put({ ...current, sent: null });
      continue;
    }
    const records = tx.objectStore(row.store);
    const current = await outbox.get(row.key);
    const record = (await records.get(row.recordId)) as RecordOf<SyncedStore> | undefined;
    const finish = () =>
      current && current.changeSeq !== row.sent!.changeSeq
        ? outbox.put({ ...current, sent: null })
        : outbox.delete(row.key);
    // A delete of a row the server never had (made and deleted offline) has nothing left to do.
    const settled =
      result.status === 'applied' ||
      (result.status === 'rejected' && result.reason === 'not_found' && row.sent.mutation.op === 'delete');
    if (settled) {
      if (record && result.revision !== undefined) await records.put({ ...record, revision: result.revision } as never);
      await finish();
    } else if (result.status === 'conflict') {
      const theirs = result.server_row ? fromRow(row.store, result.server_row, record as never) : null;
      if (result.reason === 'deleted' || !theirs) {
        if (theirs) await records.put(theirs as never);
      } else {
        const conflict: SyncConflict = {
          key: row.key,
          store: row.store as SyncConflict['store'],
          recordId: row.recordId,
          mine: (record as Record<string, unknown> | undefined) ?? null,
          theirs: theirs as Record<string, unknown>,
          at: nowIso,
        };
        await tx.objectStore('conflicts').put(conflict);
      }
      await outbox.delete(row.key);
    } else {
      await tx.objectStore('rejections').put({
        key: row.sent.mutation.id,
        store: row.store,
        recordId: row.recordId,
        reason: result.reason ?? 'error',
        message: result.message ?? '',
        at: nowIso,
      });
      // An edit made while the refused one was in flight is the user's newest word: it is sent next.
      await finish();
      // The local copy now differs from the server's: pull again from just before the revision it came from,
      // so the next pull brings the server's version back (a refused edit is listed, never kept as if shared).
      if (record && record.revision > 0) rewindTo = Math.min(rewindTo ?? Infinity, record.revision - 1);
    }
  }
  if (rewindTo !== null) {
    const teamId = sent[0]!.teamId;
    const since = sinceOf(await tx.objectStore('meta').get(cursorKey(teamId)));
    if (rewindTo < since) await tx.objectStore('meta').put({ key: cursorKey(teamId), since: rewindTo });
  }
  await tx.done;
  return setupRefusal;
}

/** Pushes the team's outbox in batches until it is empty (or only holds what changed during the push). */
export async function pushTeam(
  db: Database,
  rpc: Rpc,
  options: { teamId: string; device: string; batchSize?: number; onBatch?: (sent: number) => void },
): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let pushed = 0;
  // Each round settles every row it sends; rows edited meanwhile come back once with a new id. The bound only
  // guards against a user typing faster than the network for ever.
  for (let round = 0; round < 1000; round++) {
    const rows = (await pendingRows(db, options.teamId)).slice(0, batchSize);
    if (rows.length === 0) break;
    const batch = await prepareBatch(db, rows);
    if (batch.length === 0) continue;
    const answer = parse(
      pushResponse,
      await rpc('sync_push', {
        team: options.teamId,
        device: options.device,
        mutations: batch.map((row) => row.sent!.mutation),
      }),
    );
    const setupRefusal = await applyResults(db, batch, answer.results, new Date().toISOString());
    // Sending more would only be refused the same way: stop, keep everything pending, and name the cause.
    if (setupRefusal)
      throw new SyncError('refused', 'setupIncomplete', setupRefusal.message ?? setupRefusal.reason ?? '');
    pushed += batch.length;
    options.onBatch?.(pushed);
  }
  return pushed;
}

export async function teamCursor(db: Database, teamId: string): Promise<number> {
  return sinceOf(await db.get('meta', cursorKey(teamId)));
}

/**
 * Pulls every change of the team since the cursor, a page per transaction. A record with a local edit still in
 * the outbox keeps the edit (its push decides: a stale shared record comes back as a conflict); a record
 * waiting in a conflict gets the newest server version as "theirs".
 */
export async function pullTeam(
  db: Database,
  rpc: Rpc,
  options: { teamId: string; pageSize?: number; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  let since = await teamCursor(db, options.teamId);
  const start = since;
  let applied = 0;
  let resets = 0;
  for (;;) {
    const page = parse(
      pullResponse,
      await rpc('sync_pull', { team: options.teamId, since, page_size: options.pageSize ?? 1000 }),
    );
    if (page.reset) {
      if (resets++ > 0) throw new SyncError('refused', 'serverError', 'the server asked for a second reset');
      await removeTeamData(db, options.teamId, { keepPending: true });
      since = 0;
      continue;
    }
    const tx = db.transaction(['meta', 'outbox', 'conflicts', ...recordStores], 'readwrite');
    // Requests are queued without waiting for each answer (a page is a thousand rows): the outbox and the
    // conflicts are read once per page, and a local copy only where it keeps something (a template's usage).
    const [pendingKeys, conflictKeys] = await Promise.all([
      tx.objectStore('outbox').getAllKeys(),
      tx.objectStore('conflicts').getAllKeys(),
    ]);
    const pending = new Set(pendingKeys);
    const conflicted = new Set(conflictKeys);
    const changes = page.changes.flatMap((change) => {
      const store = storeOf(change.table);
      const id = typeof change.row.id === 'string' ? change.row.id : null;
      return store && id && !pending.has(outboxKey(store, id))
        ? [{ store, id, row: change.row, key: outboxKey(store, id) }]
        : [];
    });
    const templates = tx.objectStore('templates');
    const localTemplates = new Map(
      await Promise.all(
        changes.filter((c) => c.store === 'templates').map(async (c) => [c.id, await templates.get(c.id)] as const),
      ),
    );
    const writes: Promise<unknown>[] = [];
    for (const { store, id, row, key } of changes) {
      const records = tx.objectStore(store);
      const record = fromRow(store, row, localTemplates.get(id) as never);
      if (!record) {
        console.warn('[wasla] sync: a server row does not fit the model', store, id);
        continue;
      }
      if (conflicted.has(key)) {
        const conflicts = tx.objectStore('conflicts');
        writes.push(
          conflicts
            .get(key)
            .then((conflict) => conflict && conflicts.put({ ...conflict, theirs: record as Record<string, unknown> })),
        );
      } else writes.push(records.put(record as never));
      applied += 1;
    }
    await Promise.all(writes);
    await tx.objectStore('meta').put({ key: cursorKey(options.teamId), since: page.next_since });
    await tx.done;
    since = page.next_since;
    options.onProgress?.(since - start, Math.max(page.revision - start, since - start));
    if (!page.has_more) break;
  }
  return applied;
}

/**
 * Removes a team's records from this browser (after leaving it, being removed, signing out, or a reset).
 * `keepPending` keeps records with unpushed edits or an open conflict, with their outbox rows and conflicts (a
 * reset refills around them).
 */
export async function removeTeamData(db: Database, teamId: string, options: { keepPending: boolean }): Promise<number> {
  const tx = db.transaction(['meta', 'outbox', 'conflicts', ...recordStores], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const pending = new Set<string>();
  for (const row of await outbox.getAll()) {
    if (row.teamId !== teamId) continue;
    if (options.keepPending) pending.add(row.key);
    else await outbox.delete(row.key);
  }
  // A record waiting in a conflict has no outbox row but holds the user's version: it is kept like a pending one.
  const conflicts = tx.objectStore('conflicts');
  for (const conflict of await conflicts.getAll()) {
    if ((conflict.theirs as { teamId?: string }).teamId !== teamId) continue;
    if (options.keepPending) pending.add(conflict.key);
    else await conflicts.delete(conflict.key);
  }
  let removed = 0;
  for (const store of recordStores) {
    const records = tx.objectStore(store);
    let cursor = await records.openCursor();
    while (cursor) {
      const record = cursor.value as RecordOf<SyncedStore>;
      if (record.teamId === teamId && !pending.has(outboxKey(store, record.id))) {
        await cursor.delete();
        removed += 1;
      }
      cursor = await cursor.continue();
    }
  }
  await tx.objectStore('meta').delete(cursorKey(teamId));
  await tx.done;
  return removed;
}
