// Schemas for every request the background accepts: the boundary where untrusted input meets the model.
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
      Object.entries(settings.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()]),
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
const anonKey = z.string().regex(/^([\w-]+\.[\w-]+\.[\w-]+|sb_publishable_[\w-]+)$/).max(4000);

export const requestSchemas: Record<MessageType, z.ZodType> = {
  ping: z.undefined(),
  listRecords: z.object({ store, includeDeleted: z.boolean().optional() }).strict(),
  saveRecord: z.object({ store, record: z.record(z.string(), z.unknown()) }).strict(),
  deleteRecord: z.object({ store, id: z.uuid() }).strict(),
  exportBackup: z.object({ transfer: z.uuid().optional(), part: z.number().int().min(0).max(100_000) }).strict(),
  importBackup: z
    .object({
      text: z.string().max(maxBackupBytes),
      transfer: z.uuid().optional(),
      part: z.number().int().min(0).max(100_000).optional(),
      parts: z.number().int().min(1).max(100_000).optional(),
    })
    .strict(),
  updateSettings: settingsPatch,
  listEntries: z.object({ from: instant, to: instant }).strict(),
  getTimer: z.undefined(),
  timesheet: z.object({ nowMs: z.number().int().min(0).max(8.64e15) }).strict(),
  startTimer: z.object({ clientId: recordId, platform: platform.nullable().optional() }).strict(),
  stopTimer: z.undefined(),
  answerIdle: z.object({ choice: z.enum(['keep', 'discard', 'discardAndStop']) }).strict(),
  pageInfo: z.object({ platform, key: z.string().min(1).max(200).nullable(), handle: z.string().max(200).optional() }).strict(),
  tagAccount: z
    .object({ platform, key: z.string().min(1).max(200), handle: z.string().max(200), displayName: z.string().max(100_000), clientId: recordId })
    .strict(),
  importTemplates: z.object({ drafts: z.array(z.record(z.string(), z.unknown())).max(5000) }).strict(),
  searchTemplates: z
    .object({ query: z.string().max(500), clientId: recordId.nullable(), platform: platform.nullable(), limit: z.number().int().min(1).max(200).optional() })
    .strict(),
  recordTemplateUse: z.object({ templateId: recordId, clientId: recordId.nullable(), platform, language: z.string().min(2).max(35) }).strict(),
  pageShown: z.object({ platform, key: z.string().min(1).max(200).nullable(), handle: z.string().max(200).optional() }).strict(),
  recordFollowers: z.object({ accountId: recordId, count: z.number().int().min(0).max(10_000_000_000) }).strict(),
  teamView: z.undefined(),
  teamRoles: z.undefined(),
  teamMembers: z.undefined(),
  setSyncConfig: z.object({ config: z.object({ url: projectUrl, anonKey }).strict().nullable() }).strict(),
  signIn: z.object({ email, password }).strict(),
  signUp: z.object({ email, password }).strict(),
  sendSignInCode: z.object({ email }).strict(),
  verifySignInCode: z.object({ email, code: z.string().trim().regex(/^\d{6,10}$/) }).strict(),
  signOut: z.object({ discardPending: z.boolean() }).strict(),
  createTeam: z.object({ name: z.string().trim().min(1).max(120), timeZone: z.string().min(1).max(64) }).strict(),
  joinTeam: z.object({ code: z.string().trim().min(6).max(64) }).strict(),
  setActiveTeam: z.object({ teamId: recordId }).strict(),
  createInvite: z.object({ role: z.enum(['member', 'admin']) }).strict(),
  setMemberRole: z.object({ member: recordId, role }).strict(),
  removeMember: z.object({ member: recordId }).strict(),
  leaveTeam: z.object({ discardPending: z.boolean() }).strict(),
  shareClients: z.object({ clientIds: z.array(recordId).max(10_000) }).strict(),
  syncNow: z.undefined(),
  syncProblems: z.undefined(),
  resolveConflict: z
    .object({ key: z.string().min(1).max(100), choice: z.enum(['mine', 'theirs', 'edit']), record: z.record(z.string(), z.unknown()).optional() })
    .strict(),
  dismissRejections: z.undefined(),
  settleRemovedWork: z.object({ choice: z.enum(['keep', 'discard']) }).strict(),
};
