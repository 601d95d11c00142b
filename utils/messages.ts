// The single typed protocol between views (popup, options, content scripts) and the background, which owns
// all state. Views import only types from the model here, so no validation library lands in content scripts;
// the background validates every request with the model's schemas (entrypoints/background/requests.ts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackupFile } from './backup/format';
import type { Client, Contract, Platform, PostLabel, Problem, RecordOf, Settings, SocialAccount, StoreName, Template, TimeEntry } from './model';
import type { IdleState } from './db/schema';
import type { MonthSummary } from './reports/month-summary';
import type { IdleChoice, RunningTimer, TimerState } from './time/timer';

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** What a view sends to save a record: the background fills id, createdAt, updatedAt and deletedAt. */
export type Draft<S extends StoreName> = Omit<RecordOf<S>, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> & { id?: string };

export interface ProtocolMap {
  ping(): Result<{ version: string; at: string }>;
  listRecords(request: { store: StoreName; includeDeleted?: boolean }): Result<unknown[]>;
  saveRecord(request: { store: StoreName; record: unknown }): Result<unknown>;
  deleteRecord(request: { store: StoreName; id: string }): Result<null>;
  exportBackup(): Result<BackupFile>;
  importBackup(request: { text: string }): Result<{ recordCount: number }>;
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
  tagAccount(request: { platform: Platform; key: string; handle: string; displayName: string; clientId: string }): Result<SocialAccount>;
  recordFollowers(request: { accountId: string; count: number }): Result<null>;
  /** A tab now shows this page (key null: no account); drives auto-tracking when the user turned it on. */
  pageShown(request: { platform: Platform; key: string | null; handle?: string }): Result<null>;
  /** Adds every template of an import, all or nothing (the file was parsed and checked by the page first). */
  importTemplates(request: { drafts: unknown[] }): Result<{ count: number }>;
  searchTemplates(request: { query: string; clientId: string | null; platform: Platform | null; limit?: number }): Result<Template[]>;
  /** A template went into a site's reply box: counted per template, client and platform. */
  recordTemplateUse(request: { templateId: string; clientId: string | null; platform: Platform; language: string }): Result<null>;
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

/** Typed helpers views call; each answers with a Result, never throws for a refused request. */
export const api = {
  ping: () => messaging.sendMessage('ping', undefined),
  list: <S extends StoreName>(store: S, includeDeleted = false) =>
    messaging.sendMessage('listRecords', { store, includeDeleted }) as Promise<Result<RecordOf<S>[]>>,
  save: <S extends StoreName>(store: S, record: Draft<S>) =>
    messaging.sendMessage('saveRecord', { store, record }) as Promise<Result<RecordOf<S>>>,
  remove: (store: StoreName, id: string) => messaging.sendMessage('deleteRecord', { store, id }),
  exportBackup: () => messaging.sendMessage('exportBackup', undefined),
  importBackup: (text: string) => messaging.sendMessage('importBackup', { text }),
  updateSettings: (patch: Partial<Settings>) => messaging.sendMessage('updateSettings', patch),
  entries: (from: string, to: string) => messaging.sendMessage('listEntries', { from, to }),
  timer: () => messaging.sendMessage('getTimer', undefined),
  /** `nowMs` is the view's own clock: the month, week and day it shows are the ones around it. */
  timesheet: (nowMs = Date.now()) => messaging.sendMessage('timesheet', { nowMs }),
  startTimer: (clientId: string, platform: Platform | null = null) => messaging.sendMessage('startTimer', { clientId, platform }),
  stopTimer: () => messaging.sendMessage('stopTimer', undefined),
  answerIdle: (choice: IdleChoice) => messaging.sendMessage('answerIdle', { choice }),
  pageInfo: (platform: Platform, key: string | null, handle = '') => messaging.sendMessage('pageInfo', { platform, key, handle }),
  tagAccount: (request: Parameters<ProtocolMap['tagAccount']>[0]) => messaging.sendMessage('tagAccount', request),
  recordFollowers: (accountId: string, count: number) => messaging.sendMessage('recordFollowers', { accountId, count }),
  pageShown: (platform: Platform, key: string | null, handle = '') => messaging.sendMessage('pageShown', { platform, key, handle }),
  importTemplates: (drafts: unknown[]) => messaging.sendMessage('importTemplates', { drafts }),
  searchTemplates: (request: Parameters<ProtocolMap['searchTemplates']>[0]) => messaging.sendMessage('searchTemplates', request),
  recordTemplateUse: (request: Parameters<ProtocolMap['recordTemplateUse']>[0]) => messaging.sendMessage('recordTemplateUse', request),
};

/** Messages the background sends to one tab's content script (e.g. from a keyboard command). */
export interface TabProtocolMap {
  toggleSidebar(): void;
}
export const tabMessaging = defineExtensionMessaging<TabProtocolMap>();
