import { z } from 'zod';
import { calendarDay, languageTag, recordFields, recordId } from './record';

/** Days of the week as JavaScript numbers them: 0 = Sunday … 6 = Saturday. */
export const weekday = z.number().int().min(0).max(6);

/** The working week most of our users' clients contract for. */
export const defaultWorkingDays = [0, 1, 2, 3, 4];

export const contract = z
  .object({
    ...recordFields,
    clientId: recordId,
    startsOn: calendarDay,
    endsOn: calendarDay.nullable().default(null),
    monthlyHours: z.number().min(0).max(744),
    minDailyHours: z.number().min(0).max(24),
    workingDays: z
      .array(weekday)
      .max(7)
      .default(defaultWorkingDays)
      .refine((days) => new Set(days).size === days.length, { message: 'duplicate' }),
    languages: z.array(languageTag).min(1).default(['ar', 'en']),
    hourlyRate: z.number().min(0).nullable().default(null),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .default(null),
  })
  .refine((c) => c.endsOn === null || c.endsOn >= c.startsOn, { message: 'endBeforeStart', path: ['endsOn'] })
  .refine((c) => c.hourlyRate === null || c.currency !== null, { message: 'currencyRequired', path: ['currency'] });

export type Contract = z.infer<typeof contract>;
