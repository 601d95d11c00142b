// Every request the background accepts, defined once (issue 18 item 4): the schema of what is sent, the schema of
// what comes back, and who may send it. The protocol's TypeScript types (utils/messages.ts), the background's
// validation and dispatch (entrypoints/background/handlers.ts) and the callers' wrappers all derive from this
// table. Views and content scripts import it with `import type` only, so zod never lands in a content script.
//
// Who may send what (issue 16): a content script runs in a page the networks' scripts share, so it may ask only
// for page facts and what an insertion records; the sidebar's frame, for its features' requests; popup and
// options, for everything. Backup, sync and project configuration, sign-in/out and team administration come only
// from the extension's own pages (judged on the sender's URL: entrypoints/background/senders.ts).
import { z } from 'zod';
import {
  client,
  instant,
  platform,
  recordId,
  recordSchemas,
  settings,
  socialAccount,
  template,
  timeEntry,
  postLabel,
  type Problem,
  type RecordOf,
  type StoreName,
} from './model';
import { maxNoticedIds } from './change-notice';
import { maxBackupBytes, type DownloadPart, type UploadProgress } from './backup/transfer';
import type { IdleState } from './db/schema';
import type { RunningTimer, TimerState } from './time/timer';
import type {
  SignedInUser,
  SyncConflict,
  SyncRejection,
  SyncStatus,
  TeamMember,
  TeamSummary,
  TeamView,
} from './sync/status';

/**
 * Who sent a request, judged from the sender's URL (`senderKind`, entrypoints/background/senders.ts): `content` = a
 * content script in a site's page, `sidebar` = the sidebar's own extension page in its frame, `page` = popup or
 * options.
 */
export type SenderKind = 'content' | 'sidebar' | 'page';

/** The extension's own pages only. */
const pages = ['page'] as const satisfies readonly SenderKind[];
/** What the sidebar's features ask for (and the pages, which may ask for everything). */
const sidebar = ['sidebar', 'page'] as const satisfies readonly SenderKind[];
/** Page facts and what an insertion records: a content script may send these too. */
const anyone = ['content', 'sidebar', 'page'] as const satisfies readonly SenderKind[];

// ---- Pieces of requests ----------------------------------------------------------------------------------------

/** One of the stores' names (the keys of `recordSchemas`). */
const store = z.keyof(z.object(recordSchemas));

/** `{ [field]: schema without its default }`: what `withoutDefaults` makes of an object's shape. */
type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};
/**
 * A patch of an object: only the fields sent. Zod's `.partial()` would keep each field's default and so turn
 * `{ language: 'ar' }` into a full set of defaults, silently resetting every other setting.
 */
function patchOf<S extends z.ZodRawShape>(shape: S): z.ZodObject<PatchShape<S>, z.core.$strict> {
  const fields = Object.entries(shape).map(([key, field]) => [
    key,
    z.optional(field instanceof z.ZodDefault ? field.unwrap() : field),
  ]);
  // Object.fromEntries cannot carry the per-key types; PatchShape states them (and the settings test checks them).
  return z.object(Object.fromEntries(fields) as PatchShape<S>).strict();
}

const email = z.email().max(320);
const password = z.string().min(1).max(200);
const role = z.enum(['owner', 'admin', 'member']);
/** A Supabase project URL: https, or http on this machine (the local development stack). */
const projectUrl = z.url().refine((url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || (protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname));
});
/** The anon key is a JWT (three base64url parts); a publishable key (`sb_publishable_…`) is accepted too. */
const anonKey = z
  .string()
  .regex(/^([\w-]+\.[\w-]+\.[\w-]+|sb_publishable_[\w-]+)$/)
  .max(4000);
const pageKey = z.string().min(1).max(200).nullable();
const handle = z.string().max(200).optional();
const looseRecord = z.record(z.string(), z.unknown());

// ---- Pieces of answers ------------------------------------------------------------------------------------------

const timerState = z
  .object({ entryId: recordId, clientId: recordId, startedAt: z.string(), platform: platform.nullable() })
  .nullable();
const idleState = z.object({ idleSinceMs: z.number(), returnedAtMs: z.number().nullable() });
const timerStatus = z.object({ timer: timerState, idle: idleState.nullable() });

