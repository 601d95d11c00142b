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
import type { AnswerOf, ProtocolMap, RequestOf, Result } from './protocol';

export type { AnswerOf, MessageType, PageInfo, ProtocolMap, RequestOf, Result, TimerStatus } from './protocol';

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

/**
 * A store's records: the request's `store` picks the answer's schema (utils/protocol.ts, `recordLists`), which
 * this overload states for the caller; `answerSchema` and tests/unit/protocol hold the background to it.
 */
function list<S extends StoreName>(store: S, includeDeleted?: boolean): Promise<Result<RecordOf<S>[]>>;
function list(store: StoreName, includeDeleted = false): Promise<Result<AnswerOf<'listRecords'>>> {
  return messaging.sendMessage('listRecords', { store, includeDeleted });
}

/** Saves a draft; the answer is the saved record of that store (`recordSchemas[store]`), as `list` above. */
function save<S extends StoreName>(store: S, record: Draft<S>): Promise<Result<RecordOf<S>>>;
function save(store: StoreName, record: Record<string, unknown>): Promise<Result<AnswerOf<'saveRecord'>>> {
  return messaging.sendMessage('saveRecord', { store, record });
}

/** The helpers the sidebar's frame calls (each is one its features may send: see utils/protocol.ts). */
export const overlayApi = {
  ping: () => messaging.sendMessage('ping', undefined),
  save,
  remove: (store: StoreName, id: string) => messaging.sendMessage('deleteRecord', { store, id }),
  startTimer: (clientId: string, platform: Platform | null = null) =>
    messaging.sendMessage('startTimer', { clientId, platform }),
  stopTimer: () => messaging.sendMessage('stopTimer', undefined),
  pageInfo: (platform: Platform, key: string | null, handle = '') =>
    messaging.sendMessage('pageInfo', { platform, key, handle }),
  tagAccount: (request: RequestOf<'tagAccount'>) => messaging.sendMessage('tagAccount', request),
  recordFollowers: (accountId: string, count: number) => messaging.sendMessage('recordFollowers', { accountId, count }),
  pageShown: (platform: Platform, key: string | null, handle = '') =>
    messaging.sendMessage('pageShown', { platform, key, handle }),
  searchTemplates: (request: RequestOf<'searchTemplates'>) => messaging.sendMessage('searchTemplates', request),
  listTemplates: (ids?: readonly string[]) =>
    messaging.sendMessage('listTemplates', ids ? { ids: [...ids] } : undefined),
  recordTemplateUse: (request: RequestOf<'recordTemplateUse'>) => messaging.sendMessage('recordTemplateUse', request),
  syncNow: () => messaging.sendMessage('syncNow', undefined),
};

/** Typed helpers views call; each answers with a Result, never throws for a refused request. */
export const api = {
  ...overlayApi,
  list,
  exportBackup: (request: RequestOf<'exportBackup'>) => messaging.sendMessage('exportBackup', request),
  importBackup: (part: UploadPart) => messaging.sendMessage('importBackup', part),
  updateSettings: (patch: Partial<Settings>) => messaging.sendMessage('updateSettings', patch),
  entries: (from: string, to: string) => messaging.sendMessage('listEntries', { from, to }),
  timer: () => messaging.sendMessage('getTimer', undefined),
  /** `nowMs` is the view's own clock: the month, week and day it shows are the ones around it. */
  answerIdle: (choice: IdleChoice) => messaging.sendMessage('answerIdle', { choice }),
  importTemplates: (drafts: readonly TemplateDraft[]) =>
    messaging.sendMessage('importTemplates', { drafts: drafts.map((draft) => ({ ...draft })) }),
  teamView: () => messaging.sendMessage('teamView', undefined),
  teamRoles: () => messaging.sendMessage('teamRoles', undefined),
  teamMembers: () => messaging.sendMessage('teamMembers', undefined),
  setSyncConfig: (config: SyncConfig | null) => messaging.sendMessage('setSyncConfig', { config }),
  signIn: (email: string, password: string) => messaging.sendMessage('signIn', { email, password }),
  signUp: (email: string, password: string) => messaging.sendMessage('signUp', { email, password }),
  sendSignInCode: (email: string) => messaging.sendMessage('sendSignInCode', { email }),
  verifySignInCode: (email: string, code: string) => messaging.sendMessage('verifySignInCode', { email, code }),
  signOut: (discardPending = false) => messaging.sendMessage('signOut', { discardPending }),
  createTeam: (name: string, timeZone: string) => messaging.sendMessage('createTeam', { name, timeZone }),
  joinTeam: (code: string) => messaging.sendMessage('joinTeam', { code }),
  setActiveTeam: (teamId: string) => messaging.sendMessage('setActiveTeam', { teamId }),
  createInvite: (role: 'member' | 'admin') => messaging.sendMessage('createInvite', { role }),
  setMemberRole: (member: string, role: TeamRole) => messaging.sendMessage('setMemberRole', { member, role }),
  removeMember: (member: string) => messaging.sendMessage('removeMember', { member }),
  leaveTeam: (discardPending = false) => messaging.sendMessage('leaveTeam', { discardPending }),
  shareClients: (clientIds: string[]) => messaging.sendMessage('shareClients', { clientIds }),
  syncProblems: () => messaging.sendMessage('syncProblems', undefined),
  resolveConflict: (request: RequestOf<'resolveConflict'>) => messaging.sendMessage('resolveConflict', request),
  dismissRejections: () => messaging.sendMessage('dismissRejections', undefined),
  settleRemovedWork: (choice: 'keep' | 'discard') => messaging.sendMessage('settleRemovedWork', { choice }),
};

/** Messages the background sends to one tab's content script (from a keyboard command). */
export interface TabProtocolMap {
  toggleSidebar(): void;
  /** From the focused reply box into the sidebar's template search (issue 14 item 5). */
  focusTemplates(): void;
}
export const tabMessaging = defineExtensionMessaging<TabProtocolMap>();
