import { useState } from 'preact/hooks';
import type { TeamMember, TeamRole, TeamSummary } from '@/utils/sync/status';
import { ProblemList } from '../problems';
import { InlineConfirm, useAction, type Refusal } from './TeamShared';
import { useI18n } from '../i18n';

export interface MemberControls {
  /** The roles the role picker offers; empty: the role is shown as text. */
  roles: TeamRole[];
  canRemove: boolean;
}

const none: MemberControls = { roles: [], canRemove: false };

/**
 * What I may do to a member, as the server allows it: owners change anyone's role (owner included) and remove
 * anyone; admins move non-owners between member and admin and remove plain members; members change nothing.
 * Nobody acts on themselves here (leaving is "Leave team").
 */
export function memberControls(myRole: TeamRole, myId: string, member: TeamMember): MemberControls {
  if (member.userId === myId) return none;
  if (myRole === 'owner') return { roles: ['member', 'admin', 'owner'], canRemove: true };
  if (myRole === 'admin' && member.role !== 'owner')
    return { roles: ['member', 'admin'], canRemove: member.role === 'member' };
  return none;
}

export interface TeamMembersProps {
  team: TeamSummary;
  myId: string;
  members: TeamMember[];
  onSetRole: (member: string, role: TeamRole) => Refusal;
  onRemove: (member: string) => Refusal;
}

export function TeamMembers({ team, myId, members, onSetRole, onRemove }: TeamMembersProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const setRole = useAction(onSetRole);
  const remove = useAction(onRemove);
  const rows = members.map((member) => ({ member, controls: memberControls(team.role, myId, member) }));
  const anyRemovable = rows.some((row) => row.controls.canRemove);
  const nameOf = (member: TeamMember) => member.displayName || member.email;

  return (
    <>
      <table class="team-members">
        <caption>{t('team.members', { team: team.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.memberName')}</th>
            <th scope="col">{t('team.memberEmail')}</th>
            <th scope="col">{t('team.memberRole')}</th>
            {anyRemovable && <th scope="col">{t('team.memberActions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ member, controls }) => {
            const name = nameOf(member);
            return (
              <tr key={member.userId}>
                <th scope="row">
                  <bdi>{name}</bdi> {member.userId === myId && <span class="muted">{t('team.you')}</span>}
                </th>
                <td>
                  <bdi>{member.email}</bdi>
                </td>
                <td>
                  {controls.roles.length > 0 ? (
                    <select
                      aria-label={t('team.roleOf', { name })}
                      value={member.role}
                      onChange={(e) => void setRole.run(member.userId, e.currentTarget.value as TeamRole)}
                    >
                      {controls.roles.map((role) => (
                        <option key={role} value={role}>
                          {t(`team.role.${role}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`team.role.${member.role}`)
                  )}
                </td>
                {anyRemovable && (
                  <td>
                    {controls.canRemove &&
                      (confirming === member.userId ? (
                        <InlineConfirm
                          question={t('team.removeConfirm', { name, team: team.name })}
                          confirm={t('team.removeYes', { name })}
                          onConfirm={() => {
                            setConfirming(null);
                            void remove.run(member.userId);
                          }}
                          onCancel={() => setConfirming(null)}
                        />
                      ) : (
                        <button type="button" onClick={() => setConfirming(member.userId)}>
                          {t('team.remove', { name })}
                        </button>
                      ))}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ProblemList problems={[...setRole.problems, ...remove.problems]} />
    </>
  );
}
