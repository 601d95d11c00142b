// A test-only stand-in for the two Supabase services the extension talks to, in front of a real Postgres that
// tests/db prepared. It mirrors their documented behaviour for exactly the calls the extension makes; see
// README.md beside this file for what it covers and what it does not. Never ship it.
//
//   PostgREST  POST /rest/v1/rpc/<fn>   one transaction as the JWT's role, named arguments, SQLSTATE → HTTP status
//   GoTrue     POST /auth/v1/signup, POST /auth/v1/token?grant_type=password|refresh_token, GET /auth/v1/user,
//              POST /auth/v1/otp, POST /auth/v1/verify, POST /auth/v1/logout
//   Faults     setFaults(): seeded 503s and dropped answers on RPCs, or every connection cut (offline)
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import pg from 'pg';
import { mulberry32 } from '../prng';

/** Supabase's local-development JWT secret (`supabase start` prints keys signed with it). */
export const DEFAULT_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

export interface StandinOptions {
  /** Superuser URL: GoTrue's side reads and writes auth.users, as GoTrue's own admin role does. */
  databaseUrl: string;
  /** PostgREST's login role (authenticator), which switches to anon/authenticated/service_role per request. */
  authenticatorUrl: string;
  jwtSecret?: string;
  port?: number;
  /** Access-token lifetime in seconds (GoTrue's JWT_EXP, 3600 by default). */
  jwtExpiry?: number;
  /** Seconds during which a just-rotated refresh token may be used again (GoTrue's default is 10). */
  refreshTokenReuseInterval?: number;
  /** Faults to start with (see Standin.setFaults). */
  faults?: Faults;
  /** GoTrue's MAILER_AUTOCONFIRM off: sign-up e-mails a confirmation code and returns no session (hosted
   * projects' default). Off by default here, as on `supabase start`; see Standin.configureAuth. */
  emailConfirmation?: boolean;
  /** PostgREST's db-max-rows (Supabase: 1000): set-returning functions answer at most this many rows. */
  maxRows?: number;
  /** The clock GoTrue's e-mail rate limit reads (ms since the epoch); tests inject one instead of waiting. */
  now?: () => number;
}

/**
 * Network and server faults for sync tests. The probabilities apply to `POST /rest/v1/rpc/*` only and are drawn
 * from a PRNG seeded with `seed`, so a run with the same calls in the same order fails the same calls.
 */
export interface Faults {
  /** Probability that an RPC runs and commits, then its socket is destroyed with no answer sent (the client sees
   * a network error although the server committed). A call that fails rolls back and answers normally. */
  dropAfterCommit?: number;
  /** Probability that an RPC is answered 503 `{message: "Service Unavailable"}` before it touches the database. */
  fail503?: number;
  /** Offline: every request's socket (auth included) is destroyed as it arrives. */
  down?: boolean;
  /** PRNG seed (default 1). */
  seed?: number;
}

export interface FaultCounts {
  /** RPCs that committed and got no answer (dropAfterCommit). */
  dropped: number;
  /** RPCs answered 503 (fail503). */
  failed503: number;
  /** Requests whose socket was destroyed on arrival (down). */
  refused: number;
}

export interface Standin {
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  /** The last one-time code "emailed" to this address (POST /auth/v1/otp, or a sign-up's confirmation when
   * emailConfirmation is on); tests read it instead of a mailbox. */
  otpFor(email: string): string | undefined;
  /** Runs SQL as postgres (tests: a function to call, a grant to take away); PostgREST's schema cache is
   * reloaded, as `notify pgrst, 'reload schema'` would. */
  sql(text: string): Promise<void>;
  /** Turns GoTrue's e-mail confirmation on or off from now on. */
  configureAuth(options: { emailConfirmation: boolean }): void;
  /** Replaces the faults in force (`{}` clears them), restarts the PRNG from `seed` and zeroes faultCounts(). */
  setFaults(faults: Faults): void;
  /** Faults injected since the last setFaults (or the start). */
  faultCounts(): FaultCounts;
  stop(): Promise<void>;
}

