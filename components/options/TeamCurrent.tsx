import { useState } from 'preact/hooks';
import type { TeamMember, TeamRole, TeamSummary } from '@/utils/sync/status';
import { ProblemList } from '../problems';
import { TeamInvite, type TeamInviteProps } from './TeamInvite';
import { TeamMembers } from './TeamMembers';
import { InlineConfirm, PendingChangesConfirm, useAction, usePendingChangesFlow, type Refusal } from './TeamShared';
import { useI18n } from '../i18n';

export interface TeamCurrentProps extends TeamInviteProps {
  teams: TeamSummary[];
  active: TeamSummary;
  myId: string;
  members: TeamMember[];
  onSetActive: (teamId: string) => Refusal;
  onSetRole: (member: string, role: TeamRole) => Refusal;
  onRemove: (member: string) => Refusal;
  onLeave: (discardPending: boolean) => Refusal;
}

/** The active team: which one (when there are several), its members, invites, and leaving it. */
export function TeamCurrent(props: TeamCurrentProps) {
  const { t } = useI18n();
  const { active } = props;
  const choose = useAction(props.onSetActive);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const leave = usePendingChangesFlow(props.onLeave);

  return (
    <>
      {props.teams.length > 1 && (
        <p class="stack">
          <label for="team-active">{t('team.activeTeam')}</label>
          <select id="team-active" value={active.teamId} onChange={(e) => void choose.run(e.currentTarget.value)}>
            {props.teams.map((team) => (
              <option key={team.teamId} value={team.teamId}>
                {team.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <ProblemList problems={choose.problems} />
      <p>
        <strong>
          <bdi>{active.name}</bdi>
        </strong>
        {' · '}
        {t('team.yourRole', { role: t(`team.role.${active.role}`) })}
        {' · '}
        <bdi dir="ltr">{active.timeZone}</bdi>
      </p>
      <TeamMembers
        team={active}
        myId={props.myId}
        members={props.members}
        onSetRole={props.onSetRole}
        onRemove={props.onRemove}
      />
      {active.role !== 'member' && <TeamInvite onCreate={props.onCreate} onCopy={props.onCopy} />}
      {leave.pending !== null ? (
        <PendingChangesConfirm
          count={leave.pending}
          explanation="team.pendingLeave"
          confirm="team.discardLeave"
          onConfirm={leave.discard}
          onCancel={leave.cancel}
        />
      ) : confirmingLeave ? (
        <InlineConfirm
          question={t('team.leaveConfirm', { team: active.name })}
          confirm={t('team.leaveYes', { team: active.name })}
          onConfirm={() => {
            setConfirmingLeave(false);
            leave.start();
          }}
          onCancel={() => setConfirmingLeave(false)}
        />
      ) : (
        <p>
          <button type="button" onClick={() => setConfirmingLeave(true)}>
            {t('team.leave')}
          </button>
        </p>
      )}
      <ProblemList problems={leave.problems} />
    </>
  );
}
