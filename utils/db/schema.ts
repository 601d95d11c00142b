import type { DBSchema } from 'idb';
import type { TimerState } from '../time/timer';
import type { Client, Contract, FollowerSnapshot, PostLabel, SocialAccount, Template, TemplateUse, TimeEntry } from '../model';

export const databaseName = 'wasla';
/** Bump with every change of stored shape and add the step to `migrations.ts`. */
export const databaseVersion = 3;

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
  uses: { key: string; value: TemplateUse; indexes: { 'by-client-used': [string, string]; 'by-template': string; 'by-updated': string } };
  /**
   * Background-owned state that must change in the same transaction as the records it describes (v2): the
   * running timer is written together with its entry, so a crash can never leave one without the other.
   */
  meta: { key: string; value: MetaValue };
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

export type MetaValue = { key: 'timer'; timer: TimerState } | { key: 'idle'; idle: IdleState | null };