interface RefreshToken {
  token: string;
  userId: string;
  sessionId: string;
  revoked: boolean;
  /** The token that replaced this one, and when (for the reuse interval). */
  child?: string;
  rotatedAt?: number;
}

interface ProcInfo {
  args: Map<string, string>; // name → type name
  required: string[];
  returnsSet: boolean;
  returnKind: 'void' | 'composite' | 'scalar';
  volatile: boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(typeof body === 'object' ? JSON.stringify(body) : String(body));
  }
}

/** A GoTrue error; its body depends on the API version the request asks for (see authErrorBody). */
class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

// GoTrue answers errors in two shapes (internal/api/errors.go, HandleResponseError): requests with an
// `X-Supabase-Api-Version` of 2024-01-01 or later (supabase-js always sends it) get `{code: "<error code>", message}`
// and the version echoed in the same header; older or version-less requests get `{code: <status>, error_code, msg}`
// and an `x-sb-error-code` header. Fields such as `weak_password` are added to either.
export function authErrorBody(
  apiVersionHeader: string | undefined,
  error: { status: number; errorCode: string; message: string; extra?: Record<string, unknown> },
): { headers: Record<string, string>; body: Record<string, unknown> } {
  const dated =
    apiVersionHeader && /^\d{4}-\d{2}-\d{2}$/.test(apiVersionHeader.trim()) && apiVersionHeader.trim() >= '2024-01-01';
  return dated
    ? {
        headers: { 'x-supabase-api-version': '2024-01-01' },
        body: { code: error.errorCode, message: error.message, ...error.extra },
      }
    : {
        headers: { 'x-sb-error-code': error.errorCode },
        body: { code: error.status, error_code: error.errorCode, msg: error.message, ...error.extra },
      };
}

// PostgREST's SQLSTATE → HTTP status table, as its code has it (github PostgREST/postgrest @
// 4834678902681402a56c490f29947826e7ed5308, src/library/PostgREST/Error.hs, mapSQLtoHTTP). Class 54 (too complex,
// e.g. 54001 stack depth or our 54000 "at most 5000 mutations") is 500, not 413.
export function httpStatusForSqlState(code: string, anonymous: boolean, message = ''): number {
  if (code === '42501') return anonymous ? 401 : 403;
  const exact: Record<string, number> = {
    '23503': 409,
    '23505': 409,
    '25006': 405,
    P0001: 400,
    '42P01': 404,
    '42P17': 500,
    '53400': 500,
    '57P01': 503,
  };
  if (exact[code]) return exact[code]!;
  if (code === '42883') return message.startsWith('function xmlagg(') ? 406 : 404;
  // pg-safeupdate's refusal is the client's fault; any other cardinality violation is the function's.
  if (code === '21000') return message.endsWith('requires a WHERE clause') ? 400 : 500;
  if (code === '22023') return /^role .* does not exist$/.test(message) ? 401 : 400;
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
    '25': 500,
    '28': 403,
    '2D': 500,
    '38': 500,
    '39': 500,
    '3B': 500,
    '40': 500,
    '53': 503,
    '54': 500,
    '55': 500,
    '57': 500,
    '58': 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
  };
  return byClass[code.slice(0, 2)] ?? 400;
}

