// Answers the Team section's and indicators' messages (utils/messages.ts, "Team sync"). Every server refusal
// becomes a problem code the views translate; nothing here throws at a view.
import type { SupabaseClient } from '@supabase/supabase-js';
import { database } from '../database';
import { announceChange } from '../changes';
import { forgetTemplateIndex } from '../templates';
import { resolveConflict } from '@/utils/sync/conflicts';
import { createInviteAnswer, createTeamAnswer, parseAnswer, redeemInviteAnswer } from '@/utils/sync/answers';
import { pendingRows, removeTeamData, SyncError } from '@/utils/sync/engine';
import { localClients, shareClients } from '@/utils/sync/share';
import { authProblem, refuse, syncErrorProblem } from '@/utils/sync/problems';
import type { SignedInUser, TeamMember, TeamSummary } from '@/utils/sync/status';
import type { Result } from '@/utils/messages';
import { storeNames } from '@/utils/model';
import type { SyncHandlers } from '../handlers';
import { mayChange } from '@/utils/sync/permissions';
import { keepAsLocal } from '@/utils/sync/removed';
import { removedWorkItem, supabaseAuthStorage, syncAccountItem, syncConfigItem } from '@/utils/storage-items';
import type { SyncAccount } from '@/utils/stored-values';
import { currentWriter } from './account';
import { dataChanged, publishStatus, refreshTeams, syncNow, teamRoster } from './loop';
import { callRpc, forgetClient, supabase } from './supabase';

/** Runs a call that needs a project (and, with `signedIn`, a user), turning SyncErrors into problems. */
async function withClient<T>(
  signedIn: boolean,
  work: (client: SupabaseClient, account: SyncAccount) => Promise<Result<T>>,
): Promise<Result<T>> {
  const client = await supabase();
  if (!client) return refuse('noProject');
  const account = await syncAccountItem.getValue();
  if (signedIn && !account) return refuse('notSignedIn');
  try {
    return await work(client, account!);
  } catch (error) {
    if (error instanceof SyncError) return syncErrorProblem(error);
    throw error;
  }
}

/** After any sign-in: remember the user, learn their teams, and start syncing. */
async function signedIn(user: { id: string; email?: string } | null): Promise<Result<SignedInUser>> {
  if (!user) return refuse('signInFailed');
  const me = { id: user.id, email: user.email ?? '' };
  const previous = await syncAccountItem.getValue();
  const account: SyncAccount = previous?.user.id === me.id ? previous : { user: me, teams: [], activeTeamId: null };
  await syncAccountItem.setValue(account);
  try {
    await refreshTeams(account);
  } catch {
    // Offline right after signing in: the sync loop learns the teams on its next attempt.
  }
  void syncNow();
  return { ok: true, value: me };
}

/** Pushes first; refuses with the count of changes that would be lost unless the user accepted losing them. */
async function pushedOrRefused(teamId: string | null, discardPending: boolean): Promise<Result<null> | null> {
  const db = await database();
  if ((await pendingRows(db, teamId ?? undefined)).length > 0) await syncNow();
  const left = (await pendingRows(db, teamId ?? undefined)).length;
  if (left > 0 && !discardPending) return refuse('pendingChanges', { count: left });
  return null;
}

async function dropTeams(teamIds: string[]): Promise<void> {
  const db = await database();
  for (const teamId of teamIds) await removeTeamData(db, teamId, { keepPending: false });
  await dataChanged();
}

function activeTeam(account: SyncAccount): TeamSummary | null {
  return account.teams.find((team) => team.teamId === account.activeTeamId) ?? null;
}

