// GoTrue's answers (as the stand-in's contract tests pin them, after github supabase/auth internal/api) → the
// problem codes the Team page words in both languages.
import { describe, expect, it } from 'vitest';
import { authProblem, secondsToWait } from '@/utils/sync/problems';
import ar from '@/utils/i18n/locales/ar.team.json';
import en from '@/utils/i18n/locales/en.team.json';

const answer = (status: number, code: string, message: string) => ({ name: 'AuthApiError', status, code, message });

describe('GoTrue answers', () => {
  it('the e-mail limit gives the seconds to wait from its message', () => {
    expect(secondsToWait('For security purposes, you can only request this after 42 seconds.')).toBe(42);
    expect(secondsToWait('email rate limit exceeded')).toBeNull();
    expect(
      authProblem(
        answer(429, 'over_email_send_rate_limit', 'For security purposes, you can only request this after 7 seconds.'),
      ),
    ).toEqual({ ok: false, problems: [{ code: 'emailWait', path: '', params: { seconds: 7 } }] });
    expect(authProblem(answer(429, 'over_email_send_rate_limit', 'email rate limit exceeded')).problems[0]!.code).toBe(
      'tooManyRequests',
    );
  });

  it('email_not_confirmed, user_already_exists, invalid_credentials each have their own words', () => {
    expect(authProblem(answer(400, 'email_not_confirmed', 'Email not confirmed')).problems[0]!.code).toBe(
      'emailNotConfirmed',
    );
    expect(authProblem(answer(422, 'user_already_exists', 'User already registered')).problems[0]!.code).toBe(
      'userExists',
    );
    expect(authProblem(answer(400, 'invalid_credentials', 'Invalid login credentials')).problems[0]!.code).toBe(
      'signInFailed',
    );
    expect(
      authProblem({ name: 'AuthRetryableFetchError', status: 0, code: undefined, message: 'fetch failed' }).problems[0]!
        .code,
    ).toBe('network');
  });

  it('every code they give is worded in English and Arabic', () => {
    for (const code of [
      'emailWait',
      'tooManyRequests',
      'emailNotConfirmed',
      'userExists',
      'signInFailed',
      'confirmEmail',
    ]) {
      expect(en, code).toHaveProperty([`errors.${code}`]);
      expect(ar, code).toHaveProperty([`errors.${code}`]);
    }
  });
});
