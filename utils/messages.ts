// The single typed protocol between views (popup, options, the sidebar's frame, content scripts) and the
// background, which owns all state. Views import only types from the model here, so no validation library lands
// in content scripts; the background validates every request with the model's schemas and accepts it only from
// the senders its definition lists (entrypoints/background/requests.ts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DownloadPart, UploadPart, UploadProgress } from './backup/transfer';
import type {
  Client,
  Contract,
  Platform,
  PostLabel,
  Problem,
  RecordOf,
  Settings,
  SocialAccount,
  StoreName,
  Template,
  TimeEntry,
} from './model';
import type { IdleState } from './db/schema';
import type { MonthSummary } from './reports/month-summary';
import type { IdleChoice, RunningTimer, TimerState } from './time/timer';
import type {
  SignedInUser,
  SyncConfig,
  SyncConflict,
  SyncRejection,
  SyncStatus,
  TeamMember,
  TeamRole,
  TeamSummary,
  TeamView,
} from './sync/status';

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** What a view sends to save a record: the background fills id, times, the tombstone and the sync fields. */
export type Draft<S extends StoreName> = Omit<
  RecordOf<S>,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'teamId' | 'revision' | 'userId' | 'createdBy'
> & {
  id?: string;
  /** The revision of the copy the user was editing: a team record changed since then is refused, not overwritten. */
  baseRevision?: number;
};

export interface ProtocolMap {
  ping(): Result<{ version: string; at: string }>;
  listRecords(request: { store: StoreName; includeDeleted?: boolean }): Result<unknown[]>;
  saveRecord(request: { store: StoreName; record: unknown }): Result<unknown>;
  deleteRecord(request: { store: StoreName; id: string }): Result<null>;
  /** A backup travels in parts (Chrome drops messages over 64 MiB): part 0 without a transfer makes the file. */
  exportBackup(request: { transfer?: string; part: number }): Result<DownloadPart>;
  /** One part of a backup file; without transfer and parts, the whole file in one message. */
  importBackup(request: { text: string; transfer?: string; part?: number; parts?: number }): Result<UploadProgress>;
  updateSettings(request: Partial<Settings>): Result<Settings>;
  /** Entries overlapping [from, to): what a day, week or month view needs, without reading the whole year. */
  listEntries(request: { from: string; to: string }): Result<TimeEntry[]>;
  getTimer(): Result<TimerStatus>;
  /** The popup's first screen: active clients, this month's totals per client and day, today's entries. */
  timesheet(request: { nowMs: number }): Result<Timesheet>;
  startTimer(request: { clientId: string; platform?: Platform | null }): Result<RunningTimer>;
  stopTimer(): Result<TimeEntry | null>;
  answerIdle(request: { choice: IdleChoice }): Result<TimerState>;
  pageInfo(request: { platform: Platform; key: string | null; handle?: string }): Result<PageInfo>;
  tagAccount(request: {
    platform: Platform;
    key: string;
    handle: string;
    displayName: string;
    clientId: string;
  }): Result<SocialAccount>;
  recordFollowers(request: { accountId: string; count: number }): Result<null>;
  /** A tab now shows this page (key null: no account); drives auto-tracking when the user turned it on. */
  pageShown(request: { platform: Platform; key: string | null; handle?: string }): Result<null>;
  /** Adds every template of an import, all or nothing (the file was parsed and checked by the page first). */
  importTemplates(request: { drafts: unknown[] }): Result<{ count: number }>;
  searchTemplates(request: {
    query: string;
    clientId: string | null;
    platform: Platform | null;
    limit?: number;
  }): Result<Template[]>;
  /** A template went into a site's reply box: counted per template, client and platform. */
  recordTemplateUse(request: {
    templateId: string;
    clientId: string | null;
    platform: Platform;
    language: string;
  }): Result<null>;

