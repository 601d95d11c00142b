import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { WaslaDB } from './schema';

type UpgradeTransaction = IDBPTransaction<WaslaDB, StoreNames<WaslaDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<WaslaDB>, tx: UpgradeTransaction) => void;

/**
 * Step `n` upgrades a database at version n-1 to version n. Steps only ever get appended: a browser that
 * skipped versions runs every step in between, in order, inside the one upgrade transaction.
 */
export const migrations: Record<number, Migration> = {
  1: (db) => {
    const byUpdated = { name: 'by-updated', keyPath: 'updatedAt' } as const;
    db.createObjectStore('clients', { keyPath: 'id' }).createIndex(byUpdated.name, byUpdated.keyPath);

    const contracts = db.createObjectStore('contracts', { keyPath: 'id' });
    contracts.createIndex('by-client', 'clientId');
    contracts.createIndex(byUpdated.name, byUpdated.keyPath);

    const accounts = db.createObjectStore('accounts', { keyPath: 'id' });
    accounts.createIndex('by-client', 'clientId');
    accounts.createIndex('by-platform-key', ['platform', 'key']);
    accounts.createIndex(byUpdated.name, byUpdated.keyPath);

    db.createObjectStore('templates', { keyPath: 'id' }).createIndex(byUpdated.name, byUpdated.keyPath);

    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('by-start', 'start');
    entries.createIndex('by-client-start', ['clientId', 'start']);
    entries.createIndex(byUpdated.name, byUpdated.keyPath);

    const labels = db.createObjectStore('labels', { keyPath: 'id' });
    labels.createIndex('by-client-created', ['clientId', 'createdAt']);
    labels.createIndex(byUpdated.name, byUpdated.keyPath);

    const snapshots = db.createObjectStore('snapshots', { keyPath: 'id' });
    snapshots.createIndex('by-account-taken', ['accountId', 'takenAt']);
    snapshots.createIndex(byUpdated.name, byUpdated.keyPath);
  },
  2: (db) => {
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  3: (db) => {
    const uses = db.createObjectStore('uses', { keyPath: 'id' });
    uses.createIndex('by-client-used', ['clientId', 'usedAt']);
    uses.createIndex('by-template', 'templateId');
    uses.createIndex('by-updated', 'updatedAt');
  },
  4: (db, tx) => {
    db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('by-seq', 'seq');
    db.createObjectStore('conflicts', { keyPath: 'key' });
    db.createObjectStore('rejections', { keyPath: 'key' });
    // Team sync's fields: every existing record is this browser's alone, never synced; entries are the user's.
    for (const store of [
      'clients',
      'contracts',
      'accounts',
      'templates',
      'entries',
      'labels',
      'snapshots',
      'uses',
    ] as const) {
      const fields = { teamId: null, revision: 0, createdBy: null };
      void backfill(tx.objectStore(store), store === 'entries' ? { ...fields, userId: null } : fields);
    }
  },
};

/** Adds missing fields to every record of a store, inside the upgrade transaction (which waits for it). */
async function backfill(
  store: {
    openCursor(): Promise<{ value: object; update(value: never): unknown; continue(): Promise<unknown> } | null>;
  },
  fields: object,
) {
  let cursor = await store.openCursor();
  while (cursor) {
    const value = cursor.value as Record<string, unknown>;
    if (Object.keys(fields).some((key) => !(key in value))) await cursor.update({ ...fields, ...value } as never);
    cursor = (await cursor.continue()) as typeof cursor;
  }
}

export function runMigrations(
  db: IDBPDatabase<WaslaDB>,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
) {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration to database version ${version}`);
    step(db, tx);
  }
}
