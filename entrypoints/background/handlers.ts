import { browser } from './browser';
import { storeNames, type StoreName, type Template } from '@/utils/model';
import { messaging, type MessageType, type ProtocolMap, type Result } from '@/utils/messages';
import { entriesInRange } from '@/utils/db/timer';
import { exportBackupPart, importBackupPart } from './backup';
import { pageShown } from './auto-tracking';
import { forgetTemplateIndex, searchTemplates, templateWritten } from './templates';
import { currentTimesheet } from './timesheet';
import { accountDraft, pageInfo, recordFollowers } from './page-info';
import { announceChange } from './changes';
import { database } from './database';
import { deleteStoreRecord, listStore, saveManyRecords, saveStoreRecord } from './records';
import { requests } from './requests';
import { mayAsk, senderKind } from './senders';
import { updateSettings } from './settings';
import { syncHandlers } from './sync/handlers';
import { answerIdleQuestion, publishTimer, startTimerFor, stopRunningTimer } from './timer';

type Handler<T extends MessageType> = (data: Parameters<ProtocolMap[T]>[0]) => Promise<ReturnType<ProtocolMap[T]>>;
type SyncMessage = Extract<
  MessageType,
  | 'teamView'
  | 'teamRoles'
  | 'teamMembers'
  | 'setSyncConfig'
  | 'signIn'
  | 'signUp'
  | 'sendSignInCode'
  | 'verifySignInCode'
  | 'signOut'
  | 'createTeam'
  | 'joinTeam'
  | 'setActiveTeam'
  | 'createInvite'
  | 'setMemberRole'
  | 'removeMember'
  | 'leaveTeam'
  | 'shareClients'
  | 'syncNow'
  | 'syncProblems'
  | 'resolveConflict'
  | 'dismissRejections'
  | 'settleRemovedWork'
>;
/** Team sync's handlers live in sync/handlers.ts. */
export type SyncHandlers = { [T in SyncMessage]: Handler<T> };

