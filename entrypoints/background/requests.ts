// Every request the background accepts, defined once: its schema (the boundary where untrusted input meets the
// model) and who may send it (issue 16: a content script runs in a page the networks' scripts share, so it may
// ask only for what it needs; backup, sync and project configuration, sign-in/out and team administration come
// only from the extension's own pages).
import { z } from 'zod';
import { instant, platform, recordId, settings, storeNames } from '@/utils/model';
import type { MessageType } from '@/utils/messages';
import { maxBackupBytes } from '@/utils/backup/transfer';

const store = z.enum(storeNames as [string, ...string[]]);

/**
 * A settings patch: only the fields sent. Zod's `.partial()` would keep each field's default and so turn
 * `{ language: 'ar' }` into a full set of defaults, silently resetting every other setting.
 */
const settingsPatch = z
  .object(
    Object.fromEntries(
      Object.entries(settings.shape).map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
      ]),
    ),
  )
  .strict();

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

/**
 * Who sent a request, judged from the sender's URL (see `senderKind` in senders.ts): `content` = a content
 * script in a site's page, `sidebar` = the sidebar's own extension page in its frame, `page` = popup or options.
 */
export type SenderKind = 'content' | 'sidebar' | 'page';

/** The extension's own pages only. */
const pages = ['page'] as const satisfies readonly SenderKind[];
/** What the sidebar's features ask for (and the pages, which may ask for everything). */
const sidebar = ['sidebar', 'page'] as const satisfies readonly SenderKind[];
/** Page facts and what an insertion records: a content script may send these too. */
const anyone = ['content', 'sidebar', 'page'] as const satisfies readonly SenderKind[];

export interface RequestDefinition {
  schema: z.ZodType;
  from: readonly SenderKind[];
}

const define = (schema: z.ZodType, from: readonly SenderKind[]): RequestDefinition => ({ schema, from });

export const requests: Record<MessageType, RequestDefinition> = {
  ping: define(z.undefined(), anyone),
  listRecords: define(z.object({ store, includeDeleted: z.boolean().optional() }).strict(), pages),
  saveRecord: define(z.object({ store, record: z.record(z.string(), z.unknown()) }).strict(), sidebar),
  deleteRecord: define(z.object({ store, id: z.uuid() }).strict(), sidebar),
  exportBackup: define(
    z.object({ transfer: z.uuid().optional(), part: z.number().int().min(0).max(100_000) }).strict(),
    pages,
  ),
  importBackup: define(
    z
      .object({
        text: z.string().max(maxBackupBytes),
        transfer: z.uuid().optional(),
        part: z.number().int().min(0).max(100_000).optional(),
        parts: z.number().int().min(1).max(100_000).optional(),
      })
      .strict(),
    pages,
  ),
  updateSettings: define(settingsPatch, pages),
  listEntries: define(z.object({ from: instant, to: instant }).strict(), pages),
  getTimer: define(z.undefined(), pages),
  timesheet: define(z.object({ nowMs: z.number().int().min(0).max(8.64e15) }).strict(), pages),
  startTimer: define(z.object({ clientId: recordId, platform: platform.nullable().optional() }).strict(), sidebar),
  stopTimer: define(z.undefined(), sidebar),
  answerIdle: define(z.object({ choice: z.enum(['keep', 'discard', 'discardAndStop']) }).strict(), pages),
  pageInfo: define(
    z.object({ platform, key: z.string().min(1).max(200).nullable(), handle: z.string().max(200).optional() }).strict(),
    sidebar,
  ),
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
    sidebar,
  ),
  importTemplates: define(z.object({ drafts: z.array(z.record(z.string(), z.unknown())).max(5000) }).strict(), pages),
  searchTemplates: define(
    z
      .object({
        query: z.string().max(500),
        clientId: recordId.nullable(),
        platform: platform.nullable(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    sidebar,
  ),
  recordTemplateUse: define(
    z
      .object({ templateId: recordId, clientId: recordId.nullable(), platform, language: z.string().min(2).max(35) })
      .strict(),
    anyone,
  ),
  pageShown: define(
    z.object({ platform, key: z.string().min(1).max(200).nullable(), handle: z.string().max(200).optional() }).strict(),
    anyone,
  ),
  recordFollowers: define(
    z.object({ accountId: recordId, count: z.number().int().min(0).max(10_000_000_000) }).strict(),
    anyone,
  ),
  teamView: define(z.undefined(), pages),
  teamRoles: define(z.undefined(), pages),
  teamMembers: define(z.undefined(), pages),
  setSyncConfig: define(
    z.object({ config: z.object({ url: projectUrl, anonKey }).strict().nullable() }).strict(),
    pages,
  ),
  signIn: define(z.object({ email, password }).strict(), pages),
  signUp: define(z.object({ email, password }).strict(), pages),
  sendSignInCode: define(z.object({ email }).strict(), pages),
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
    pages,
  ),
  signOut: define(z.object({ discardPending: z.boolean() }).strict(), pages),
  createTeam: define(
    z.object({ name: z.string().trim().min(1).max(120), timeZone: z.string().min(1).max(64) }).strict(),
    pages,
  ),
  joinTeam: define(z.object({ code: z.string().trim().min(6).max(64) }).strict(), pages),
  setActiveTeam: define(z.object({ teamId: recordId }).strict(), pages),
  createInvite: define(z.object({ role: z.enum(['member', 'admin']) }).strict(), pages),
  setMemberRole: define(z.object({ member: recordId, role }).strict(), pages),
  removeMember: define(z.object({ member: recordId }).strict(), pages),
  leaveTeam: define(z.object({ discardPending: z.boolean() }).strict(), pages),
  shareClients: define(z.object({ clientIds: z.array(recordId).max(10_000) }).strict(), pages),
  syncNow: define(z.undefined(), sidebar),
  syncProblems: define(z.undefined(), pages),
  resolveConflict: define(
    z
      .object({
        key: z.string().min(1).max(100),
        choice: z.enum(['mine', 'theirs', 'edit']),
        record: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
    pages,
  ),
  dismissRejections: define(z.undefined(), pages),
  settleRemovedWork: define(z.object({ choice: z.enum(['keep', 'discard']) }).strict(), pages),
};

/** Each request's schema alone (what the tests of one schema read). */
export const requestSchemas = Object.fromEntries(
  Object.entries(requests).map(([type, { schema }]) => [type, schema]),
) as Record<MessageType, z.ZodType>;
