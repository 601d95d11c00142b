// The HTTP stand-in against (1) the request/response shapes recorded from supabase-js (drift check) and (2) what
// PostgREST and GoTrue document for the calls the extension makes. Run by tests/db/run.sh after pg_prove:
//   npx tsx --test tests/support/standin/standin.test.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { captureAll, clientFor, type Exchange } from './flows';
import { recordingPath, startHarness, supabaseJsVersion } from './harness';
import { DEFAULT_JWT_SECRET, httpStatusForSqlState, type Standin } from './server';

let standin: Standin;
let stop: () => Promise<void>;
/** The clock GoTrue's e-mail rate limit reads: tests move it instead of waiting 60 s. */
let mailClock = Date.UTC(2026, 11, 5, 9, 0, 0);

before(async () => {
  ({ standin, stop } = await startHarness({ refreshTokenReuseInterval: 1, now: () => mailClock }));
});
after(async () => {
  await stop();
});

const teamA = '10000000-0000-4000-a000-00000000000a';

async function call(
  path: string,
  init: {
    method?: string;
    token?: string | null;
    body?: unknown;
    apikey?: boolean;
    headers?: Record<string, string>;
  } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers };
  if (init.apikey !== false) headers.apikey = standin.anonKey;
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? standin.anonKey}`;
  const response = await fetch(standin.url + path, {
    method: init.method ?? 'POST',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

async function signIn(email: string) {
  const { status, body } = await call('/auth/v1/token?grant_type=password', {
    body: { email, password: 'wasla-dev-password' },
  });
  assert.equal(status, 200);
  return body as { access_token: string; refresh_token: string };
}

describe('recorded supabase-js shapes', () => {
  test('supabase-js still sends, and the stand-in still answers, what was recorded', async () => {
    const recorded = JSON.parse(readFileSync(recordingPath, 'utf8')) as {
      supabaseJs: string;
      flows: Record<string, Exchange[]>;
    };
    const current = await captureAll(standin);
    for (const [flow, exchanges] of Object.entries(recorded.flows)) {
      assert.deepEqual(
        current[flow],
        exchanges,
        `flow "${flow}" drifted (recorded with supabase-js ${recorded.supabaseJs}, now ${supabaseJsVersion()}). ` +
          'Check the new shape against the PostgREST/GoTrue docs, adapt the stand-in, then re-record with ' +
          '`npx tsx tests/support/standin/record.ts`.',
      );
    }
    assert.deepEqual(Object.keys(current).sort(), Object.keys(recorded.flows).sort(), 'every flow is recorded');
  });
});

describe('GoTrue endpoints', () => {
  test('a password grant returns a session as GoTrue documents it', async () => {
    const { status, body } = await call('/auth/v1/token?grant_type=password', {
      body: { email: 'owner@wasla.test', password: 'wasla-dev-password', gotrue_meta_security: {} },
    });
    assert.equal(status, 200);
    for (const key of ['access_token', 'token_type', 'expires_in', 'expires_at', 'refresh_token', 'user']) {
      assert.ok(key in body, `session has ${key}`);
    }
    assert.equal(body.token_type, 'bearer');
    for (const key of ['id', 'aud', 'role', 'email', 'app_metadata', 'user_metadata', 'identities', 'created_at']) {
      assert.ok(key in body.user, `user has ${key}`);
    }
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString());
    assert.equal(claims.role, 'authenticated');
    assert.equal(claims.sub, '00000000-0000-4000-a000-000000000001');
    assert.equal(claims.aud, 'authenticated');
  });

  test('a wrong password is 400 invalid_credentials, which supabase-js surfaces as error.code', async () => {
    const supabase = clientFor(standin, []);
    const { error } = await supabase.auth.signInWithPassword({ email: 'owner@wasla.test', password: 'nope' });
    assert.equal(error?.status, 400);
    assert.equal(error?.code, 'invalid_credentials');
  });

  test('errors come as {code: "<error code>", message} to API version 2024-01-01, else as {code: <status>, error_code, msg}', async () => {
    const body = { email: 'owner@wasla.test', password: 'nope' };
    const dated = await call('/auth/v1/token?grant_type=password', {
      body,
      headers: { 'x-supabase-api-version': '2024-01-01' },
    });
    assert.equal(dated.status, 400);
    assert.deepEqual(dated.body, { code: 'invalid_credentials', message: 'Invalid login credentials' });
    assert.equal(
      dated.headers.get('x-supabase-api-version'),
      '2024-01-01',
      'the version is echoed (supabase-js reads it)',
    );
    const legacy = await call('/auth/v1/token?grant_type=password', { body });
    assert.deepEqual(legacy.body, { code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
    assert.equal(legacy.headers.get('x-sb-error-code'), 'invalid_credentials');
  });

  test('sign-up (autoconfirm) creates a confirmed user and returns the session a password grant returns', async () => {
    const email = `Dana-${crypto.randomUUID()}@Wasla.test`;
    const { status, body } = await call('/auth/v1/signup', {
      body: { email, password: 'secret1', data: { name: 'Dana' } },
    });
    assert.equal(status, 200);
    const grant = await call('/auth/v1/token?grant_type=password', { body: { email, password: 'secret1' } });
    assert.equal(grant.status, 200, 'the new user signs in with that password (stored with crypt/bcrypt)');
    assert.deepEqual(
      Object.keys(body).sort(),
      Object.keys(grant.body).sort(),
      'same session keys as the password grant',
    );
    assert.deepEqual(Object.keys(body.user).sort(), Object.keys(grant.body.user).sort(), 'same user keys');
    assert.equal(body.user.email, email.toLowerCase(), 'the address is stored in lower case');
    assert.deepEqual(body.user.user_metadata, { name: 'Dana' });
    assert.ok(body.user.email_confirmed_at, 'confirmed at once');
    assert.equal(body.user.identities.length, 1);
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString());
    assert.equal(claims.sub, body.user.id);
    assert.equal(claims.role, 'authenticated');
    assert.equal(claims.amr[0].method, 'password');
    const teams = await call('/rest/v1/rpc/my_teams', { token: body.access_token, body: {} });
    assert.deepEqual(teams.body, [], 'the access token works against the API');
  });

  test('sign-up of a registered address is 422 user_already_exists, whatever its case', async () => {
    const dated = await call('/auth/v1/signup', {
      body: { email: 'Member@wasla.test', password: 'another-password' },
      headers: { 'x-supabase-api-version': '2024-01-01' },
    });
    assert.equal(dated.status, 422);
    assert.deepEqual(dated.body, { code: 'user_already_exists', message: 'User already registered' });
    const legacy = await call('/auth/v1/signup', {
      body: { email: 'member@wasla.test', password: 'another-password' },
    });
    assert.deepEqual(legacy.body, { code: 422, error_code: 'user_already_exists', msg: 'User already registered' });
    const stillOld = await call('/auth/v1/token?grant_type=password', {
      body: { email: 'member@wasla.test', password: 'another-password' },
    });
    assert.equal(stillOld.status, 400, "the existing user's password is unchanged");
  });

  test('sign-up with a password under 6 characters is 422 weak_password and creates nobody', async () => {
    const email = `weak-${crypto.randomUUID()}@wasla.test`;
    const weak = await call('/auth/v1/signup', {
      body: { email, password: '12345' },
      headers: { 'x-supabase-api-version': '2024-01-01' },
    });
    assert.equal(weak.status, 422);
    assert.deepEqual(weak.body, {
      code: 'weak_password',
      message: 'Password should be at least 6 characters.',
      weak_password: { reasons: ['length'] },
    });
    const missing = await call('/auth/v1/signup', { body: { email } });
    assert.equal(missing.status, 422);
    assert.equal(missing.body.error_code, 'validation_failed');
    const badAddress = await call('/auth/v1/signup', { body: { email: 'not-an-address', password: 'secret1' } });
    assert.equal(badAddress.status, 400);
    const ok = await call('/auth/v1/signup', { body: { email, password: '123456' } });
    assert.equal(ok.status, 200, 'the address was not taken by the refused attempts');
  });

  test('supabase-js surfaces sign-up refusals as error.code (and AuthWeakPasswordError with reasons)', async () => {
    const supabase = clientFor(standin, []);
    const taken = await supabase.auth.signUp({ email: 'owner@wasla.test', password: 'wasla-dev-password' });
    assert.equal(taken.error?.status, 422);
    assert.equal(taken.error?.code, 'user_already_exists');
    assert.equal(taken.data.session, null);
    const weak = await supabase.auth.signUp({ email: `w-${crypto.randomUUID()}@wasla.test`, password: 'abc' });
    assert.equal(weak.error?.code, 'weak_password');
    assert.equal(weak.error?.name, 'AuthWeakPasswordError');
    assert.deepEqual((weak.error as { reasons?: string[] } | null)?.reasons, ['length']);
    const fresh = await supabase.auth.signUp({ email: `f-${crypto.randomUUID()}@wasla.test`, password: 'abcdef' });
    assert.equal(fresh.error, null);
    assert.ok(fresh.data.session?.access_token, 'autoconfirm: signed in at once');
  });

  test('a request without apikey is refused by the gateway', async () => {
    const { status } = await call('/auth/v1/user', { method: 'GET', apikey: false });
    assert.equal(status, 401);
  });

  test('refresh rotates the token; a reused one works only within the reuse interval, then ends the session', async () => {
    const first = await signIn('admin@wasla.test');
    const second = await call('/auth/v1/token?grant_type=refresh_token', {
      body: { refresh_token: first.refresh_token },
    });
    assert.equal(second.status, 200);
    assert.notEqual(second.body.refresh_token, first.refresh_token);
    const again = await call('/auth/v1/token?grant_type=refresh_token', {
      body: { refresh_token: first.refresh_token },
    });
    assert.equal(again.status, 200, 'reuse within the interval (two contexts refreshing at once) succeeds');
    assert.equal(again.body.refresh_token, second.body.refresh_token, '… and returns the current token');
    await new Promise((done) => setTimeout(done, 1100));
    const late = await call('/auth/v1/token?grant_type=refresh_token', {
      body: { refresh_token: first.refresh_token },
    });
    assert.equal(late.status, 400);
    assert.equal(late.body.error_code, 'refresh_token_already_used');
    const current = await call('/auth/v1/token?grant_type=refresh_token', {
      body: { refresh_token: second.body.refresh_token },
    });
    assert.equal(current.status, 400, 'reuse detection revokes the whole session');
  });

  test('GET /user needs a valid bearer token', async () => {
    const session = await signIn('member@wasla.test');
    const ok = await call('/auth/v1/user', { method: 'GET', token: session.access_token });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.email, 'member@wasla.test');
    const missing = await call('/auth/v1/user', { method: 'GET', token: null });
    assert.equal(missing.status, 401);
    const forged = await call('/auth/v1/user', { method: 'GET', token: session.access_token.slice(0, -4) + 'AAAA' });
    assert.equal(forged.status, 403);
    assert.equal(forged.body.error_code, 'bad_jwt');
  });

  test('an e-mailed code signs in once', async () => {
    mailClock += 60_000; // the recorded flows e-mailed this address last (GoTrue's 60 s per-address limit)
    await call('/auth/v1/otp', { body: { email: 'newcomer@wasla.test', create_user: false } });
    const token = standin.otpFor('newcomer@wasla.test');
    assert.match(token ?? '', /^\d{6}$/);
    const wrong = await call('/auth/v1/verify', {
      body: { email: 'newcomer@wasla.test', token: '000000x', type: 'email' },
    });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error_code, 'otp_expired');
    const right = await call('/auth/v1/verify', { body: { email: 'newcomer@wasla.test', token, type: 'email' } });
    assert.equal(right.status, 200);
    assert.equal(right.body.user.email, 'newcomer@wasla.test');
    const twice = await call('/auth/v1/verify', { body: { email: 'newcomer@wasla.test', token, type: 'email' } });
    assert.equal(twice.status, 403);
  });
});

describe('GoTrue sign-up by e-mailed code', () => {
  test('a code to an unknown address creates the user (unless create_user is false)', async () => {
    const email = `otp-${crypto.randomUUID()}@wasla.test`;
    const refused = await call('/auth/v1/otp', { body: { email, create_user: false } });
    assert.equal(refused.status, 422);
    const sent = await call('/auth/v1/otp', { body: { email, data: { name: 'Otp' } } });
    assert.equal(sent.status, 200);
    const verified = await call('/auth/v1/verify', { body: { email, token: standin.otpFor(email), type: 'email' } });
    assert.equal(verified.status, 200);
    assert.equal(verified.body.user.email, email);
    assert.deepEqual(verified.body.user.user_metadata, { name: 'Otp' });
  });
});

describe('PostgREST RPC', () => {
  test('named arguments in, JSON out; a set is an array, a composite an object, void is 204', async () => {
    const { access_token } = await signIn('owner@wasla.test');
    const teams = await call('/rest/v1/rpc/my_teams', { token: access_token, body: {} });
    assert.equal(teams.status, 200);
    assert.ok(Array.isArray(teams.body));
    const team = await call('/rest/v1/rpc/create_team', {
      token: access_token,
      body: { name: 'Stand-in team', time_zone: 'Europe/Paris' },
    });
    assert.equal(team.status, 200);
    assert.equal(team.body.time_zone, 'Europe/Paris');
    const pulled = await call('/rest/v1/rpc/sync_pull', {
      token: access_token,
      body: { team: teamA, since: 0, page_size: 1 },
    });
    assert.equal(pulled.status, 200);
    assert.equal(pulled.body.changes.length, 1, 'a scalar jsonb result comes back bare');
    const left = await call('/rest/v1/rpc/leave_team', { token: access_token, body: { team: team.body.id } });
    assert.equal(left.status, 204);
  });

  test('SQLSTATEs map to PostgREST status codes with {code, message, details, hint}', async () => {
    const anon = await call('/rest/v1/rpc/sync_pull', { body: { team: teamA, since: 0 } });
    assert.equal(anon.status, 401, '42501 as anon is 401');
    assert.deepEqual(Object.keys(anon.body).sort(), ['code', 'details', 'hint', 'message']);
    assert.equal(anon.body.code, '42501');
    const { access_token } = await signIn('other@wasla.test');
    const other = await call('/rest/v1/rpc/sync_pull', { token: access_token, body: { team: teamA, since: 0 } });
    assert.equal(other.status, 403, '42501 when signed in is 403');
    const invite = await call('/rest/v1/rpc/redeem_invite', { token: access_token, body: { code: 'nope' } });
    assert.equal(invite.status, 400, 'P0001 (raise exception) is 400');
    assert.equal(invite.body.hint, 'invite_invalid');
    const unknown = await call('/rest/v1/rpc/no_such_function', { token: access_token, body: {} });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'PGRST202');
    const badArg = await call('/rest/v1/rpc/sync_pull', { token: access_token, body: { team: teamA, cursor: 0 } });
    assert.equal(badArg.status, 404, 'an unknown argument name finds no function, as in PostgREST');
  });

  test('the JWT is verified before its claims are used', async () => {
    const forged = await new SignJWT({ role: 'authenticated', sub: '00000000-0000-4000-a000-000000000001' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    const bad = await call('/rest/v1/rpc/my_teams', { token: forged, body: {} });
    assert.equal(bad.status, 401);
    assert.equal(bad.body.code, 'PGRST301');
    const expired = await new SignJWT({ role: 'authenticated', sub: '00000000-0000-4000-a000-000000000001' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(DEFAULT_JWT_SECRET));
    const old = await call('/rest/v1/rpc/my_teams', { token: expired, body: {} });
    assert.equal(old.status, 401);
    assert.equal(old.body.code, 'PGRST303');
  });

  test('each call is one transaction: a failing push leaves nothing behind', async () => {
    const { access_token } = await signIn('member@wasla.test');
    const bad = await call('/rest/v1/rpc/sync_push', {
      token: access_token,
      body: { team: teamA, device: null, mutations: [] },
    });
    assert.equal(bad.status, 400);
    const before = await call('/rest/v1/rpc/sync_pull', {
      token: access_token,
      body: { team: teamA, since: 0, page_size: 1 },
    });
    const push = await call('/rest/v1/rpc/sync_push', {
      token: access_token,
      body: { team: teamA, device: crypto.randomUUID(), mutations: 'not an array' },
    });
    assert.equal(push.status, 400);
    const afterwards = await call('/rest/v1/rpc/sync_pull', {
      token: access_token,
      body: { team: teamA, since: 0, page_size: 1 },
    });
    assert.equal(afterwards.body.revision, before.body.revision);
  });

  test("status mapping follows PostgREST's table", () => {
    assert.equal(httpStatusForSqlState('23505', false), 409);
    assert.equal(httpStatusForSqlState('23503', false), 409);
    assert.equal(httpStatusForSqlState('25006', false), 405);
    assert.equal(httpStatusForSqlState('42883', false), 404);
    assert.equal(httpStatusForSqlState('40001', false), 500);
    assert.equal(httpStatusForSqlState('53300', false), 503);
    assert.equal(httpStatusForSqlState('22023', false), 400);
    assert.equal(httpStatusForSqlState('54000', false), 500, 'class 54 (too complex) is 500, not 413');
    assert.equal(httpStatusForSqlState('54001', false), 500);
    assert.equal(httpStatusForSqlState('53400', false), 500);
    assert.equal(httpStatusForSqlState('57014', false), 500, 'a statement timeout is 500');
    assert.equal(httpStatusForSqlState('25001', false), 500);
    assert.equal(httpStatusForSqlState('21000', false, 'UPDATE requires a WHERE clause'), 400);
    assert.equal(httpStatusForSqlState('22023', false, 'role "x" does not exist'), 401);
  });

  test('an unknown function signature is 404 PGRST202, and a push over 5000 mutations is 500 (class 54)', async () => {
    const { access_token } = await signIn('member@wasla.test');
    const missing = await call('/rest/v1/rpc/sync_push', {
      token: access_token,
      body: { team: teamA, device: crypto.randomUUID() },
    });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'PGRST202');
    const mutations = Array.from({ length: 5001 }, () => ({
      id: crypto.randomUUID(),
      table: 'clients',
      op: 'delete',
      row: { id: crypto.randomUUID() },
    }));
    const big = await call('/rest/v1/rpc/sync_push', {
      token: access_token,
      body: { team: teamA, device: crypto.randomUUID(), mutations },
    });
    assert.equal(big.status, 500);
    assert.equal(big.body.code, '54000');
  });

  test('a set-returning function answers at most max_rows (1000) rows; a JSON value is never cut', async () => {
    const { access_token } = await signIn('owner@wasla.test');
    await standin.sql(`
      create function public.standin_many() returns setof int language sql stable as 'select generate_series(1, 1200)';
      grant execute on function public.standin_many() to authenticated`);
    try {
      const many = await call('/rest/v1/rpc/standin_many', { token: access_token, body: {} });
      assert.equal(many.status, 200);
      assert.equal(many.body.length, 1000, 'cut at max_rows without a word, as PostgREST does');
    } finally {
      await standin.sql('drop function public.standin_many()');
    }
    const month = await call('/rest/v1/rpc/monthly_hours', {
      token: access_token,
      body: { team: teamA, month: '2026-03-01' },
    });
    assert.equal(month.status, 200);
    assert.ok(Array.isArray(month.body), 'monthly_hours answers one JSON array (never cut)');
  });

  test("each role's statement_timeout applies inside its requests (anon 3 s, authenticated 8 s on Supabase), and authenticator's lock_timeout (8 s)", async () => {
    const { access_token } = await signIn('owner@wasla.test');
    await standin.sql(`
      create function public.standin_timeout() returns text language sql stable as $$select current_setting('statement_timeout') || ' ' || current_setting('lock_timeout')$$;
      grant execute on function public.standin_timeout() to anon, authenticated`);
    try {
      const signedIn = await call('/rest/v1/rpc/standin_timeout', { token: access_token, body: {} });
      assert.equal(signedIn.body, '8s 8s');
      const anon = await call('/rest/v1/rpc/standin_timeout', { body: {} });
      assert.equal(anon.body, '3s 8s');
    } finally {
      await standin.sql('drop function public.standin_timeout()');
    }
  });
});

describe("GoTrue with e-mail confirmation on (hosted projects' default)", () => {
  before(() => standin.configureAuth({ emailConfirmation: true }));
  after(() => standin.configureAuth({ emailConfirmation: false }));
  const password = 'a-long-enough-password';

  test('sign-up returns the user and no session; signing in before confirming is 400 email_not_confirmed', async () => {
    const email = `confirm-${crypto.randomUUID()}@wasla.test`;
    const signup = await call('/auth/v1/signup', { body: { email, password } });
    assert.equal(signup.status, 200);
    assert.equal(signup.body.email, email);
    assert.equal(signup.body.access_token, undefined, 'no session');
    assert.equal(signup.body.email_confirmed_at, null);
    const early = await call('/auth/v1/token?grant_type=password', { body: { email, password } });
    assert.equal(early.status, 400);
    assert.equal(early.body.error_code, 'email_not_confirmed');
    assert.equal(early.body.msg, 'Email not confirmed');

    const code = standin.otpFor(email);
    assert.match(code ?? '', /^\d{6}$/, 'the confirmation e-mail carries a code');
    const verified = await call('/auth/v1/verify', { body: { email, token: code, type: 'email' } });
    assert.equal(verified.status, 200);
    assert.ok(verified.body.access_token, 'the code signs in');
    assert.ok(verified.body.user.email_confirmed_at, 'and confirms the address');
    const later = await call('/auth/v1/token?grant_type=password', { body: { email, password } });
    assert.equal(later.status, 200);
  });

  test('signing up a registered address answers 200 with a masked user: another id, no identities, no session', async () => {
    const signup = await call('/auth/v1/signup', { body: { email: 'member@wasla.test', password } });
    assert.equal(signup.status, 200);
    assert.notEqual(signup.body.id, '00000000-0000-4000-a000-000000000003');
    assert.deepEqual(signup.body.identities, []);
    assert.equal(signup.body.access_token, undefined);
  });

  test('a second e-mail to one address within 60 s is 429 over_email_send_rate_limit with the seconds left', async () => {
    const email = `rate-${crypto.randomUUID()}@wasla.test`;
    assert.equal((await call('/auth/v1/otp', { body: { email } })).status, 200);
    mailClock += 18_000;
    const again = await call('/auth/v1/otp', { body: { email } });
    assert.equal(again.status, 429);
    assert.equal(again.body.error_code, 'over_email_send_rate_limit');
    assert.equal(again.body.msg, 'For security purposes, you can only request this after 42 seconds.');
    const resignup = await call('/auth/v1/signup', { body: { email, password } });
    assert.equal(resignup.status, 429, 'a repeated sign-up of an unconfirmed address re-sends, under the same limit');
    mailClock += 42_000;
    assert.equal((await call('/auth/v1/otp', { body: { email } })).status, 200, 'after 60 s it sends again');
  });

  test('supabase-js surfaces them: no session, error.code email_not_confirmed, over_email_send_rate_limit (429)', async () => {
    const supabase = clientFor(standin);
    const email = `js-${crypto.randomUUID()}@wasla.test`;
    const { data, error } = await supabase.auth.signUp({ email, password });
    assert.equal(error, null);
    assert.equal(data.session, null);
    assert.equal(data.user?.email, email);
    const signIn = await supabase.auth.signInWithPassword({ email, password });
    assert.equal(signIn.error?.code, 'email_not_confirmed');
    const resend = await supabase.auth.signInWithOtp({ email });
    assert.equal(resend.error?.status, 429);
    assert.equal(resend.error?.code, 'over_email_send_rate_limit');
    const masked = await supabase.auth.signUp({ email: 'member@wasla.test', password });
    assert.equal(masked.error, null);
    assert.deepEqual(masked.data.user?.identities, []);
    assert.equal(masked.data.session, null);
  });
});

describe('fault injection (setFaults)', () => {
  afterEach(() => standin.setFaults({}));

  // One time entry of member@, in a window no other test uses.
  function push(token: string, device: string, mutation: string, hour: number) {
    return call('/rest/v1/rpc/sync_push', {
      token,
      body: {
        team: teamA,
        device,
        mutations: [
          {
            id: mutation,
            table: 'time_entries',
            op: 'upsert',
            base_revision: null,
            row: {
              id: crypto.randomUUID(),
              client_id: '20000000-0000-4000-a000-000000000001',
              source: 'manual',
              start: `2031-01-01T${String(hour).padStart(2, '0')}:00:00.000Z`,
              end: `2031-01-01T${String(hour).padStart(2, '0')}:30:00.000Z`,
            },
          },
        ],
      },
    });
  }

  test('dropAfterCommit: the push commits but the client gets a network error; the same push again is a duplicate', async () => {
    const { access_token } = await signIn('member@wasla.test');
    const device = crypto.randomUUID();
    const mutation = crypto.randomUUID();
    standin.setFaults({ dropAfterCommit: 1 });
    await assert.rejects(push(access_token, device, mutation, 1), TypeError, 'fetch fails: no answer');
    assert.deepEqual(standin.faultCounts(), { dropped: 1, failed503: 0, refused: 0 });
    standin.setFaults({});
    const retry = await push(access_token, device, mutation, 1);
    assert.equal(retry.status, 200);
    assert.equal(retry.body.results[0].status, 'applied');
    assert.equal(retry.body.results[0].duplicate, true, 'the dropped call had committed');
  });

  test('dropAfterCommit through supabase-js: status 0 and a fetch error, data null', async () => {
    const supabase = clientFor(standin, []);
    await supabase.auth.signInWithPassword({ email: 'member@wasla.test', password: 'wasla-dev-password' });
    standin.setFaults({ dropAfterCommit: 1 });
    const { data, error, status } = await supabase.rpc('my_teams');
    assert.equal(status, 0);
    assert.equal(data, null);
    assert.match(error?.message ?? '', /fetch failed/);
  });

  test('fail503: answered 503 before the database is touched, so a retry applies afresh', async () => {
    const { access_token } = await signIn('member@wasla.test');
    const device = crypto.randomUUID();
    const mutation = crypto.randomUUID();
    standin.setFaults({ fail503: 1 });
    const failed = await push(access_token, device, mutation, 2);
    assert.equal(failed.status, 503);
    assert.deepEqual(failed.body, { message: 'Service Unavailable' });
    const auth = await call('/auth/v1/token?grant_type=password', {
      body: { email: 'member@wasla.test', password: 'wasla-dev-password' },
    });
    assert.equal(auth.status, 200, 'only /rest/v1/rpc/* is affected');
    assert.deepEqual(standin.faultCounts(), { dropped: 0, failed503: 1, refused: 0 });
    standin.setFaults({});
    const retry = await push(access_token, device, mutation, 2);
    assert.equal(retry.body.results[0].status, 'applied');
    assert.equal(retry.body.results[0].duplicate, undefined, 'nothing had been stored');
  });

  test('down: every request, auth included, loses its connection until the faults are cleared', async () => {
    const { access_token } = await signIn('member@wasla.test');
    standin.setFaults({ down: true });
    await assert.rejects(
      call('/auth/v1/token?grant_type=password', {
        body: { email: 'member@wasla.test', password: 'wasla-dev-password' },
      }),
      TypeError,
    );
    await assert.rejects(call('/rest/v1/rpc/my_teams', { token: access_token, body: {} }), TypeError);
    assert.deepEqual(standin.faultCounts(), { dropped: 0, failed503: 0, refused: 2 });
    standin.setFaults({});
    assert.equal((await call('/rest/v1/rpc/my_teams', { token: access_token, body: {} })).status, 200);
    assert.deepEqual(standin.faultCounts(), { dropped: 0, failed503: 0, refused: 0 }, 'setFaults zeroes the counts');
  });

  test('the same seed fails the same calls', async () => {
    const { access_token } = await signIn('member@wasla.test');
    const run = async () => {
      standin.setFaults({ fail503: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++)
        statuses.push((await call('/rest/v1/rpc/my_teams', { token: access_token, body: {} })).status);
      return statuses;
    };
    const first = await run();
    assert.equal(standin.faultCounts().failed503, first.filter((s) => s === 503).length);
    assert.deepEqual(await run(), first);
    assert.ok(first.includes(503) && first.includes(200), `a mix of failures and answers: ${first.join(' ')}`);
    standin.setFaults({ fail503: 0.5, seed: 7 });
    const other: number[] = [];
    for (let i = 0; i < 24; i++)
      other.push((await call('/rest/v1/rpc/my_teams', { token: access_token, body: {} })).status);
    assert.notDeepEqual(other, first, 'another seed, another sequence');
  });

  test('probabilities outside 0…1 are refused; faults can be set at start', async () => {
    assert.throws(() => standin.setFaults({ fail503: 1.5 }), RangeError);
    assert.throws(() => standin.setFaults({ dropAfterCommit: -0.1 }), RangeError);
    const second = await startHarness({ faults: { fail503: 1 } });
    try {
      const answer = await fetch(`${second.standin.url}/rest/v1/rpc/my_teams`, {
        method: 'POST',
        headers: { apikey: second.standin.anonKey, 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(answer.status, 503);
      assert.deepEqual(second.standin.faultCounts(), { dropped: 0, failed503: 1, refused: 0 });
    } finally {
      await second.stop();
    }
  });
});
