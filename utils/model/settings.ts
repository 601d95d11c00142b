import { z } from 'zod';

export const uiLanguage = z.enum(['auto', 'ar', 'en']);
export type UiLanguage = z.infer<typeof uiLanguage>;

/** auto: follow the browser's light or dark preference. */
export const uiTheme = z.enum(['auto', 'light', 'dark']);
export type UiTheme = z.infer<typeof uiTheme>;

/** User preferences, kept in extension storage (not IndexedDB) so every context can read them directly. */
export const settings = z.object({
  language: uiLanguage.default('auto'),
  /** IANA zone for day and month totals; empty means the browser's own. */
  timeZone: z.string().default(''),
  idleMinutes: z.number().int().min(1).max(120).default(5),
  autoTracking: z.enum(['off', 'offer', 'automatic']).default('off'),
  reminderTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable()
    .default('16:00'),
  rounding: z
    .object({ minutes: z.union([z.literal(0), z.literal(1), z.literal(6), z.literal(15), z.literal(30)]), mode: z.enum(['up', 'nearest']) })
    .default({ minutes: 0, mode: 'nearest' }),
  agentName: z.string().max(120).default(''),
  theme: uiTheme.default('auto'),
});
export type Settings = z.infer<typeof settings>;
