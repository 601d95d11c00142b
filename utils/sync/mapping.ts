// Local records ↔ server rows (supabase/README.md, "The data model"). Pure: the background's sync loop and the
// tests share it. Server rows are snake_case, carry team and revision, and are untrusted until parsed.
import { recordSchemas, type RecordOf, type StoreName } from '../model';

/** Stores the team shares, in the order a push must create them (a contract needs its client first). */
export const syncedStores = [
  'clients',
  'contracts',
  'accounts',
  'templates',
  'entries',
  'labels',
  'snapshots',
] as const;
export type SyncedStore = (typeof syncedStores)[number];

export const tableOf: Record<SyncedStore, string> = {
  clients: 'clients',
  contracts: 'contracts',
  accounts: 'social_accounts',
  templates: 'templates',
  entries: 'time_entries',
  labels: 'post_labels',
  snapshots: 'follower_snapshots',
};
const storeOfTable = new Map(Object.entries(tableOf).map(([store, table]) => [table, store as SyncedStore]));

export function storeOf(table: string): SyncedStore | undefined {
  return storeOfTable.get(table);
}

export function isSyncedStore(store: StoreName): store is SyncedStore {
  return (syncedStores as readonly string[]).includes(store);
}

/** Records every member edits (so a stale edit is a conflict); the rest belong to whoever made them (last writer wins). */
export const sharedStores: ReadonlySet<StoreName> = new Set(['clients', 'contracts', 'templates']);

/**
 * Fields that never travel: identity and sync bookkeeping the server sets itself, and the template's usage
 * count, which every insertion bumps and would otherwise turn each reply into a conflict between teammates.
 */
const localOnly = new Set([
  'createdAt',
  'updatedAt',
  'deletedAt',
  'teamId',
  'revision',
  'userId',
  'createdBy',
  'usageCount',
]);

const snake = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const camel = (key: string) => key.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** The `row` of an upsert: every shared field of the record, snake_case. */
export function toRow(store: SyncedStore, record: RecordOf<SyncedStore>): Record<string, unknown> {
  void store;
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => !localOnly.has(key))
      .map(([key, value]) => [snake(key), value]),
  );
}

/** True when two versions of a record differ in what the server would store. */
export function sameOnServer(store: SyncedStore, a: RecordOf<SyncedStore>, b: RecordOf<SyncedStore>): boolean {
  return a.deletedAt === b.deletedAt && JSON.stringify(toRow(store, a)) === JSON.stringify(toRow(store, b));
}

/**
 * A server row as a local record, validated by the model (the server is a boundary too). `local` supplies the
 * fields only this browser keeps. Null when the row does not fit the model (logged by the caller).
 */
export function fromRow<S extends SyncedStore>(
  store: S,
  row: Record<string, unknown>,
  local?: RecordOf<S>,
): RecordOf<S> | null {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'updated_by' || (key === 'user_id' && store !== 'entries')) continue;
    fields[camel(key)] = value;
  }
  if (store === 'templates') fields.usageCount = (local as RecordOf<'templates'> | undefined)?.usageCount ?? 0;
  const parsed = recordSchemas[store].safeParse(fields);
  return parsed.success ? (parsed.data as RecordOf<S>) : null;
}
