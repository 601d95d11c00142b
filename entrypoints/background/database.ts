import { openDatabase, type Database } from '@/utils/db/open';

let opening: Promise<Database> | undefined;

/** One connection per service-worker lifetime, opened on first use (the worker may be restarted at any time). */
export function database(): Promise<Database> {
  opening ??= openDatabase().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
