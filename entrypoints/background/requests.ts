// Schemas for every request the background accepts: the boundary where untrusted input meets the model.
import { z } from 'zod';
import { instant, platform, recordId, settings, storeNames } from '@/utils/model';
import type { MessageType } from '@/utils/messages';

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

export const requestSchemas: Record<MessageType, z.ZodType> = {
  ping: z.undefined(),
  listRecords: z.object({ store, includeDeleted: z.boolean().optional() }).strict(),
  saveRecord: z.object({ store, record: z.record(z.string(), z.unknown()) }).strict(),
  deleteRecord: z.object({ store, id: z.uuid() }).strict(),
  exportBackup: z.undefined(),
  importBackup: z.object({ text: z.string().max(200 * 1024 * 1024) }).strict(),
  updateSettings: settingsPatch,
  listEntries: z.object({ from: instant, to: instant }).strict(),
  getTimer: z.undefined(),
  timesheet: z.object({ nowMs: z.number().int().min(0).max(8.64e15) }).strict(),
  startTimer: z.object({ clientId: recordId, platform: platform.nullable().optional() }).strict(),
  stopTimer: z.undefined(),
  answerIdle: z.object({ choice: z.enum(['keep', 'discard', 'discardAndStop']) }).strict(),
  pageInfo: z.object({ platform, key: z.string().min(1).max(200).nullable(), handle: z.string().max(200).optional() }).strict(),
  tagAccount: z
    .object({ platform, key: z.string().min(1).max(200), handle: z.string().max(200), displayName: z.string().max(300), clientId: recordId })
    .strict(),
  importTemplates: z.object({ drafts: z.array(z.record(z.string(), z.unknown())).max(5000) }).strict(),
  searchTemplates: z
    .object({ query: z.string().max(500), clientId: recordId.nullable(), platform: platform.nullable(), limit: z.number().int().min(1).max(200).optional() })
    .strict(),
  recordTemplateUse: z.object({ templateId: recordId, clientId: recordId.nullable(), platform, language: z.string().min(2).max(35) }).strict(),
  pageShown: z.object({ platform, key: z.string().min(1).max(200).nullable(), handle: z.string().max(200).optional() }).strict(),
  recordFollowers: z.object({ accountId: recordId, count: z.number().int().min(0).max(10_000_000_000) }).strict(),
};
