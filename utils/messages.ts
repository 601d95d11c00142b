// The callers' side of the one protocol between views (popup, options, the sidebar's frame, content scripts) and
// the background, which owns all state. Each request, its answer and its allowed senders are defined once, as zod
// schemas, in utils/protocol.ts; everything here is derived from that table through `import type`, so no
// validation library lands in a content script (tests/bench/content-script-size.bench.ts checks the bundle).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { UploadPart } from './backup/transfer';
import type { Platform, RecordOf, Settings, StoreName } from './model';
import type { IdleChoice } from './time/timer';
import type { TemplateDraft } from './templates/transfer';
import type { SyncConfig, TeamRole } from './sync/status';
import type { AnswerOf, MessageType, ProtocolMap, RequestOf, Result } from './protocol';

export type {
  AnswerOf,
  MessageType,
  PageInfo,
  ProtocolMap,
  RequestOf,
  Result,
  Timesheet,
  TimerStatus,
} from './protocol';

/** What a view sends to save a record: the background fills id, times, the tombstone and the sync fields. */
export type Draft<S extends StoreName> = Omit<
  RecordOf<S>,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'teamId' | 'revision' | 'userId' | 'createdBy'
> & {
  id?: string;
  /** The revision of the copy the user was editing: a team record changed since then is refused, not overwritten. */
  baseRevision?: number;
};

export const messaging = defineExtensionMessaging<ProtocolMap>();

/** Sends one request; its data and answer are typed by the request's definition (utils/protocol.ts). */
function send<T extends MessageType>(type: T, request: RequestOf<T>): Promise<Result<AnswerOf<T>>> {
  return send(type, request);
}

/**
 * A store's records: the request's `store` picks the answer's schema (utils/protocol.ts, `recordLists`), which
 * this overload states for the caller; `answerSchema` and tests/unit/protocol hold the background to it.
 */
function list<S extends StoreName>(store: S, includeDeleted?: boolean): Promise<Result<RecordOf<S>[]>>;
function list(store: StoreName, includeDeleted = false): Promise<Result<AnswerOf<'listRecords'>>> {
  return send('listRecords', { store, includeDeleted });
}

/** Saves a draft; the answer is the saved record of that store (`recordSchemas[store]`), as `list` above. */
function save<S extends StoreName>(store: S, record: Draft<S>): Promise<Result<RecordOf<S>>>;
function save(store: StoreName, record: Record<string, unknown>): Promise<Result<AnswerOf<'saveRecord'>>> {
  return send('saveRecord', { store, record });
}

/** The helpers the sidebar's frame calls (each is one its features may send: see requests.ts). */
export const overlayApi = {
  ping: () => send('ping', undefined),
  save,
  remove: (store: StoreName, id: string) => send('deleteRecord', { store, id }),
  startTimer: (clientId: string, platform: Platform | null = null) =>
    send('startTimer', { clientId, platform }),
  stopTimer: () => send('stopTimer', undefined),
  pageInfo: (platform: Platform, key: string | null, handle = '') =>
    send('pageInfo', { platform, key, handle }),
  tagAccount: (request: RequestOf<'tagAccount'>) => send('tagAccount', request),
  recordFollowers: (accountId: string, count: number) => send('recordFollowers', { accountId, count }),
  pageShown: (platform: Platform, key: string | null, handle = '') =>
    send('pageShown', { platform, key, handle }),
  searchTemplates: (request: RequestOf<'searchTemplates'>) =>
    send('searchTemplates', request),
  recordTemplateUse: (request: RequestOf<'recordTemplateUse'>) =>
    send('recordTemplateUse', request),
  syncNow: () => send('syncNow', undefined),
};

/** Typed helpers views call; each answers with a Result, never throws for a refused request. */
export const api = {
  ...overlayApi,
  list,
  exportBackup: (request: RequestOf<'exportBackup'>) => send('exportBackup', request),
  importBackup: (part: UploadPart) => send('importBackup', part),
  updateSettings: (patch: Partial<Settings>) => send('updateSettings', patch),
  entries: (from: string, to: string) => send('listEntries', { from, to }),
  timer: () => send('getTimer', undefined),
  /** `nowMs` is the view's own clock: the month, week and day it shows are the ones around it. */
  timesheet: (nowMs = Date.now()) => send('timesheet', { nowMs }),
  answerIdle: (choice: IdleChoice) => send('answerIdle', { choice }),
  importTemplates: (drafts: readonly TemplateDraft[]) =>
    send('importTemplates', { drafts: drafts.map((draft) => ({ ...draft })) }),
  teamView: () => send('teamView', undefined),
  teamRoles: () => send('teamRoles', undefined),
  teamMembers: () => send('teamMembers', undefined),
  setSyncConfig: (config: SyncConfig | null) => send('setSyncConfig', { config }),
  signIn: (email: string, password: string) => send('signIn', { email, password }),
  signUp: (email: string, password: string) => send('signUp', { email, password }),
  sendSignInCode: (email: string) => send('sendSignInCode', { email }),
  verifySignInCode: (email: string, code: string) => send('verifySignInCode', { email, code }),
  signOut: (discardPending = false) => send('signOut', { discardPending }),
  createTeam: (name: string, timeZone: string) => send('createTeam', { name, timeZone }),
  joinTeam: (code: string) => send('joinTeam', { code }),
  setActiveTeam: (teamId: string) => send('setActiveTeam', { teamId }),
  createInvite: (role: 'member' | 'admin') => send('createInvite', { role }),
  setMemberRole: (member: string, role: TeamRole) => send('setMemberRole', { member, role }),
  removeMember: (member: string) => send('removeMember', { member }),
  leaveTeam: (discardPending = false) => send('leaveTeam', { discardPending }),
  shareClients: (clientIds: string[]) => send('shareClients', { clientIds }),
  syncProblems: () => send('syncProblems', undefined),
  resolveConflict: (request: RequestOf<'resolveConflict'>) =>
    send('resolveConflict', request),
  dismissRejections: () => send('dismissRejections', undefined),
  settleRemovedWork: (choice: 'keep' | 'discard') => send('settleRemovedWork', { choice }),
};

/** Messages the background sends to one tab's content script (from a keyboard command). */
export interface TabProtocolMap {
  toggleSidebar(): void;
  /** From the focused reply box into the sidebar's template search (issue 14 item 5). */
  focusTemplates(): void;
}
export const tabMessaging = defineExtensionMessaging<TabProtocolMap>();