  // Team sync (issue #8). The background alone talks to Supabase; these answer with problems such as
  // `network`, `signInFailed`, `inviteInvalid` or `pendingChanges` (params.count) for the view to translate.
  teamView(): Result<TeamView>;
  /** The user's teams and roles as last known (no network): what a view may offer to edit. */
  teamRoles(): Result<TeamSummary[]>;
  /** The signed-in user and every member of their teams as last fetched (no network): who an entry's time is. */
  teamMembers(): Result<{ me: SignedInUser | null; members: TeamMember[] }>;
  /** The project to sync with; the options page has already been granted its origin. `null` forgets it (signs out). */
  setSyncConfig(request: { config: SyncConfig | null }): Result<null>;
  signIn(request: { email: string; password: string }): Result<SignedInUser>;
  signUp(request: { email: string; password: string }): Result<SignedInUser>;
  sendSignInCode(request: { email: string }): Result<null>;
  verifySignInCode(request: { email: string; code: string }): Result<SignedInUser>;
  /** Pushes what is pending first; refuses with `pendingChanges` when it cannot, unless `discardPending`. */
  signOut(request: { discardPending: boolean }): Result<null>;
  createTeam(request: { name: string; timeZone: string }): Result<TeamSummary>;
  joinTeam(request: { code: string }): Result<TeamSummary>;
  setActiveTeam(request: { teamId: string }): Result<null>;
  createInvite(request: { role: 'member' | 'admin' }): Result<{ code: string; expiresAt: string }>;
  setMemberRole(request: { member: string; role: TeamRole }): Result<null>;
  removeMember(request: { member: string }): Result<null>;
  /** Like signOut: pending changes are pushed first or reported; then the team's data is removed locally. */
  leaveTeam(request: { discardPending: boolean }): Result<null>;
  /** Brings the chosen local clients, with their contracts, accounts, templates, entries and labels, into the active team. */
  shareClients(request: { clientIds: string[] }): Result<{ count: number }>;
  syncNow(): Result<SyncStatus>;
  syncProblems(): Result<{ conflicts: SyncConflict[]; rejections: SyncRejection[] }>;
  /** `edit`: `record` holds the user's merged version of the record (same fields as a save). */
  resolveConflict(request: {
    key: string;
    choice: 'mine' | 'theirs' | 'edit';
    record?: Record<string, unknown>;
  }): Result<null>;
  dismissRejections(): Result<null>;
  /** After being removed from a team: keep the edits that had not reached it as local records, or discard them. */
  settleRemovedWork(request: { choice: 'keep' | 'discard' }): Result<null>;
}

/** The sidebar's view of the open account: its client, the contract at a glance, labels, followers. */
export interface PageInfo {
  account: SocialAccount | null;
  client: Client | null;
  /** Every active client, for the tag picker. */
  clients: Client[];
  contract: Contract | null;
  monthMs: number;
  todayMs: number;
  labels: PostLabel[];
  followers: { count: number; change: number; sinceDay: string } | null;
  timer: TimerState;
}

export interface Timesheet {
  timeZone: string;
  clients: Client[];
  summary: MonthSummary;
  today: TimeEntry[];
}

/** The running timer and, when the user came back from idling, the question waiting for an answer. */
export interface TimerStatus {
  timer: TimerState;
  idle: IdleState | null;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export type MessageType = keyof ProtocolMap;

/** The helpers the sidebar's frame calls (each is one its features may send: see requests.ts). */
export const overlayApi = {
  ping: () => messaging.sendMessage('ping', undefined),
  save: <S extends StoreName>(store: S, record: Draft<S>) =>
    messaging.sendMessage('saveRecord', { store, record }) as Promise<Result<RecordOf<S>>>,
  remove: (store: StoreName, id: string) => messaging.sendMessage('deleteRecord', { store, id }),
  startTimer: (clientId: string, platform: Platform | null = null) =>
    messaging.sendMessage('startTimer', { clientId, platform }),
  stopTimer: () => messaging.sendMessage('stopTimer', undefined),
  pageInfo: (platform: Platform, key: string | null, handle = '') =>
    messaging.sendMessage('pageInfo', { platform, key, handle }),
  tagAccount: (request: Parameters<ProtocolMap['tagAccount']>[0]) => messaging.sendMessage('tagAccount', request),
  recordFollowers: (accountId: string, count: number) => messaging.sendMessage('recordFollowers', { accountId, count }),
  pageShown: (platform: Platform, key: string | null, handle = '') =>
    messaging.sendMessage('pageShown', { platform, key, handle }),
  searchTemplates: (request: Parameters<ProtocolMap['searchTemplates']>[0]) =>
    messaging.sendMessage('searchTemplates', request),
  recordTemplateUse: (request: Parameters<ProtocolMap['recordTemplateUse']>[0]) =>
    messaging.sendMessage('recordTemplateUse', request),
  syncNow: () => messaging.sendMessage('syncNow', undefined),
};

/** Typed helpers views call; each answers with a Result, never throws for a refused request. */
export const api = {
  ...overlayApi,
  list: <S extends StoreName>(store: S, includeDeleted = false) =>
    messaging.sendMessage('listRecords', { store, includeDeleted }) as Promise<Result<RecordOf<S>[]>>,
  exportBackup: (request: { transfer?: string; part: number }) => messaging.sendMessage('exportBackup', request),
  importBackup: (part: UploadPart) => messaging.sendMessage('importBackup', part),
  updateSettings: (patch: Partial<Settings>) => messaging.sendMessage('updateSettings', patch),
  entries: (from: string, to: string) => messaging.sendMessage('listEntries', { from, to }),
  timer: () => messaging.sendMessage('getTimer', undefined),
  /** `nowMs` is the view's own clock: the month, week and day it shows are the ones around it. */
  timesheet: (nowMs = Date.now()) => messaging.sendMessage('timesheet', { nowMs }),
  answerIdle: (choice: IdleChoice) => messaging.sendMessage('answerIdle', { choice }),
  importTemplates: (drafts: unknown[]) => messaging.sendMessage('importTemplates', { drafts }),
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
  resolveConflict: (request: Parameters<ProtocolMap['resolveConflict']>[0]) =>
    messaging.sendMessage('resolveConflict', request),
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
