import { z } from 'zod';
import { instant, platform, recordFields, recordId } from './record';

export const entrySource = z.enum(['timer', 'manual', 'auto']);

export const timeEntry = z
  .object({
    ...recordFields,
    clientId: recordId,
    start: instant,
    /** `null` while the timer runs. */
    end: instant.nullable().default(null),
    source: entrySource,
    platform: platform.nullable().default(null),
    note: z.string().max(2000).default(''),
    /** Whose time this is: null for this browser's user; a teammate's id for entries synced from the team. */
    userId: recordId.nullable().default(null),
  })
  .refine((e) => e.end === null || e.end > e.start, { message: 'endBeforeStart', path: ['end'] });

export type TimeEntry = z.infer<typeof timeEntry>;
