import type { z } from 'zod';
import { browser } from './browser';
import { problemsFromZod, storeNames, type StoreName } from '@/utils/model';
import { listRecords } from '@/utils/db/records';
import { defineExtensionMessaging } from '@webext-core/messaging';
import {
  requests,
  type AnswerOf,
  type MessageType,
  type RequestOf,
  type Result,
  type ValidRequestOf,
} from '@/utils/protocol';
import { entriesInRange } from '@/utils/db/timer';
import { exportBackupPart, importBackupPart } from './backup';
import { pageShown } from './auto-tracking';
import { forgetImportedTemplates, searchTemplates, templateWritten } from './templates';
import { accountDraft, pageInfo, recordFollowers } from './page-info';
import { announceChange } from './changes';
import { database } from './database';
import { deleteStoreRecord, saveManyRecords, saveStoreRecord } from './records';
import { mayAsk, senderKind } from './senders';
import { updateSettings } from './settings';
import { syncHandlers } from './sync/handlers';
import { answerIdleQuestion, publishTimer, startTimerFor, stopRunningTimer } from './timer';

/** Answers one validated request of type T (its request and answer types come from its definition). */
type Handler<T extends MessageType> = (request: ValidRequestOf<T>) => Promise<Result<AnswerOf<T>>>;
type Handlers = { [T in MessageType]: Handler<T> };

const localHandlers = {
  ping: async () => ({
    ok: true,
    value: { version: browser.runtime.getManifest().version, at: new Date().toISOString() },
  }),
  listRecords: async ({ store, includeDeleted }) => ({
    ok: true,
    value: await listRecords(await database(), store, includeDeleted ?? false),
  }),
  saveRecord: async ({ store, record }) => {
    const db = await database();
    const result =
      store === 'templates'
        ? await saveStoreRecord(db, 'templates', record).then((saved) => {
            if (saved.ok) templateWritten(saved.value);
            return saved;
          })
        : await saveStoreRecord(db, store, record);
    if (result.ok) await announceChange([store], { templateIds: [result.value.id] });
    return result;
  },
  deleteRecord: async ({ store, id }) => {
    const db = await database();
    const result = await deleteStoreRecord(db, store, id);
    if (result.ok) {
      const tombstone = store === 'templates' ? await db.get('templates', id) : undefined;
      if (tombstone) templateWritten(tombstone);
      await announceChange([store], { templateIds: [id] });
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
    const result = await saveManyRecords(await database(), 'templates', drafts);
    if (result.ok) await changedInBulk(['templates']);
    return result;
  },
  listTemplates: async (request) => {
    const db = await database();
    if (!request) return { ok: true, value: await listRecords(db, 'templates') };
    const found = await Promise.all(request.ids.map((id) => db.get('templates', id)));
    return { ok: true, value: found.filter((template) => template !== undefined) };
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
    await announceChange(['templates', 'uses'], { templateIds: [templateId] });
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
} satisfies Partial<Handlers>;

/** Team sync's handlers live in sync/handlers.ts: every request not answered above. */
export type SyncHandlers = Omit<Handlers, keyof typeof localHandlers>;

const handlers: Handlers = { ...syncHandlers, ...localHandlers };

/** After a bulk write (a restore, an import): the template index is dropped and every view is told. */
async function changedInBulk(stores: StoreName[]): Promise<void> {
  if (stores.includes('templates')) await forgetImportedTemplates(await database());
  await announceChange(stores);
}

/**
 * Messages are accepted only from this extension's own pages, its sidebar frame and its content scripts (same
 * extension id; web pages cannot reach `runtime.onMessage` because the manifest declares no
 * `externally_connectable`), and each only from the senders its definition lists (utils/protocol.ts): a content script
 * shares its page with the site's own scripts, so it may not export a backup or sign in. Every request is
 * validated before its handler runs; a refused request answers with problems, never throws.
 */
export function registerHandlers(): void {
  for (const type of Object.keys(handlers) as MessageType[]) listen(type);
}

/**
 * The table seen per request type: indexing this mapped type with a generic T keeps T's own request type, so
 * validation and dispatch need no cast (TypeScript checks that the table fits it).
 */
const definitions: { [T in MessageType]: { request: z.ZodType<ValidRequestOf<T>, RequestOf<T>> } } = requests;

/**
 * What arrives is untrusted until its schema has checked it, so the background listens on the same wire format
 * (@webext-core/messaging) without a protocol type: `answer` below is where a request gets its type.
 */
const incoming = defineExtensionMessaging();

function listen<T extends MessageType>(type: T): void {
  incoming.onMessage(type, (message) => answer(type, message.data, message.sender));
}

/**
 * Validates and answers one request: refused (with problems, never a throw) when its sender may not ask for it or
 * its data does not match its schema; the problem names the path and what was expected.
 */
export async function answer<T extends MessageType>(
  type: T,
  data: unknown,
  sender: { id?: string; url?: string },
  extensionId = browser.runtime.id,
): Promise<Result<AnswerOf<T>>> {
  if (!mayAsk(type, senderKind(sender, extensionId)))
    return { ok: false, problems: [{ code: 'invalidMessage', path: 'sender' }] };
  const parsed = definitions[type].request.safeParse(data);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, [], data) };
  try {
    return await handlers[type](parsed.data);
  } catch (error) {
    console.error(`[wasla] ${type} failed`, error);
    return { ok: false, problems: [{ code: 'unknown', path: '' }] };
  }
}
