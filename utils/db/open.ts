import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations';
import { databaseName, databaseVersion, type WaslaDB } from './schema';

export type Database = IDBPDatabase<WaslaDB>;

export function openDatabase(name = databaseName): Promise<Database> {
  return openDB<WaslaDB>(name, databaseVersion, {
    upgrade: (db, oldVersion, newVersion, tx) => runMigrations(db, tx, oldVersion, newVersion ?? databaseVersion),
    // Another context (an older worker after an update) must let go, or this open would wait forever.
    blocking: (_current, _next, event) => (event.target as IDBDatabase | null)?.close(),
  });
}