export async function startStandin(options: StandinOptions): Promise<Standin> {
  const secret = new TextEncoder().encode(options.jwtSecret ?? DEFAULT_JWT_SECRET);
  const jwtExpiry = options.jwtExpiry ?? 3600;
  const reuseInterval = (options.refreshTokenReuseInterval ?? 10) * 1000;
  const maxRows = options.maxRows ?? 1000;
  const clock = options.now ?? Date.now;
  let emailConfirmation = options.emailConfirmation ?? false;
  /** When GoTrue last e-mailed each address (its SMTP_MAX_FREQUENCY, 60 s by default, applies per address). */
  const lastEmailAt = new Map<string, number>();
  /** Per-role settings (ALTER ROLE … SET), which PostgREST applies inside each request for the role it becomes. */
  let roleSettings: Map<string, [string, string][]> | null = null;
  const admin = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const api = new pg.Pool({ connectionString: options.authenticatorUrl, max: 8 });
  const procs = new Map<string, ProcInfo | null>();
  const refreshTokens = new Map<string, RefreshToken>();
  const otps = new Map<string, { code: string; expires: number }>();
  let baseUrl = '';
  let faults: Faults = {};
  let random = mulberry32(1);
  let counts: FaultCounts = { dropped: 0, failed503: 0, refused: 0 };
  function setFaults(next: Faults): void {
    for (const key of ['dropAfterCommit', 'fail503'] as const) {
      const p = next[key];
      if (p !== undefined && !(p >= 0 && p <= 1)) throw new RangeError(`${key} is a probability (0…1), not ${p}`);
    }
    faults = { ...next };
    random = mulberry32(next.seed ?? 1);
    counts = { dropped: 0, failed503: 0, refused: 0 };
  }
  setFaults(options.faults ?? {});
  /** Each RPC draws once per probability set (also when an earlier one already failed it), so which calls fail
   * depends only on the seed and the order of the calls. */
  const chance = (p: number | undefined) => (p ? random() < p : false);

  const sign = (claims: JWTPayload, seconds: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + seconds)
      .sign(secret);
  const anonKey = await sign({ iss: 'supabase-demo', role: 'anon' }, 10 * 365 * 86400);
  const serviceRoleKey = await sign({ iss: 'supabase-demo', role: 'service_role' }, 10 * 365 * 86400);

  // ---------------------------------------------------------------------------------------------------------------
  // The API gateway (Kong on Supabase) wants an apikey on every request; PostgREST and GoTrue then read the bearer.

  function requireApiKey(req: IncomingMessage): void {
    if (!req.headers.apikey) throw new HttpError(401, { message: 'No API key found in request' });
  }

  function bearer(req: IncomingMessage): string | undefined {
    const header = req.headers.authorization;
    const match = header && /^Bearer\s+(.+)$/i.exec(header);
    return match ? match[1] : undefined;
  }

  async function verify(token: string): Promise<JWTPayload> {
    return (await jwtVerify(token, secret, { algorithms: ['HS256'] })).payload;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // PostgREST: POST /rest/v1/rpc/<fn>

  async function procInfo(name: string): Promise<ProcInfo | null> {
    if (procs.has(name)) return procs.get(name)!;
    const { rows } = await admin.query(
      `select p.proretset, p.provolatile, p.pronargdefaults, t.typtype::text, t.typname::text, p.proargnames, p.proargmodes::text[] as proargmodes,
              array(select format_type(x, null) from unnest(p.proallargtypes) x) as all_types,
              array(select format_type(x, null) from unnest(p.proargtypes::oid[]) x) as in_types
       from pg_proc p join pg_type t on t.oid = p.prorettype
       where p.pronamespace = 'public'::regnamespace and p.proname = $1`,
      [name],
    );
    if (rows.length !== 1) {
      procs.set(name, null);
      return null;
    }
    const r = rows[0];
    const args = new Map<string, string>();
    const modes: string[] | null = r.proargmodes;
    const names: string[] = r.proargnames ?? [];
    const types: string[] = modes ? r.all_types : r.in_types;
    names.forEach((argName, i) => {
      if (!modes || modes[i] === 'i' || modes[i] === 'b') args.set(argName, types[i]!);
    });
    // Input arguments without a default must be named in the call (the last pronargdefaults inputs have one).
    const inputs = [...args.keys()];
    const info: ProcInfo = {
      args,
      required: inputs.slice(0, inputs.length - r.pronargdefaults),
      returnsSet: r.proretset,
      returnKind: r.typname === 'void' ? 'void' : r.typtype === 'c' || r.typname === 'record' ? 'composite' : 'scalar',
      volatile: r.provolatile === 'v',
    };
    procs.set(name, info);
    return info;
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, fn: string, body: unknown): Promise<void> {
    requireApiKey(req);
    // Faults are decided here, behind the gateway and before anything reaches the database.
    const fail = chance(faults.fail503);
    const drop = chance(faults.dropAfterCommit);
    if (fail) {
      counts.failed503++;
      throw new HttpError(503, { message: 'Service Unavailable' });
    }
    const token = bearer(req);
    let claims: JWTPayload = { role: 'anon' };
    if (token) {
      try {
        claims = await verify(token);
      } catch (error) {
        const expired = error instanceof joseErrors.JWTExpired;
        throw new HttpError(401, {
          code: expired ? 'PGRST303' : 'PGRST301',
          message: expired ? 'JWT expired' : 'JWSError JWSInvalidSignature',
          details: null,
          hint: null,
        });
      }
    }
    const role = typeof claims.role === 'string' ? claims.role : 'anon';
    if (!['anon', 'authenticated', 'service_role'].includes(role)) {
      throw new HttpError(401, {
        code: 'PGRST301',
        message: `role "${role}" does not exist`,
        details: null,
        hint: null,
      });
    }
    const info = await procInfo(fn);
    const args = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    // PostgREST picks the function by the argument names sent: an unknown name or a missing required one finds
    // none (PGRST202).
    if (!info || Object.keys(args).some((k) => !info.args.has(k)) || info.required.some((k) => !(k in args))) {
      throw new HttpError(404, {
        code: 'PGRST202',
        message: `Could not find the function public.${fn}(${Object.keys(args).sort().join(', ')}) in the schema cache`,
        details: 'Searched for the function public.' + fn + ' with the given parameters',
        hint: null,
      });
    }
    const names = Object.keys(args);
    const values = names.map((k) => {
      const v = args[k];
      const type = info.args.get(k)!;
      if (v === null || v === undefined) return null;
      if (type === 'json' || type === 'jsonb') return JSON.stringify(v);
      if (Array.isArray(v)) return v; // node-postgres writes a Postgres array literal
      return typeof v === 'object' ? JSON.stringify(v) : String(v);
    });
    const call = `public.${pg.escapeIdentifier(fn)}(${names.map((k, i) => `${pg.escapeIdentifier(k)} => $${i + 1}::${info.args.get(k)}`).join(', ')})`;
    // The body is built as JSON text by PostgreSQL and sent on as it is, never parsed and re-serialised here:
    // PostgREST decodes it as bytes (Query/Statements.hs standardRow: `column HD.bytea` → rsBody :: ByteString).
    const sql =
      info.returnKind === 'void'
        ? `select ${call}`
        : // PostgREST limits a set-returning function's rows to db-max-rows without saying so (Plan.hs, readPlan →
          // treeRestrictRange configDbMaxRows); a scalar result (one JSON value) is never cut.
          info.returnsSet
          ? `select coalesce(json_agg(_r), '[]')::text as body from (select * from ${call} limit ${maxRows}) _r`
          : info.returnKind === 'composite'
            ? `select to_json(_r)::text as body from ${call} _r`
            : `select to_json(${call})::text as body`;

    const client = await api.connect();
    try {
      await client.query(info.volatile ? 'begin' : 'begin read only');
      // The impersonated role's own settings (Supabase: anon statement_timeout 3 s, authenticated 8 s), as
      // PostgREST applies them (its "impersonated role settings", read from pg_db_role_setting).
      roleSettings ??= await loadRoleSettings(client);
      for (const [name, value] of roleSettings.get(role) ?? []) {
        await client.query('select set_config($1, $2, true)', [name, value]);
      }
      await client.query(
        `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
                set_config('request.method', 'POST', true), set_config('request.path', $3, true),
                set_config('request.headers', $4, true)`,
        [role, JSON.stringify(claims), `/rpc/${fn}`, JSON.stringify(req.headers)],
      );
      const result = await client.query(sql, values);
      await client.query('commit');
      if (drop) {
        counts.dropped++;
        req.socket.destroy();
        return;
      }
      if (info.returnKind === 'void') {
        res.writeHead(204).end();
        return;
      }
      const out = (result.rows[0] as { body: string | null } | undefined)?.body ?? 'null';
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(out);
    } catch (error) {
      await client.query('rollback').catch(() => {});
      const e = error as pg.DatabaseError;
      if (!e.code) throw error;
      throw new HttpError(httpStatusForSqlState(e.code, role === 'anon', e.message), {
        code: e.code,
        message: e.message,
        details: e.detail ?? null,
        hint: e.hint ?? null,
      });
    } finally {
      client.release();
    }
  }

  async function loadRoleSettings(client: pg.PoolClient): Promise<Map<string, [string, string][]>> {
    const { rows } = await client.query<{ rolname: string; setting: string }>(
      `select r.rolname, unnest(s.setconfig) as setting
       from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
       where s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
         and r.rolname in ('anon', 'authenticated', 'service_role')
       order by s.setdatabase`,
    );
    const settings = new Map<string, [string, string][]>();
    for (const { rolname, setting } of rows) {
      const at = setting.indexOf('=');
      settings.set(rolname, [...(settings.get(rolname) ?? []), [setting.slice(0, at), setting.slice(at + 1)]]);
    }
    return settings;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // GoTrue

  const authError = (status: number, errorCode: string, msg: string, extra?: Record<string, unknown>) =>
    new AuthError(status, errorCode, msg, extra);

  async function userJson(userId: string): Promise<Record<string, unknown>> {
    const { rows } = await admin.query(
      `select u.id, u.aud, u.role, u.email, u.email_confirmed_at, u.last_sign_in_at, u.raw_app_meta_data,
              u.raw_user_meta_data, u.is_anonymous, u.created_at, u.updated_at,
              coalesce((select json_agg(json_build_object(
                  'identity_id', i.id, 'id', i.provider_id, 'user_id', i.user_id, 'identity_data', i.identity_data,
                  'provider', i.provider, 'last_sign_in_at', i.last_sign_in_at, 'created_at', i.created_at,
                  'updated_at', i.updated_at, 'email', i.identity_data ->> 'email'))
                from auth.identities i where i.user_id = u.id), '[]') as identities
       from auth.users u where u.id = $1`,
      [userId],
    );
    const u = rows[0];
    if (!u) throw authError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
    return {
      id: u.id,
      aud: u.aud ?? 'authenticated',
      role: u.role ?? 'authenticated',
      email: u.email,
      email_confirmed_at: u.email_confirmed_at,
      phone: '',
      confirmed_at: u.email_confirmed_at,
      last_sign_in_at: u.last_sign_in_at,
      app_metadata: u.raw_app_meta_data ?? {},
      user_metadata: u.raw_user_meta_data ?? {},
      identities: u.identities,
      created_at: u.created_at,
      updated_at: u.updated_at,
      is_anonymous: u.is_anonymous ?? false,
    };
  }

  async function issueSession(
    userId: string,
    method: string,
    sessionId: string = randomUUID(),
  ): Promise<Record<string, unknown>> {
    await admin.query('update auth.users set last_sign_in_at = now() where id = $1', [userId]);
    const user = await userJson(userId);
    const now = Math.floor(Date.now() / 1000);
    const accessToken = await sign(
      {
        aud: 'authenticated',
        iss: `${baseUrl}/auth/v1`,
        sub: userId,
        email: user.email as string,
        phone: '',
        app_metadata: user.app_metadata as Record<string, unknown>,
        user_metadata: user.user_metadata as Record<string, unknown>,
        role: 'authenticated',
        aal: 'aal1',
        amr: [{ method, timestamp: now }],
        session_id: sessionId,
        is_anonymous: false,
      },
      jwtExpiry,
    );
    const refresh = randomBytes(9).toString('base64url');
    refreshTokens.set(refresh, { token: refresh, userId, sessionId, revoked: false });
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: jwtExpiry,
      expires_at: now + jwtExpiry,
      refresh_token: refresh,
      user,
    };
  }

  async function passwordGrant(body: Record<string, unknown>) {
    const email = String(body.email ?? '')
      .trim()
      .toLowerCase();
    const password = String(body.password ?? '');
    if (!email || !password) throw authError(400, 'validation_failed', 'missing email or phone');
    const { rows } = await admin.query(
      `select id, email_confirmed_at from auth.users
       where lower(email) = $1 and encrypted_password = extensions.crypt($2, encrypted_password)`,
      [email, password],
    );
    if (!rows[0]) throw authError(400, 'invalid_credentials', 'Invalid login credentials');
    // GoTrue (internal/api/token.go, ResourceOwnerPasswordGrant): a right password for an address not yet
    // confirmed is 400 email_not_confirmed "Email not confirmed".
    if (!rows[0].email_confirmed_at) throw authError(400, 'email_not_confirmed', 'Email not confirmed');
    return issueSession(rows[0].id, 'password');
  }

  // GoTrue's per-address e-mail limit (internal/api/mail.go validateSentWithinFrequencyLimit, errors.go
  // generateFrequencyLimitErrorMessage): 429 over_email_send_rate_limit, the seconds left in the message.
  function sendEmailCode(email: string): void {
    const now = clock();
    const last = lastEmailAt.get(email);
    if (last !== undefined && last + 60_000 > now) {
      const left = Math.floor((last + 60_000 - now) / 1000);
      throw authError(
        429,
        'over_email_send_rate_limit',
        `For security purposes, you can only request this after ${left} seconds.`,
      );
    }
    lastEmailAt.set(email, now);
    otps.set(email, { code: String(randomInt(0, 1_000_000)).padStart(6, '0'), expires: now + 3600_000 });
  }

  // GoTrue's POST /signup (github supabase/auth @ bc32168e13fdc928c98b449fc76bc3fdb9a293c5, internal/api/signup.go).
  // Autoconfirm on (Supabase local's default): the user is created confirmed and signed in at once, with the
  // session a password grant returns; a registered address is 422 user_already_exists. Confirmation on (hosted
  // projects' default): the user is created unconfirmed, a code is e-mailed, and the answer is the user alone
  // (no session); a registered, confirmed address gets 200 with a masked user (new random id, no identities, no
  // session: sanitizeUser) so nobody learns who has an account; an unconfirmed one gets the confirmation again,
  // within 60 s 429. Checks in GoTrue's order: password present, password strength (6 characters by default),
  // e-mail, then an existing address.
  async function signup(body: Record<string, unknown>) {
    const password = typeof body.password === 'string' ? body.password : '';
    if (!password) throw authError(422, 'validation_failed', 'Signup requires a valid password');
    if (password.length < 6) {
      throw authError(422, 'weak_password', 'Password should be at least 6 characters.', {
        weak_password: { reasons: ['length'] },
      });
    }
    const email = String(body.email ?? '')
      .trim()
      .toLowerCase();
    if (!email) throw authError(400, 'validation_failed', 'To signup, please provide your email');
    if (email.length > 255) throw authError(400, 'validation_failed', 'An email address is too long');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw authError(400, 'validation_failed', 'Unable to validate email address: invalid format');
    }
    const data = body.data && typeof body.data === 'object' && !Array.isArray(body.data) ? body.data : {};
    if (emailConfirmation) {
      const { rows } = await admin.query('select id, email_confirmed_at from auth.users where lower(email) = $1', [
        email,
      ]);
      if (rows[0]?.email_confirmed_at) {
        const now = new Date(clock()).toISOString();
        return {
          id: randomUUID(),
          aud: 'authenticated',
          role: '',
          email,
          phone: '',
          confirmation_sent_at: now,
          app_metadata: { provider: 'email', providers: ['email'] },
          user_metadata: data,
          identities: [],
          created_at: now,
          updated_at: now,
          is_anonymous: false,
        };
      }
      if (rows[0]) {
        sendEmailCode(email);
        return userJson(rows[0].id);
      }
    }
    const id = randomUUID();
    const client = await admin.connect();
    try {
      await client.query('begin');
      const { rowCount } = await client.query(
        `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                                 raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
         select '00000000-0000-0000-0000-000000000000', $1::uuid, 'authenticated', 'authenticated', $2::text,
                extensions.crypt($3, extensions.gen_salt('bf')), case when $5 then null else now() end,
                '{"provider": "email", "providers": ["email"]}', $4, now(), now()
         where not exists (select from auth.users where lower(email) = $2::text)`,
        [id, email, password, JSON.stringify(data), emailConfirmation],
      );
      if (rowCount === 0) throw authError(422, 'user_already_exists', 'User already registered');
      await client.query(
        `insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
         values ($1::text, $1::text::uuid, jsonb_build_object('sub', $1::text, 'email', $2::text, 'email_verified', false,
                                                  'phone_verified', false), 'email', now(), now())`,
        [id, email],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      // Two sign-ups of one address at once: the unique e-mail index decides, as in GoTrue.
      if ((error as pg.DatabaseError).code === '23505')
        throw authError(422, 'user_already_exists', 'User already registered');
      throw error;
    } finally {
      client.release();
    }
    if (emailConfirmation) {
      sendEmailCode(email);
      return userJson(id);
    }
    return issueSession(id, 'password');
  }

  async function refreshGrant(body: Record<string, unknown>) {
    const old = refreshTokens.get(String(body.refresh_token ?? ''));
    if (!old) throw authError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    if (old.revoked) {
      // GoTrue lets a just-rotated token be used again for a few seconds (two tabs refreshing at once) and answers
      // with the current token of the session; later reuse is treated as theft and ends the session.
      const child = old.child ? refreshTokens.get(old.child) : undefined;
      if (child && !child.revoked && Date.now() - (old.rotatedAt ?? 0) <= reuseInterval) {
        const session = await issueSession(old.userId, 'token_refresh', old.sessionId);
        refreshTokens.delete(session.refresh_token as string);
        return { ...session, refresh_token: child.token };
      }
      for (const t of refreshTokens.values()) if (t.sessionId === old.sessionId) t.revoked = true;
      throw authError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used');
    }
    const session = await issueSession(old.userId, 'token_refresh', old.sessionId);
    old.revoked = true;
    old.child = session.refresh_token as string;
    old.rotatedAt = Date.now();
    return session;
  }

  async function authedUserId(req: IncomingMessage): Promise<{ userId: string; sessionId: string }> {
    const token = bearer(req);
    if (!token) throw authError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
    let claims: JWTPayload;
    try {
      claims = await verify(token);
    } catch (error) {
      throw authError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${(error as Error).message}`);
    }
    if (!claims.sub) throw authError(403, 'bad_jwt', 'invalid claim: missing sub claim');
    return { userId: claims.sub, sessionId: String(claims.session_id ?? '') };
  }

  async function otp(body: Record<string, unknown>) {
    const email = String(body.email ?? '')
      .trim()
      .toLowerCase();
    if (!email) throw authError(400, 'validation_failed', 'An email address or phone number is required');
    const { rows } = await admin.query('select id from auth.users where lower(email) = $1', [email]);
    if (!rows[0]) {
      if (body.create_user === false) throw authError(422, 'otp_disabled', 'Signups not allowed for otp');
      const id = randomUUID();
      await admin.query(
        `insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data,
                                 raw_user_meta_data, created_at, updated_at)
         values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2,
                 case when $4 then null else now() end,
                 '{"provider": "email", "providers": ["email"]}', $3, now(), now())`,
        [id, email, JSON.stringify(body.data ?? {}), emailConfirmation],
      );
      await admin.query(
        `insert into auth.identities (provider_id, user_id, identity_data, provider)
         values ($1::text, $1::text::uuid, jsonb_build_object('sub', $1::text, 'email', $2::text), 'email')`,
        [id, email],
      );
    }
    // internal/api/magic_link.go: an unconfirmed address gets its confirmation instead of a magic link; either
    // way one code, which POST /verify with type "email" accepts (verify.go, EmailOTPVerification).
    sendEmailCode(email);
    return {};
  }

  async function verifyOtp(body: Record<string, unknown>) {
    const email = String(body.email ?? '')
      .trim()
      .toLowerCase();
    const type = String(body.type ?? '');
    if (!['email', 'magiclink', 'signup'].includes(type)) {
      throw authError(400, 'validation_failed', 'Verify requires a verification type');
    }
    const sent = otps.get(email);
    if (!sent || sent.code !== String(body.token ?? '') || sent.expires < clock()) {
      throw authError(403, 'otp_expired', 'Token has expired or is invalid');
    }
    otps.delete(email);
    // A verified code confirms the address (verify.go: the signup/email flows confirm the user).
    const { rows } = await admin.query(
      'update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()) where lower(email) = $1 returning id',
      [email],
    );
    return issueSession(rows[0].id, 'otp');
  }

  // ---------------------------------------------------------------------------------------------------------------

  async function readJson(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new HttpError(400, { code: 'PGRST102', message: 'Empty or invalid json', details: null, hint: null });
    }
  }

  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    if (faults.down) {
      counts.refused++;
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', baseUrl);
    res.setHeader('access-control-allow-origin', '*');
    // GoTrue lets pages read its API version header (internal/api/api.go, cors.Options ExposedHeaders); without
    // it a page's supabase-js cannot see the header, falls back to the old error shape and loses error.code.
    if (url.pathname.startsWith('/auth/v1/'))
      res.setHeader('access-control-expose-headers', 'X-Total-Count, Link, X-Supabase-Api-Version');
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers':
            'apikey, authorization, content-type, x-client-info, x-supabase-api-version, prefer, content-profile, accept-profile',
        })
        .end();
      return;
    }
    const rpcMatch = /^\/rest\/v1\/rpc\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(url.pathname);
    if (rpcMatch && req.method === 'POST') return rpc(req, res, rpcMatch[1]!, await readJson(req));

    if (url.pathname.startsWith('/auth/v1/')) {
      requireApiKey(req);
      const route = `${req.method} ${url.pathname.slice('/auth/v1'.length)}`;
      if (route === 'POST /token') {
        const body = (await readJson(req)) as Record<string, unknown>;
        const grant = url.searchParams.get('grant_type');
        if (grant === 'password') return json(res, 200, await passwordGrant(body));
        if (grant === 'refresh_token') return json(res, 200, await refreshGrant(body));
        throw authError(400, 'validation_failed', 'unsupported_grant_type');
      }
      if (route === 'POST /signup')
        return json(res, 200, await signup((await readJson(req)) as Record<string, unknown>));
      if (route === 'GET /user') {
        const { userId } = await authedUserId(req);
        return json(res, 200, await userJson(userId));
      }
      if (route === 'POST /otp') return json(res, 200, await otp((await readJson(req)) as Record<string, unknown>));
      if (route === 'POST /verify')
        return json(res, 200, await verifyOtp((await readJson(req)) as Record<string, unknown>));
      if (route === 'POST /logout') {
        const { sessionId, userId } = await authedUserId(req);
        const scope = url.searchParams.get('scope') ?? 'global';
        for (const t of refreshTokens.values()) {
          if (scope === 'global' ? t.userId === userId : t.sessionId === sessionId) t.revoked = true;
        }
        res.writeHead(204).end();
        return;
      }
    }
    throw new HttpError(404, {
      code: 'PGRST125',
      message: `the stand-in does not serve ${req.method} ${url.pathname}`,
      details: null,
      hint: 'see tests/support/standin/README.md',
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return json(res, error.status, error.body);
      if (error instanceof AuthError) {
        const version = req.headers['x-supabase-api-version'];
        const { headers, body } = authErrorBody(Array.isArray(version) ? version[0] : version, {
          status: error.status,
          errorCode: error.errorCode,
          message: error.message,
          extra: error.extra,
        });
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        return json(res, error.status, body);
      }
      console.error('stand-in error:', error);
      json(res, 500, { code: 'XX000', message: String(error), details: null, hint: null });
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    anonKey,
    serviceRoleKey,
    otpFor: (email) => otps.get(email.trim().toLowerCase())?.code,
    async sql(text) {
      await admin.query(text);
      procs.clear();
      roleSettings = null;
    },
    configureAuth: (next) => {
      emailConfirmation = next.emailConfirmation;
    },
    setFaults,
    faultCounts: () => ({ ...counts }),
    async stop() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await Promise.all([admin.end(), api.end()]);
    },
  };
}