export const syncHandlers: SyncHandlers = {
  teamView: async () => {
    const [config, account, db] = await Promise.all([
      syncConfigItem.getValue(),
      syncAccountItem.getValue(),
      database(),
    ]);
    const view = {
      config,
      user: account?.user ?? null,
      teams: account?.teams ?? [],
      activeTeamId: account?.activeTeamId ?? null,
      members: [] as TeamMember[],
      removedWork: await removedWorkItem.getValue(),
      localClients: await localClients(db),
    };
    if (account?.activeTeamId) {
      // Offline, the section shows the members as of the last sync.
      view.members = account.members?.[account.activeTeamId] ?? [];
      const client = await supabase();
      try {
        if (client) view.members = await teamRoster(client, account.activeTeamId);
      } catch {
        // Keep the last known list.
      }
    }
    return { ok: true, value: view };
  },
  teamRoles: async () => ({ ok: true, value: (await syncAccountItem.getValue())?.teams ?? [] }),
  teamMembers: async () => {
    const account = await syncAccountItem.getValue();
    return { ok: true, value: { me: account?.user ?? null, members: Object.values(account?.members ?? {}).flat() } };
  },
  setSyncConfig: async ({ config }) => {
    const previous = await syncConfigItem.getValue();
    if (previous && (previous.url !== config?.url || previous.anonKey !== config?.anonKey)) {
      // Another project: pending changes are pushed first or reported. Forgetting the project (null) was
      // confirmed in the page, whose question says unsynced changes are lost.
      const blocked = config === null ? null : await pushedOrRefused(null, false);
      if (blocked) return blocked;
      const account = await syncAccountItem.getValue();
      await dropTeams(account?.teams.map((team) => team.teamId) ?? []);
      await syncAccountItem.setValue(null);
      await supabaseAuthStorage.forget();
    }
    forgetClient();
    await syncConfigItem.setValue(config ? { url: config.url.replace(/\/+$/, ''), anonKey: config.anonKey } : null);
    await publishStatus();
    return { ok: true, value: null };
  },
  signIn: ({ email, password }) =>
    withClient(false, async (client) => {
      const { data, error } = await client.auth.signInWithPassword({ email, password });
      return error ? authProblem(error) : signedIn(data.user);
    }),
  signUp: ({ email, password }) =>
    withClient(false, async (client) => {
      const { data, error } = await client.auth.signUp({ email, password });
      if (error) return authProblem(error);
      // A project that confirms addresses (hosted Supabase's default) answers without a session. A registered
      // address gets a masked user with no identities (GoTrue's sanitizeUser, internal/api/signup.go): say so
      // instead of waiting for an e-mail that never comes. Otherwise the confirmation e-mail carries a code
      // (supabase/templates/confirmation.html) the Team page asks for next.
      if (data.session) return signedIn(data.user);
      if (data.user && data.user.identities?.length === 0) return refuse('userExists');
      return refuse('confirmEmail', { email });
    }),
  sendSignInCode: ({ email }) =>
    withClient(false, async (client) => {
      const { error } = await client.auth.signInWithOtp({ email, options: { shouldCreateUser: true } });
      return error ? authProblem(error) : { ok: true, value: null };
    }),
  verifySignInCode: ({ email, code }) =>
    withClient(false, async (client) => {
      // type "email" accepts the code of a sign-up confirmation as well as a sign-in code (GoTrue verify.go,
      // EmailOTPVerification), so one field serves both.
      const { data, error } = await client.auth.verifyOtp({ email, token: code, type: 'email' });
      if (error)
        return error.status === 0
          ? refuse('network')
          : error.status === 429
            ? authProblem(error)
            : refuse('codeInvalid');
      return signedIn(data.user);
    }),
  signOut: ({ discardPending }) =>
    withClient(true, async (client, account) => {
      const blocked = await pushedOrRefused(null, discardPending);
      if (blocked) return blocked;
      await client.auth.signOut({ scope: 'local' }).catch(() => undefined);
      await supabaseAuthStorage.forget();
      await dropTeams(account.teams.map((team) => team.teamId));
      await syncAccountItem.setValue(null);
      await publishStatus();
      return { ok: true, value: null };
    }),
  createTeam: ({ name, timeZone }) =>
    withClient(true, async (client, account) => {
      const row = parseAnswer(
        'create_team',
        createTeamAnswer,
        await callRpc(client, 'create_team', { name, time_zone: timeZone }),
      );
      const next = await refreshTeams({ ...account, activeTeamId: row.id });
      await publishStatus();
      return { ok: true, value: next.teams.find((team) => team.teamId === row.id)! };
    }),
  joinTeam: ({ code }) =>
    withClient(true, async (client, account) => {
      const rows = parseAnswer(
        'redeem_invite',
        redeemInviteAnswer,
        await callRpc(client, 'redeem_invite', { code: code.trim().toLowerCase() }),
      );
      const teamId = rows[0]?.team_id;
      const next = await refreshTeams({ ...account, activeTeamId: teamId ?? account.activeTeamId });
      void syncNow();
      const team = next.teams.find((t) => t.teamId === teamId);
      return team ? { ok: true, value: team } : refuse('inviteInvalid');
    }),
  setActiveTeam: async ({ teamId }) => {
    const account = await syncAccountItem.getValue();
    if (!account?.teams.some((team) => team.teamId === teamId)) return refuse('noTeam');
    await syncAccountItem.setValue({ ...account, activeTeamId: teamId });
    return { ok: true, value: null };
  },
  createInvite: ({ role }) =>
    withClient(true, async (client, account) => {
      if (!account.activeTeamId) return refuse('noTeam');
      const row = parseAnswer(
        'create_invite',
        createInviteAnswer,
        await callRpc(client, 'create_invite', { team: account.activeTeamId, role }),
      );
      return { ok: true, value: { code: row.code, expiresAt: row.expires_at } };
    }),
  setMemberRole: ({ member, role }) =>
    withClient(true, async (client, account) => {
      if (!account.activeTeamId) return refuse('noTeam');
      await callRpc(client, 'set_member_role', { team: account.activeTeamId, member, role });
      return { ok: true, value: null };
    }),
  removeMember: ({ member }) =>
    withClient(true, async (client, account) => {
      if (!account.activeTeamId) return refuse('noTeam');
      await callRpc(client, 'remove_member', { team: account.activeTeamId, member });
      return { ok: true, value: null };
    }),
  leaveTeam: ({ discardPending }) =>
    withClient(true, async (client, account) => {
      const team = activeTeam(account);
      if (!team) return refuse('noTeam');
      const blocked = await pushedOrRefused(team.teamId, discardPending);
      if (blocked) return blocked;
      await callRpc(client, 'leave_team', { team: team.teamId });
      await dropTeams([team.teamId]);
      await refreshTeams({ ...account, teams: account.teams.filter((t) => t.teamId !== team.teamId) });
      await publishStatus();
      return { ok: true, value: null };
    }),
  shareClients: async ({ clientIds }) => {
    const account = await syncAccountItem.getValue();
    if (!account?.activeTeamId) return refuse('noTeam');
    if (!mayChange('clients', { teamId: account.activeTeamId }, await currentWriter())) return refuse('forbidden');
    const count = await shareClients(await database(), account.activeTeamId, clientIds);
    await announceChange(storeNames);
    return { ok: true, value: { count } };
  },
  syncNow: async () => ({ ok: true, value: await syncNow() }),
  syncProblems: async () => {
    const db = await database();
    const [conflicts, rejections] = await Promise.all([db.getAll('conflicts'), db.getAll('rejections')]);
    return { ok: true, value: { conflicts, rejections } };
  },
  resolveConflict: async ({ key, choice, record }) => {
    const problems = await resolveConflict(await database(), key, choice, record);
    if (problems.length > 0) return { ok: false, problems };
    forgetTemplateIndex();
    await announceChange(['clients', 'contracts', 'templates']);
    return { ok: true, value: null };
  },
  settleRemovedWork: async ({ choice }) => {
    const work = await removedWorkItem.getValue();
    if (work && choice === 'keep') {
      await keepAsLocal(await database(), work);
      await announceChange(storeNames);
    }
    await removedWorkItem.setValue(null);
    await publishStatus();
    return { ok: true, value: null };
  },
  dismissRejections: async () => {
    await (await database()).clear('rejections');
    await publishStatus();
    return { ok: true, value: null };
  },
};