/** The sidebar's view of the open account: its client, the contract at a glance, labels, followers. */
const pageInfo = z.object({
  account: socialAccount.nullable(),
  client: client.nullable(),
  /** Every active client, for the tag picker. */
  clients: z.array(client),
  contract: recordSchemas.contracts.nullable(),
  monthMs: z.number(),
  todayMs: z.number(),
  labels: z.array(postLabel),
  followers: z.object({ count: z.number(), change: z.number(), sinceDay: z.string() }).nullable(),
  timer: timerState,
});

const downloadPart = z.object({
  transfer: z.string(),
  part: z.number(),
  parts: z.number(),
  text: z.string(),
  recordCount: z.number(),
  exportedAt: z.string(),
});
const uploadProgress = z.discriminatedUnion('done', [
  z.object({ done: z.literal(false), received: z.number() }),
  z.object({ done: z.literal(true), recordCount: z.number() }),
]);

const signedInUser = z.object({ id: z.string(), email: z.string() });
const teamSummary = z.object({ teamId: z.string(), name: z.string(), timeZone: z.string(), role });
const teamMember = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role,
  joinedAt: z.string(),
});
const syncStatus = z.object({
  state: z.enum(['off', 'synced', 'pending', 'syncing', 'offline', 'error']),
  pending: z.number(),
  conflicts: z.number(),
  rejected: z.number(),
  progress: z.object({ done: z.number(), total: z.number().nullable() }).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  lastSyncedAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
const syncedStore = z.enum(['clients', 'contracts', 'accounts', 'templates', 'entries', 'labels', 'snapshots']);
const teamView = z.object({
  config: z.object({ url: z.string(), anonKey: z.string() }).nullable(),
  user: signedInUser.nullable(),
  teams: z.array(teamSummary),
  activeTeamId: z.string().nullable(),
  members: z.array(teamMember),
  removedWork: z
    .object({
      teamId: z.string(),
      teamName: z.string(),
      at: z.string(),
      records: z.array(z.object({ store: syncedStore, record: looseRecord, unsent: z.boolean() })),
    })
    .nullable(),
  localClients: z.array(z.object({ id: z.string(), nameAr: z.string(), nameEn: z.string(), records: z.number() })),
});
const syncConflict = z.object({
  key: z.string(),
  store: z.enum(['clients', 'contracts', 'templates']),
  recordId: z.string(),
  mine: looseRecord.nullable(),
  theirs: looseRecord,
  at: z.string(),
});
const syncRejection = z.object({
  key: z.string(),
  store: z.string(),
  recordId: z.string(),
  reason: z.string(),
  message: z.string(),
  at: z.string(),
});
const count = z.object({ count: z.number() });
const nothing = z.null();

/**
 * Answers about a store's records: the request's `store` picks the schema (`recordSchemas[store]`), one record or
 * a list of them.
 */
const storeRecord = { perStore: recordSchemas, list: false } as const;
const storeList = { perStore: recordSchemas, list: true } as const;

// ---- The table --------------------------------------------------------------------------------------------------

/** An answer's schema, or (for requests about a store's records) the store's schema picked by the request. */
type AnswerSchema = z.ZodType | typeof storeRecord | typeof storeList;

function define<Request extends z.ZodType, Answer extends AnswerSchema, From extends readonly SenderKind[]>(
  request: Request,
  answer: Answer,
  from: From,
) {
  return { request, answer, from };
}

export const requests = {
  ping: define(z.undefined(), z.object({ version: z.string(), at: z.string() }), anyone),
  listRecords: define(z.object({ store, includeDeleted: z.boolean().optional() }).strict(), storeList, pages),
  /** `record` is checked against its store's own schema by the background (records.ts), with the UI's messages. */
  saveRecord: define(z.object({ store, record: looseRecord }).strict(), storeRecord, sidebar),
  deleteRecord: define(z.object({ store, id: z.uuid() }).strict(), nothing, sidebar),
  /** A backup travels in parts (Chrome drops messages over 64 MiB): part 0 without a transfer makes the file. */
  exportBackup: define(
    z.object({ transfer: z.uuid().optional(), part: z.number().int().min(0).max(100_000) }).strict(),
    downloadPart,
    pages,
  ),
  /** One part of a backup file; without transfer and parts, the whole file in one message. */
  importBackup: define(
    z
      .object({
        text: z.string().max(maxBackupBytes),
        transfer: z.uuid().optional(),
        part: z.number().int().min(0).max(100_000).optional(),
        parts: z.number().int().min(1).max(100_000).optional(),
      })
      .strict(),
    uploadProgress,
    pages,
  ),
  updateSettings: define(patchOf(settings.shape), settings, pages),
  /** Entries overlapping [from, to): what a day, week or month view needs, without reading the whole year. */
  listEntries: define(z.object({ from: instant, to: instant }).strict(), z.array(timeEntry), pages),
  getTimer: define(z.undefined(), timerStatus, pages),
  startTimer: define(
    z.object({ clientId: recordId, platform: platform.nullable().optional() }).strict(),
    timerState.unwrap(),
    sidebar,
  ),
  stopTimer: define(z.undefined(), timeEntry.nullable(), sidebar),
  answerIdle: define(z.object({ choice: z.enum(['keep', 'discard', 'discardAndStop']) }).strict(), timerState, pages),
  pageInfo: define(z.object({ platform, key: pageKey, handle }).strict(), pageInfo, sidebar),
  tagAccount: define(
    z
      .object({
        platform,
        key: z.string().min(1).max(200),
        handle: z.string().max(200),
        displayName: z.string().max(100_000),
        clientId: recordId,
      })
      .strict(),
    socialAccount,
    sidebar,
  ),
  /** Adds every template of an import, all or nothing (the file was parsed and checked by the page first). */
  importTemplates: define(z.object({ drafts: z.array(looseRecord).max(5000) }).strict(), count, pages),
  searchTemplates: define(
    z
      .object({
        query: z.string().max(500),
        clientId: recordId.nullable(),
        platform: platform.nullable(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    z.array(template),
    sidebar,
  ),
  /**
   * Every live template, or the ones a change notice named (deleted ones as tombstones), for the sidebar frame's
   * own search index (entrypoints/sidebar/template-search.ts): the frame can't open the extension's IndexedDB
   * inside a web page, and listRecords stays the extension pages'.
   */
  listTemplates: define(
    z
      .object({ ids: z.array(recordId).min(1).max(maxNoticedIds) })
      .strict()
      .optional(),
    z.array(template),
    sidebar,
  ),
  /** A template went into a site's reply box: counted per template, client and platform. */
  recordTemplateUse: define(
    z
      .object({ templateId: recordId, clientId: recordId.nullable(), platform, language: z.string().min(2).max(35) })
      .strict(),
    nothing,
    anyone,
  ),
  /** A tab now shows this page (key null: no account); drives auto-tracking when the user turned it on. */
  pageShown: define(z.object({ platform, key: pageKey, handle }).strict(), nothing, anyone),
  recordFollowers: define(
    z.object({ accountId: recordId, count: z.number().int().min(0).max(10_000_000_000) }).strict(),
    nothing,
    anyone,
  ),

  // Team sync (issue #8). The background alone talks to Supabase; these answer with problems such as
  // `network`, `signInFailed`, `inviteInvalid` or `pendingChanges` (params.count) for the view to translate.
  teamView: define(z.undefined(), teamView, pages),
  /** The user's teams and roles as last known (no network): what a view may offer to edit. */
  teamRoles: define(z.undefined(), z.array(teamSummary), pages),
  /** The signed-in user and every member of their teams as last fetched (no network): who an entry's time is. */
  teamMembers: define(z.undefined(), z.object({ me: signedInUser.nullable(), members: z.array(teamMember) }), pages),
  /** The project to sync with; the options page has already been granted its origin. `null` forgets it (signs out). */
  setSyncConfig: define(
    z.object({ config: z.object({ url: projectUrl, anonKey }).strict().nullable() }).strict(),
    nothing,
    pages,
  ),
  signIn: define(z.object({ email, password }).strict(), signedInUser, pages),
  signUp: define(z.object({ email, password }).strict(), signedInUser, pages),
  sendSignInCode: define(z.object({ email }).strict(), nothing, pages),
  verifySignInCode: define(
    z
      .object({
        email,
        code: z
          .string()
          .trim()
          .regex(/^\d{6,10}$/),
      })
      .strict(),
    signedInUser,
    pages,
  ),
  /** Pushes what is pending first; refuses with `pendingChanges` when it cannot, unless `discardPending`. */
  signOut: define(z.object({ discardPending: z.boolean() }).strict(), nothing, pages),
  createTeam: define(
    z.object({ name: z.string().trim().min(1).max(120), timeZone: z.string().min(1).max(64) }).strict(),
    teamSummary,
    pages,
  ),
  joinTeam: define(z.object({ code: z.string().trim().min(6).max(64) }).strict(), teamSummary, pages),
  setActiveTeam: define(z.object({ teamId: recordId }).strict(), nothing, pages),
  createInvite: define(
    z.object({ role: z.enum(['member', 'admin']) }).strict(),
    z.object({ code: z.string(), expiresAt: z.string() }),
    pages,
  ),
  setMemberRole: define(z.object({ member: recordId, role }).strict(), nothing, pages),
  removeMember: define(z.object({ member: recordId }).strict(), nothing, pages),
  /** Like signOut: pending changes are pushed first or reported; then the team's data is removed locally. */
  leaveTeam: define(z.object({ discardPending: z.boolean() }).strict(), nothing, pages),
  /** Brings the chosen local clients, with their contracts, accounts, templates, entries and labels, into the team. */
  shareClients: define(z.object({ clientIds: z.array(recordId).max(10_000) }).strict(), count, pages),
  syncNow: define(z.undefined(), syncStatus, sidebar),
  syncProblems: define(
    z.undefined(),
    z.object({ conflicts: z.array(syncConflict), rejections: z.array(syncRejection) }),
    pages,
  ),
  /** `edit`: `record` holds the user's merged version of the record (same fields as a save). */
  resolveConflict: define(
    z
      .object({
        key: z.string().min(1).max(100),
        choice: z.enum(['mine', 'theirs', 'edit']),
        record: looseRecord.optional(),
      })
      .strict(),
    nothing,
    pages,
  ),
  dismissRejections: define(z.undefined(), nothing, pages),
  /** After being removed from a team: keep the edits that had not reached it as local records, or discard them. */
  settleRemovedWork: define(z.object({ choice: z.enum(['keep', 'discard']) }).strict(), nothing, pages),
};

// ---- Types derived from the table ------------------------------------------------------------------------------

type Requests = typeof requests;
export type MessageType = keyof Requests;

/** What a caller sends (before the schema's transforms and defaults). */
export type RequestOf<T extends MessageType> = z.input<Requests[T]['request']>;
/** What the handler receives: the request after validation. */
export type ValidRequestOf<T extends MessageType> = z.output<Requests[T]['request']>;
/** What comes back for request `R` of type `T` (about a store's records: that store's record or list). */
export type AnswerOf<T extends MessageType, R = RequestOf<T>> = T extends MessageType
  ? Requests[T]['answer'] extends z.ZodType
    ? z.output<Requests[T]['answer']>
    : R extends { store: infer S extends StoreName }
      ? Requests[T]['answer'] extends typeof storeList
        ? RecordOf<S>[]
        : RecordOf<S>
      : never
  : never;

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The wire protocol as @webext-core/messaging types it: each request's data and its answer. */
export type ProtocolMap = { [T in MessageType]: (request: RequestOf<T>) => Result<AnswerOf<T>> };

/** The schema an answer to `request` of type `type` must satisfy (the unit tests hold handlers' answers to it). */
export function answerSchema<T extends MessageType>(type: T, request: RequestOf<T>): z.ZodType {
  const answer: AnswerSchema = requests[type].answer;
  if (answer instanceof z.ZodType) return answer;
  const picked = answer.perStore[z.object({ store }).parse(request).store];
  return answer.list ? z.array(picked) : picked;
}

export type PageInfo = z.output<typeof pageInfo>;
/** The running timer and, when the user came back from idling, the question waiting for an answer. */
export type TimerStatus = z.output<typeof timerStatus>;

// Answers whose type is declared next to the code that makes them (sync, backup, reports, timer): their schemas
// here must describe exactly those types, or this does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.output<typeof timerState>, TimerState>,
  Same<z.output<ReturnType<typeof timerState.unwrap>>, RunningTimer>,
  Same<z.output<typeof idleState>, IdleState>,
  Same<z.output<typeof downloadPart>, DownloadPart>,
  Same<z.output<typeof uploadProgress>, UploadProgress>,
  Same<z.output<typeof signedInUser>, SignedInUser>,
  Same<z.output<typeof teamSummary>, TeamSummary>,
  Same<z.output<typeof teamMember>, TeamMember>,
  Same<z.output<typeof syncStatus>, SyncStatus>,
  Same<z.output<typeof teamView>, TeamView>,
  Same<z.output<typeof syncConflict>, SyncConflict>,
  Same<z.output<typeof syncRejection>, SyncRejection>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
void sameTypes;
