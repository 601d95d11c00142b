import type { DBSchema } from 'idb';
import type { TimerState } from '../time/timer';
import type { SyncConflict, SyncRejection } from '../sync/status';
import type { OutboxRow } from './outbox';
import type { TemplateIndexSnapshot } from '../templates/search';
import type {
  Client,
  Contract,
  FollowerSnapshot,
  PostLabel,
  SocialAccount,
  Template,
  TemplateUse,
  TimeEntry,
} from '../model';

export const databaseName = 'wasla';
/** Bump with every change of stored shape and add the step to `migrations.ts`. */
export const databaseVersion = 4;

export interface WaslaDB extends DBSchema {
  clients: { key: string; value: Client; indexes: { 'by-updated': string } };
  contracts: { key: string; value: Contract; indexes: { 'by-client': string; 'by-updated': string } };
  accounts: {
    key: string;
    value: SocialAccount;
    indexes: { 'by-client': string; 'by-platform-key': [string, string]; 'by-updated': string };
  };
  templates: { key: string; value: Template; indexes: { 'by-updated': string } };
  /** Time entries: the timesheet reads by start (a day, a month) and by client and start (a client's month). */
  entries: {
    key: string;
    value: TimeEntry;
    indexes: { 'by-start': string; 'by-client-start': [string, string]; 'by-updated': string };
  };
  labels: {
    key: string;
    value: PostLabel;
    indexes: { 'by-client-created': [string, string]; 'by-updated': string };
  };
  /** Template insertions (v3), by client and time for the monthly report. */
  uses: {
    key: string;
    value: TemplateUse;
    indexes: { 'by-client-used': [string, string]; 'by-template': string; 'by-updated': string };
  };
  /**
   * Background-owned state that must change in the same transaction as the records it describes (v2): the
   * running timer is written together with its entry, so a crash can never leave one without the other.
   */
  meta: { key: string; value: MetaValue };
  /** Team sync (v4): local changes the server has not confirmed, one row per record (see outbox.ts). */
  outbox: { key: string; value: OutboxRow; indexes: { 'by-seq': number } };
  /** Shared records both sides changed, waiting for the user's choice. */
  conflicts: { key: string; value: SyncConflict };
  /** Changes the server refused for good, kept until the user has read them. */
  rejections: { key: string; value: SyncRejection };
  snapshots: {
    key: string;
    value: FollowerSnapshot;
    indexes: { 'by-account-taken': [string, string]; 'by-updated': string };
  };
}

/** When the user went idle with a timer running, and (once back) the answer we are waiting for. */
export interface IdleState {
  idleSinceMs: number;
  returnedAtMs: number | null;
}

/** How far this browser has pulled a team's changes (sync_pull's cursor); `meta` key `cursor:<teamId>`. */
export interface TeamCursor {
  key: `cursor:${string}`;
  since: number;
}

/** The template search index between worker starts (no schema change: `meta` holds any keyed value). */
export interface TemplateIndexRow {
  key: 'templateIndex';
  snapshot: TemplateIndexSnapshot;
}

export type MetaValue =
  { key: 'timer'; timer: TimerState } | { key: 'idle'; idle: IdleState | null } | TeamCursor | TemplateIndexRow;