const handlers: { [T in MessageType]: Handler<T> } = {
  ...syncHandlers,
  ping: async () => ({
    ok: true,
    value: { version: browser.runtime.getManifest().version, at: new Date().toISOString() },
  }),
  listRecords: async ({ store, includeDeleted }) => listStore(await database(), store, includeDeleted ?? false),
  saveRecord: async ({ store, record }) => {
    const result = await saveStoreRecord(await database(), store, record as Record<string, unknown>);
    if (result.ok) {
      if (store === 'templates') templateWritten(result.value as Template);
      await announceChange([store]);
    }
    return result;
  },
  deleteRecord: async ({ store, id }) => {
    const db = await database();
    const result = await deleteStoreRecord(db, store, id);
    if (result.ok) {
      const tombstone = store === 'templates' ? await db.get('templates', id) : undefined;
      if (tombstone) templateWritten(tombstone);
      await announceChange([store]);
    }
    return result;
  },
  exportBackup: async (request) => exportBackupPart(await database(), request),
  importBackup: async ({ text, transfer, part, parts }) => {
    const whole = { transfer: crypto.randomUUID(), part: 0, parts: 1 };
    const result = await importBackupPart(
      await database(),
      transfer ? { transfer, part: part ?? 0, parts: parts ?? 1, text } : { ...whole, text },
    );
    if (result.ok && result.value.done) {
      await changedInBulk(storeNames);
      await publishTimer(); // the restored running entry (if any) is the timer now
    }
    return result;
  },
  updateSettings: async (patch) => updateSettings(patch),
  listEntries: async ({ from, to }) => ({ ok: true, value: await entriesInRange(await database(), from, to) }),
  timesheet: async ({ nowMs }) => ({ ok: true, value: await currentTimesheet(await database(), nowMs) }),
  getTimer: async () => ({ ok: true, value: await publishTimer() }),
  startTimer: async ({ clientId, platform }) => {
    const client = await (await database()).get('clients', clientId);
    if (!client || client.deletedAt !== null)
      return { ok: false, problems: [{ code: 'unknownReference', path: 'clientId' }] };
    return { ok: true, value: await startTimerFor(clientId, platform ?? null) };
  },
  stopTimer: async () => ({ ok: true, value: await stopRunningTimer() }),
  answerIdle: async ({ choice }) => ({ ok: true, value: await answerIdleQuestion(choice) }),
  pageInfo: async ({ platform, key, handle }) => ({
    ok: true,
    value: await pageInfo(await database(), platform, key, handle),
  }),
  tagAccount: async (request) => {
    const db = await database();
    const result = await saveStoreRecord(db, 'accounts', await accountDraft(db, request));
    if (result.ok) await announceChange(['accounts']);
    return result;
  },
  importTemplates: async ({ drafts }) => {
    const result = await saveManyRecords(await database(), 'templates', drafts as Record<string, unknown>[]);
    if (result.ok) await changedInBulk(['templates']);
    return result;
  },
  searchTemplates: async (request) => ({
    ok: true,
    value: await searchTemplates(await database(), { limit: 30, ...request }),
  }),
  recordTemplateUse: async ({ templateId, clientId, platform, language }) => {
    const db = await database();
    const template = await db.get('templates', templateId);
    if (!template || template.deletedAt !== null)
      return { ok: false, problems: [{ code: 'notFound', path: 'templateId' }] };
    const use = await saveStoreRecord(db, 'uses', {
      templateId,
      clientId,
      platform,
      language,
      usedAt: new Date().toISOString(),
    });
    if (!use.ok) return use;
    const counted = await saveStoreRecord(db, 'templates', { id: templateId, usageCount: template.usageCount + 1 });
    if (counted.ok) templateWritten(counted.value);
    await announceChange(['templates', 'uses']);
    return { ok: true, value: null };
  },
  pageShown: async ({ platform, key, handle }) => {
    await pageShown(platform, key, handle);
    return { ok: true, value: null };
  },
  recordFollowers: async ({ accountId, count }) => {
    const db = await database();
    const account = await db.get('accounts', accountId);
    if (!account || account.deletedAt !== null)
      return { ok: false, problems: [{ code: 'notFound', path: 'accountId' }] };
    await recordFollowers(db, accountId, count);
    return { ok: true, value: null };
  },
};

/** After a bulk write (a restore, an import): the template index is dropped and every view is told. */
async function changedInBulk(stores: StoreName[]): Promise<void> {
  if (stores.includes('templates')) forgetTemplateIndex();
  await announceChange(stores);
}

/**
 * Messages are accepted only from this extension's own pages, its sidebar frame and its content scripts (same
 * extension id; web pages cannot reach `runtime.onMessage` because the manifest declares no
 * `externally_connectable`), and each only from the senders its definition lists (requests.ts): a content script
 * shares its page with the site's own scripts, so it may not export a backup or sign in. Every request is
 * validated before its handler runs; a refused request answers with problems, never throws.
 */
export function registerHandlers(): void {
  for (const type of Object.keys(handlers) as MessageType[]) {
    messaging.onMessage(type, async (message) => {
      if (!mayAsk(type, senderKind(message.sender, browser.runtime.id))) {
        return { ok: false, problems: [{ code: 'invalidMessage', path: 'sender' }] } satisfies Result<never>;
      }
      const parsed = requests[type].schema.safeParse(message.data);
      if (!parsed.success)
        return { ok: false, problems: [{ code: 'invalidMessage', path: '' }] } satisfies Result<never>;
      try {
        return await (handlers[type] as Handler<MessageType>)(parsed.data as never);
      } catch (error) {
        console.error(`[wasla] ${type} failed`, error);
        return { ok: false, problems: [{ code: 'unknown', path: '' }] } satisfies Result<never>;
      }
    });
  }
}
