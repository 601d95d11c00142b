// The Team section's container (issue #8): the background owns the session and talks to Supabase; this page
// asks it, shows its answers, and asks the browser for the project's origin before handing the project over.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { TeamSection } from '@/components/options/TeamSection';
import { ProblemList } from '@/components/problems';
import { api, type Result } from '@/utils/messages';
import type { Client } from '@/utils/model/client';
import { clientDisplayName } from '@/utils/model/names';
import type { Problem } from '@/utils/model/problem';
import type { Settings } from '@/utils/model/settings';
import { changesItem, syncStatusItem } from '@/utils/storage-items';
import {
  syncStatusOff,
  type SyncConfig,
  type SyncConflict,
  type SyncRejection,
  type SyncStatus,
  type TeamView,
} from '@/utils/sync/status';
import { resolveTimeZone } from '@/utils/time/zone';

/**
 * Asks the browser for the project's origin (the manifest lists it as optional). Must run inside the click that
 * saves the project: Chrome only shows the prompt during a user gesture. A thrown error (an origin the manifest
 * does not allow) counts as a refusal.
 */
export async function requestProjectAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

/** Development only: `.env` pre-fills the project fields (see .env.example); a build without it has none. */
const devProject: SyncConfig | null = import.meta.env.WXT_SUPABASE_URL
  ? {
      url: import.meta.env.WXT_SUPABASE_URL as string,
      anonKey: (import.meta.env.WXT_SUPABASE_ANON_KEY as string | undefined) ?? '',
    }
  : null;

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The shape checks that give a clear message before anything is asked (the background checks again). */
export function projectProblems(config: SyncConfig): Problem[] {
  const problems: Problem[] = [];
  let url: URL | null;
  try {
    url = new URL(config.url);
  } catch {
    url = null;
  }
  // http only for a project on this computer (`supabase start`); credentials in a URL are never wanted.
  const secure = url?.protocol === 'https:' || (url?.protocol === 'http:' && loopback.has(url.hostname));
  if (!url || !secure || url.username || url.password) problems.push({ code: 'invalidUrl', path: '' });
  // A legacy anon JWT (three base64url parts) or a newer publishable key (`sb_publishable_…`).
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$|^sb_publishable_[\w-]+$/.test(config.anonKey))
    problems.push({ code: 'invalidKey', path: '' });
  return problems;
}

const refusals = (result: Result<unknown>) => (result.ok ? null : result.problems);

interface SyncProblems {
  conflicts: SyncConflict[];
  rejections: SyncRejection[];
}
const noProblems: SyncProblems = { conflicts: [], rejections: [] };

export function TeamPage({ settings }: { settings: Settings }) {
  const { t, locale } = useI18n();
  const [view, setView] = useState<TeamView | null>(null);
  const [loadProblems, setLoadProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState<SyncStatus>(syncStatusOff);
  const [problems, setProblems] = useState<SyncProblems>(noProblems);
  const [clients, setClients] = useState<Client[]>([]);
  const request = useRef(0);

  const load = useCallback(async () => {
    const mine = ++request.current;
    const result = await api.teamView();
    if (mine !== request.current) return; // a newer load answers instead
    if (!result.ok) return setLoadProblems(result.problems);
    setLoadProblems([]);
    setView(result.value);
    if (!result.value.user || !result.value.activeTeamId) return setProblems(noProblems);
    const found = await api.syncProblems();
    if (mine !== request.current || !found.ok) return;
    setProblems(found.value);
    // Conflicting contracts and templates name their client: only then are the clients worth reading.
    if (found.value.conflicts.length > 0) {
      const listed = await api.list('clients');
      if (listed.ok) setClients(listed.value);
    }
  }, []);

  useEffect(() => {
    void load();
    void syncStatusItem.getValue().then(setStatus);
    // The status changes with every step of a long sync; the view only needs reloading when the outcome does.
    let outcome = '';
    const unwatchStatus = syncStatusItem.watch((next) => {
      setStatus(next);
      const now = [next.state, next.conflicts, next.rejected, next.lastSyncedAt].join('|');
      if (now !== outcome) {
        outcome = now;
        void load();
      }
    });
    const unwatchChanges = changesItem.watch(() => void load());
    return () => {
      unwatchStatus();
      unwatchChanges();
    };
  }, [load]);

  /** Every request answers with what was refused; whatever happened, the view is read again. */
  const act = async (sent: Promise<Result<unknown>>) => {
    const result = await sent;
    void load();
    return refusals(result);
  };

  if (!view) {
    return loadProblems.length > 0 ? <ProblemList problems={loadProblems} /> : <p class="muted">{t('loading')}</p>;
  }
  return (
    <TeamSection
      view={view}
      suggestedProject={devProject}
      status={status}
      conflicts={problems.conflicts}
      rejections={problems.rejections}
      timeZones={Intl.supportedValuesOf('timeZone')}
      defaultTimeZone={resolveTimeZone(settings.timeZone)}
      clientName={(id) => {
        const client = clients.find((c) => c.id === id);
        return client ? clientDisplayName(client, locale) : null;
      }}
      onSaveProject={async (config) => {
        const invalid = projectProblems(config);
        if (invalid.length > 0) return invalid;
        if (!(await requestProjectAccess(config.url))) return [{ code: 'permissionDenied', path: '' }];
        return act(api.setSyncConfig(config));
      }}
      onForgetProject={() => act(api.setSyncConfig(null))}
      onSignIn={(email, password) => act(api.signIn(email, password))}
      onSignUp={(email, password) => act(api.signUp(email, password))}
      onSendCode={(email) => act(api.sendSignInCode(email))}
      onVerifyCode={(email, code) => act(api.verifySignInCode(email, code))}
      onSignOut={(discard) => act(api.signOut(discard))}
      onCreateTeam={(name, timeZone) => act(api.createTeam(name, timeZone))}
      onJoinTeam={(code) => act(api.joinTeam(code))}
      onSetActiveTeam={(teamId) => act(api.setActiveTeam(teamId))}
      onCreateInvite={(role) => api.createInvite(role)}
      onCopy={(text) =>
        navigator.clipboard.writeText(text).then(
          () => true,
          () => false,
        )
      }
      onSetRole={(member, role) => act(api.setMemberRole(member, role))}
      onRemoveMember={(member) => act(api.removeMember(member))}
      onLeaveTeam={(discard) => act(api.leaveTeam(discard))}
      onShareClients={async (ids) => {
        const result = await api.shareClients(ids);
        void load();
        return result;
      }}
      onSyncNow={() => void api.syncNow()}
      onResolve={(request) => act(api.resolveConflict(request))}
      onDismissRejections={() => act(api.dismissRejections())}
      onKeepRemovedWork={() => act(api.settleRemovedWork('keep'))}
      onDiscardRemovedWork={() => act(api.settleRemovedWork('discard'))}
      onExportRemovedWork={(work) => {
        const blob = new Blob([JSON.stringify(work, null, 2)], { type: 'application/json' });
        const link = Object.assign(document.createElement('a'), {
          href: URL.createObjectURL(blob),
          download: `wasla-unsent-${work.at.slice(0, 10)}.json`,
        });
        link.click();
        URL.revokeObjectURL(link.href);
      }}
    />
  );
}
