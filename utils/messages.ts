// The single typed protocol between views (popup, options, content scripts) and the background, which owns
// all state. Views import only types from the model here, so no validation library lands in content scripts;
// the background validates every request with the model's schemas (entrypoints/background/requests.ts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackupFile } from './backup/format';
import type { Problem, RecordOf, Settings, StoreName } from './model';

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
};

/** Messages the background sends to one tab's content script (e.g. from a keyboard command). */
export interface TabProtocolMap {
  toggleSidebar(): void;
}
export const tabMessaging = defineExtensionMessaging<TabProtocolMap>();
