import { z } from 'zod';

export const uiLanguage = z.enum(['auto', 'ar', 'en']);
export type UiLanguage = z.infer<typeof uiLanguage>;

/** auto: follow the browser's light or dark preference. */
export const uiTheme = z.enum(['auto', 'light', 'dark']);
export type UiTheme = z.infer<typeof uiTheme>;

/**
 * An IANA zone name the platform's tz database knows (`Asia/Riyadh`, `UTC`); offsets such as `+03:00`, which
 * newer Intl also takes, are not zones: they ignore summer time.
 */
export function isIanaTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock time `HH:MM`, 00:00 to 23:59. */
export const isWallClockTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** User preferences, kept in extension storage (not IndexedDB) so every context can read them directly. */
export const settings = z
  .object({
    language: uiLanguage.default('auto'),
    /** IANA zone for day and month totals; empty means the browser's own. */
    timeZone: z.string().max(64).default(''),
    idleMinutes: z.number().int().min(1).max(120).default(5),
    autoTracking: z.enum(['off', 'offer', 'automatic']).default('off'),
    reminderTime: z.string().max(5).nullable().default('16:00'),
    rounding: z
      .object({
        minutes: z.union([z.literal(0), z.literal(1), z.literal(6), z.literal(15), z.literal(30)]),
        mode: z.enum(['up', 'nearest']),
      })
      .default({ minutes: 0, mode: 'nearest' }),
    agentName: z.string().max(120).default(''),
    theme: uiTheme.default('auto'),
  })
  // Value rules sit on the whole object, not on the fields: a settings patch (utils/protocol.ts) reuses the fields to
  // check a request's shape, and a bad zone typed on the Settings page must come back as this clear refusal,
  // the same one a backup's settings get, not as a request that was not understood.
  .superRefine((value, context) => {
    if (value.timeZone !== '' && !isIanaTimeZone(value.timeZone)) {
      context.addIssue({ code: 'custom', message: 'timeZone', path: ['timeZone'] });
    }
    if (value.reminderTime !== null && !isWallClockTime(value.reminderTime)) {
      context.addIssue({ code: 'custom', message: 'invalidTime', path: ['reminderTime'] });
    }
  });
export type Settings = z.infer<typeof settings>;
