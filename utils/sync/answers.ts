// The shapes of the server's answers outside push and pull (those are in engine.ts), parsed before use: a
// malformed answer (a project running other migrations, a proxy's error page) becomes a SyncError the user sees
// ("unexpectedAnswer"), never a crash or a half-written account. Shapes: supabase/README.md, "Functions".
import { z } from 'zod';
import { SyncError } from './engine';

const role = z.enum(['owner', 'admin', 'member']);

export const myTeamsAnswer = z.array(z.object({ team_id: z.string(), name: z.string(), time_zone: z.string(), role }));
export const rosterAnswer = z.array(
  z.object({ user_id: z.string(), display_name: z.string(), email: z.string(), role, joined_at: z.string() }),
);
export const createTeamAnswer = z.object({ id: z.string(), name: z.string(), time_zone: z.string() });
export const redeemInviteAnswer = z.array(z.object({ team_id: z.string(), role: z.enum(['admin', 'member']) }));
export const createInviteAnswer = z.object({ code: z.string(), expires_at: z.string() });

/** The answer in the shape asked for, or a SyncError naming what did not fit. */
export function parseAnswer<T>(fn: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new SyncError('refused', 'unexpectedAnswer', `${fn}: unexpected answer: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
