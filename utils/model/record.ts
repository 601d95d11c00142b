import { z } from 'zod';

/**
 * Every stored instant is a canonical UTC ISO string (`toISOString()` shape), so strings sort like instants
 * and IndexedDB indexes on them order by time.
 */
export const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

/** A calendar day (no time, no zone), e.g. a contract's first day. */
export const calendarDay = z.iso.date();

export const recordId = z.uuid();

/** Fields shared by every record: ready for team sync (client-made ids, timestamps, tombstones). */
export const recordFields = {
  id: recordId,
  createdAt: instant,
  updatedAt: instant,
  deletedAt: instant.nullable().default(null),
  /** The team the record is shared with; null while it is this browser's alone. Set by the background only. */
  teamId: recordId.nullable().default(null),
  /** The server revision this copy came from (0: never synced): a shared record's edit is checked against it. */
  revision: z.number().int().min(0).default(0),
  /** Who made it, as the server says (null until it has synced): plain members change only what they made. */
  createdBy: recordId.nullable().default(null),
};

/**
 * Sync bookkeeping the background alone sets (and `baseRevision`, which a draft only carries to be checked):
 * what a view sends is stripped of it before it can reach a record.
 */
const backgroundOnly = new Set(['teamId', 'revision', 'userId', 'createdBy', 'baseRevision']);

export function withoutSyncFields(draft: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(draft).filter(([key]) => !backgroundOnly.has(key)));
}

export const platform = z.enum(['facebook', 'instagram', 'x']);
export type Platform = z.infer<typeof platform>;
export const platforms = platform.options;

/** BCP-47 language tag such as `ar`, `en`, `fr-CA`; validated by the platform's own Intl. */
export const languageTag = z
  .string()
  .min(2)
  .max(35)
  .refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'language' },
  )
  .transform((tag) => Intl.getCanonicalLocales(tag)[0]!);
