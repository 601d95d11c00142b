// Options → Team (issue #8): the project, the account, the team and its members, the local clients to bring
// in, and sync. Each part appears once the one before it is done; all requests go out through the props.
import type { SyncConflict, SyncRejection, SyncStatus, TeamView } from '@/utils/sync/status';
import { TeamAccount, type TeamAccountProps } from './TeamAccount';
import { TeamCurrent, type TeamCurrentProps } from './TeamCurrent';
import { TeamJoin, type TeamJoinProps } from './TeamJoin';
import { TeamLocalClients, type TeamLocalClientsProps } from './TeamLocalClients';
import { TeamProject, type TeamProjectProps } from './TeamProject';
import { TeamRemovedWork, type TeamRemovedWorkProps } from './TeamRemovedWork';
import { TeamPart, type Refusal } from './TeamShared';
import { TeamSync, type TeamSyncProps } from './TeamSync';
import { useI18n } from '../i18n';

export interface TeamActions {
  onSaveProject: TeamProjectProps['onSave'];
  suggestedProject?: TeamProjectProps['suggested'];
  onForgetProject: TeamProjectProps['onForget'];
  onSignIn: TeamAccountProps['onSignIn'];
  onSignUp: TeamAccountProps['onSignUp'];
  onSendCode: TeamAccountProps['onSendCode'];
  onVerifyCode: TeamAccountProps['onVerifyCode'];
  onSignOut: TeamAccountProps['onSignOut'];
  onCreateTeam: TeamJoinProps['onCreate'];
  onJoinTeam: TeamJoinProps['onJoin'];
  onSetActiveTeam: (teamId: string) => Refusal;
  onCreateInvite: TeamCurrentProps['onCreate'];
  onCopy: TeamCurrentProps['onCopy'];
  onSetRole: TeamCurrentProps['onSetRole'];
  onRemoveMember: TeamCurrentProps['onRemove'];
  onLeaveTeam: TeamCurrentProps['onLeave'];
  onShareClients: TeamLocalClientsProps['onShare'];
  onSyncNow: () => void;
  onResolve: TeamSyncProps['onResolve'];
  onDismissRejections: () => Refusal;
  onKeepRemovedWork: TeamRemovedWorkProps['onKeep'];
  onDiscardRemovedWork: TeamRemovedWorkProps['onDiscard'];
  onExportRemovedWork: TeamRemovedWorkProps['onExport'];
}

export interface TeamSectionProps extends TeamActions {
  view: TeamView;
  status: SyncStatus;
  conflicts: SyncConflict[];
  rejections: SyncRejection[];
  timeZones: string[];
  defaultTimeZone: string;
  clientName: TeamSyncProps['clientName'];
}

export function TeamSection(props: TeamSectionProps) {
  const { t } = useI18n();
  const { view } = props;
  const active = view.teams.find((team) => team.teamId === view.activeTeamId) ?? null;
  const join = (
    <TeamJoin
      timeZones={props.timeZones}
      defaultTimeZone={props.defaultTimeZone}
      onCreate={props.onCreateTeam}
      onJoin={props.onJoinTeam}
    />
  );

  return (
    <section aria-labelledby="section-title" class="team">
      <p>{t('team.intro')}</p>
      <TeamPart id="team-project-title" title={t('team.projectTitle')}>
        <TeamProject
          config={view.config}
          suggested={props.suggestedProject}
          onSave={props.onSaveProject}
          onForget={props.onForgetProject}
        />
      </TeamPart>

      {view.config && (
        <TeamPart id="team-account-title" title={t('team.accountTitle')}>
          <TeamAccount
            user={view.user}
            onSignIn={props.onSignIn}
            onSignUp={props.onSignUp}
            onSendCode={props.onSendCode}
            onVerifyCode={props.onVerifyCode}
            onSignOut={props.onSignOut}
          />
        </TeamPart>
      )}

      {view.removedWork && (
        <TeamPart id="team-removed-title" title={t('team.removedTitle')}>
          <TeamRemovedWork
            work={view.removedWork}
            onKeep={props.onKeepRemovedWork}
            onDiscard={props.onDiscardRemovedWork}
            onExport={props.onExportRemovedWork}
          />
        </TeamPart>
      )}

      {view.config && view.user && (
        <TeamPart id="team-team-title" title={t('team.teamTitle')}>
          {active ? (
            <>
              <TeamCurrent
                key={active.teamId}
                teams={view.teams}
                active={active}
                myId={view.user.id}
                members={view.members}
                onSetActive={props.onSetActiveTeam}
                onSetRole={props.onSetRole}
                onRemove={props.onRemoveMember}
                onLeave={props.onLeaveTeam}
                onCreate={props.onCreateInvite}
                onCopy={props.onCopy}
              />
              <details>
                <summary>{t('team.otherTeam')}</summary>
                {join}
              </details>
            </>
          ) : (
            <>
              <p>{t('team.noTeam')}</p>
              {join}
            </>
          )}
        </TeamPart>
      )}

      {/* Only admins and owners add clients to a team (the server refuses a member's). */}
      {view.user && active && active.role !== 'member' && view.localClients.length > 0 && (
        <TeamPart id="team-local-title" title={t('team.localTitle')}>
          <TeamLocalClients clients={view.localClients} teamName={active.name} onShare={props.onShareClients} />
        </TeamPart>
      )}

      {view.user && active && (
        <TeamPart id="team-sync-title" title={t('team.syncTitle')}>
          <TeamSync
            status={props.status}
            conflicts={props.conflicts}
            rejections={props.rejections}
            clientName={props.clientName}
            onSyncNow={props.onSyncNow}
            onResolve={props.onResolve}
            onDismissRejections={props.onDismissRejections}
          />
        </TeamPart>
      )}
    </section>
  );
}
