// Team sync: the background's one entry point to it. `startSync()` is called once from the background's `main`;
// the request handlers are `syncHandlers` (./handlers.ts, dispatched with the rest in ../handlers.ts); the rest of
// the background asks only `currentUserId`, `currentWriter` and `teamForNewRecord`.
//
// Why two folders, one feature: the background owns state and network (the Supabase client, the schedule, the
// account and status it stores), so that half lives here; everything that can be pure lives in utils/sync/
// (push and pull over any RPC transport and any IndexedDB, conflicts, the record↔row mapping, permissions, the
// server's answers and refusals, backoff): no browser.*, no supabase-js, no timers, so unit tests, the sync tests
// on real PostgreSQL (tests/sync) and the benches run it as the background does, over the HTTP stand-in.
//
//   index.ts      this entry point
//   loop.ts       when sync runs (after local changes, alarms, wake, network back, "Sync now"), retry, status
//   handlers.ts   the Team section's requests: project, sign-in, teams, invites, conflicts, removed work
//   supabase.ts   the one supabase-js client and its RPC call (SyncErrors instead of `{ error }`)
//   account.ts    who is signed in, as the rest of the background asks it
//   placement.ts  which team a new record belongs to
export { currentUserId, currentWriter } from './account';
export { syncHandlers } from './handlers';
export { startSync } from './loop';
export { teamForNewRecord } from './placement';
