// Rules that need more than one record to check (the schema checks each record alone). They run in the
// background before a write, so no view can save what they refuse.
import type { Database } from '@/utils/db/open';
import { entriesOverlapping } from '@/utils/db/records';
import { currentTimer } from '@/utils/db/timer';
import type { Contract, Problem, RecordOf, StoreName, TimeEntry } from '@/utils/model';
import { validateEntry } from '@/utils/time/validate-entry';
import { instantToLocal } from '@/utils/time/wall-clock';
import { resolveTimeZone } from '@/utils/time/zone';
import { settingsItem } from '@/utils/storage-items';
import { currentUserId } from './sync';

async function entryProblems(db: Database, entry: TimeEntry, nowMs: number): Promise<Problem[]> {
  if (entry.deletedAt !== null) return [];
  if (entry.end === null) {
    // Only the timer runs entries; a view may edit the running entry's note or client but not create another.
    const running = await currentTimer(db);
    return running?.entryId === entry.id ? [] : [{ code: 'required', path: 'end' }];
  }
  // Only the user's own entries may not overlap: teammates work at the same time.
  const me = await currentUserId();
  const neighbours = (await entriesOverlapping(db, entry.start, entry.end)).filter(
    (e) => e.userId === null || e.userId === me,
  );
  const problem = validateEntry(entry, neighbours, nowMs);
  if (!problem) return [];
  if (problem.code === 'overlap') {
    // Name the entry in the way, in the user's time zone, so they can find it.
    const other = neighbours.find((e) => e.id === problem.conflictingId)!;
    const timeZone = resolveTimeZone((await settingsItem.getValue()).timeZone);
    const shown = (iso: string) => Object.values(instantToLocal(iso, timeZone)).join(' ');
    return [
      {
        code: 'overlap',
        path: 'start',
        params: { otherStart: shown(other.start), otherEnd: other.end === null ? '…' : shown(other.end) },
      },
    ];
  }
  const path = problem.code === 'inFuture' ? 'start' : 'end';
  return [{ code: problem.code === 'tooLong' ? 'entryTooLong' : problem.code, path }];
}

async function contractProblems(db: Database, contract: Contract): Promise<Problem[]> {
  if (contract.deletedAt !== null) return [];
  const siblings = await db.getAllFromIndex('contracts', 'by-client', contract.clientId);
  const ends = (c: Contract) => c.endsOn ?? '9999-12-31';
  const clash = siblings.find(
    (other) =>
      other.id !== contract.id &&
      other.deletedAt === null &&
      other.startsOn <= ends(contract) &&
      contract.startsOn <= ends(other),
  );
  return clash ? [{ code: 'contractOverlap', path: 'startsOn' }] : [];
}

async function referenceProblems(db: Database, store: StoreName, record: Record<string, unknown>): Promise<Problem[]> {
  const clientId = record.clientId;
  if (store === 'clients' || store === 'snapshots' || typeof clientId !== 'string') return [];
  const client = await db.get('clients', clientId);
  if (!client || client.deletedAt !== null) return [{ code: 'unknownReference', path: 'clientId' }];
  // A team's record cannot point at a client the team does not have (the server would refuse it too).
  const teamId = (record as { teamId?: string | null }).teamId ?? null;
  return teamId !== null && client.teamId !== teamId ? [{ code: 'otherTeam', path: 'clientId' }] : [];
}

export async function crossRecordProblems<S extends StoreName>(
  db: Database,
  store: S,
  record: RecordOf<S>,
  nowMs: number,
): Promise<Problem[]> {
  const references = await referenceProblems(db, store, record as Record<string, unknown>);
  if (references.length > 0) return references;
  if (store === 'entries') return entryProblems(db, record as TimeEntry, nowMs);
  if (store === 'contracts') return contractProblems(db, record as Contract);
  return [];
}
