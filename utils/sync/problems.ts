// What the user is told when the server refuses: SyncErrors (utils/sync/engine.ts) and GoTrue's answers become
// problem codes the views word in both languages (utils/i18n/locales/*.team.json). Pure: the background's handlers
// (entrypoints/background/sync/handlers.ts) return these; nothing here throws at a view.
import type { AuthError } from '@supabase/supabase-js';
import type { Problem } from '../model';
import type { SyncError } from './engine';

export const refuse = (code: string, params?: Problem['params']): { ok: false; problems: Problem[] } => ({
  ok: false,
  problems: [{ code, path: '', ...(params ? { params } : {}) }],
});

/** A SyncError as the problem the views show: the server's hint first, then the kind of failure, then its code. */
export function syncErrorProblem(error: SyncError): { ok: false; problems: Problem[] } {
  return refuse(hintCodes[error.hint] ?? kindCodes[error.kind] ?? refusedCodes[error.code] ?? 'serverError');
}

const hintCodes: Record<string, string> = {
  invite_invalid: 'inviteInvalid',
  already_member: 'alreadyMember',
  last_owner: 'lastOwner',
};
/** classify (utils/sync/engine.ts) already sorted the failure; 42501 is `forbidden` there. */
const kindCodes: Partial<Record<SyncError['kind'], string>> = {
  network: 'network',
  auth: 'notSignedIn',
  forbidden: 'forbidden',
};
/** Refusals that are neither the user's nor the team's doing, named for what to do about them. */
const refusedCodes: Record<string, string> = {
  setupIncomplete: 'setupIncomplete',
  unexpectedAnswer: 'unexpectedAnswer',
};

// GoTrue's error codes (github supabase/auth @ bc32168e13fdc928c98b449fc76bc3fdb9a293c5,
// internal/api/apierrors/errorcode.go) → what the user is told.
const authCodes: Record<string, string> = {
  invalid_credentials: 'signInFailed',
  user_already_exists: 'userExists',
  email_exists: 'userExists',
  weak_password: 'weakPassword',
  otp_expired: 'codeInvalid',
  otp_disabled: 'signInFailed',
  email_not_confirmed: 'emailNotConfirmed',
  over_request_rate_limit: 'tooManyRequests',
  over_email_send_rate_limit: 'tooManyRequests',
};

/** GoTrue words the per-address e-mail limit "… you can only request this after N seconds." (internal/api/errors.go,
 * generateFrequencyLimitErrorMessage); the project-wide hourly quota has no number ("email rate limit exceeded"). */
export function secondsToWait(message: string): number | null {
  const match = /after (\d+) seconds?/.exec(message);
  return match ? Math.max(1, Number(match[1])) : null;
}

/** What a GoTrue refusal (sign-in, sign-up, codes) tells the user. */
export function authProblem(error: Pick<AuthError, 'name' | 'status' | 'code' | 'message'>): {
  ok: false;
  problems: Problem[];
} {
  if (error.name === 'AuthRetryableFetchError' || error.status === 0) return refuse('network');
  const seconds = error.code === 'over_email_send_rate_limit' ? secondsToWait(error.message) : null;
  if (seconds !== null) return refuse('emailWait', { seconds });
  return refuse(
    authCodes[error.code ?? ''] ??
      (error.status === 429 ? 'tooManyRequests' : error.status === 400 ? 'signInFailed' : 'serverError'),
  );
}
