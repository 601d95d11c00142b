import { describe, expect, it, vi } from 'vitest';
import { TeamCurrent } from '@/components/options/TeamCurrent';
import { memberControls, TeamMembers } from '@/components/options/TeamMembers';
import type { Problem } from '@/utils/model/problem';
import type { TeamMember, TeamRole, TeamSummary } from '@/utils/sync/status';
import { button, buttons, choose, click, field, mount } from './render';

const member = (userId: string, displayName: string, role: TeamRole): TeamMember => ({
  userId,
  displayName,
  email: `${userId}@example.com`,
  role,
  joinedAt: '2026-11-01T09:00:00.000Z',
});
const members = [
  member('olga', 'Olga', 'owner'),
  member('adam', 'Adam', 'admin'),
  member('mona', 'Mona', 'member'),
  member('me', 'Me', 'member'),
];
const team = (role: TeamRole): TeamSummary => ({ teamId: 't1', name: 'Alpha', timeZone: 'Asia/Riyadh', role });

type Refusal = Promise<Problem[] | null>;
const ok = async (): Refusal => null;
const showMembers = (role: TeamRole, handlers: Partial<{ onSetRole: () => Refusal; onRemove: () => Refusal }> = {}) =>
  mount(
    <TeamMembers
      team={team(role)}
      myId="me"
      members={members.map((m) => (m.userId === 'me' ? { ...m, role } : m))}
      onSetRole={ok}
      onRemove={ok}
      {...handlers}
    />,
  );

describe('what each role may do to a member', () => {
  it.each([
    ['owner', 'owner', { roles: ['member', 'admin', 'owner'], canRemove: true }],
    ['owner', 'admin', { roles: ['member', 'admin', 'owner'], canRemove: true }],
    ['owner', 'member', { roles: ['member', 'admin', 'owner'], canRemove: true }],
    ['admin', 'owner', { roles: [], canRemove: false }],
    ['admin', 'admin', { roles: ['member', 'admin'], canRemove: false }],
    ['admin', 'member', { roles: ['member', 'admin'], canRemove: true }],
    ['member', 'owner', { roles: [], canRemove: false }],
    ['member', 'admin', { roles: [], canRemove: false }],
    ['member', 'member', { roles: [], canRemove: false }],
  ] as const)('as %s, over a %s: %o', (mine, theirs, expected) => {
    expect(memberControls(mine, 'me', member('other', 'Other', theirs))).toEqual(expected);
  });

  it('nobody gets controls over themselves, owners included', () => {
    expect(memberControls('owner', 'me', member('me', 'Me', 'owner'))).toEqual({ roles: [], canRemove: false });
  });
});

describe('the members table', () => {
  it('members see names, emails and roles, and no controls at all', async () => {
    const root = await showMembers('member');
    expect(root.querySelector('caption')!.textContent).toBe('Members of Alpha');
    expect(root.querySelectorAll('select')).toHaveLength(0);
    expect(buttons(root)).toEqual([]);
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Name', 'Email', 'Role']);
    expect(root.querySelector('tbody')!.textContent).toContain('mona@example.com');
  });

  it('admins move non-owners between member and admin and remove plain members only', async () => {
    const root = await showMembers('admin');
    expect([...root.querySelectorAll('select')].map((s) => s.getAttribute('aria-label'))).toEqual([
      'Role of Adam',
      'Role of Mona',
    ]);
    expect([...field<HTMLSelectElement>(root, 'Role of Mona').options].map((o) => o.textContent)).toEqual([
      'Member',
      'Admin',
    ]);
    expect(buttons(root)).toEqual(['Remove Mona']);
  });

  it('owners may also make someone an owner, and remove anyone but themselves', async () => {
    const onSetRole = vi.fn(ok);
    const root = await showMembers('owner', { onSetRole });
    expect([...field<HTMLSelectElement>(root, 'Role of Olga').options].map((o) => o.value)).toEqual([
      'member',
      'admin',
      'owner',
    ]);
    expect(buttons(root)).toEqual(['Remove Olga', 'Remove Adam', 'Remove Mona']);
    await choose(field<HTMLSelectElement>(root, 'Role of Mona'), 'admin');
    expect(onSetRole).toHaveBeenCalledWith('mona', 'admin');
  });

  it('removing asks first, naming who and which team', async () => {
    const onRemove = vi.fn(ok);
    const root = await showMembers('owner', { onRemove });
    await click(button(root, 'Remove Mona'));
    expect(onRemove).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      "Remove Mona from Alpha? They lose access to the team's clients and data.",
    );
    await click(button(root, 'Cancel'));
    expect(buttons(root)).toContain('Remove Mona');
    await click(button(root, 'Remove Mona'));
    await click(button(root, 'Yes, remove Mona'));
    expect(onRemove).toHaveBeenCalledWith('mona');
  });

  it('a refused role change is shown in words', async () => {
    const root = await showMembers('owner', { onSetRole: async () => [{ code: 'lastOwner', path: '' }] });
    await choose(field<HTMLSelectElement>(root, 'Role of Olga'), 'admin');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('a team needs at least one owner');
  });
});

describe('the active team', () => {
  const show = (role: TeamRole, onLeave: (discard: boolean) => Refusal = vi.fn(ok), teams = [team(role)]) =>
    mount(
      <TeamCurrent
        teams={teams}
        active={teams[0]!}
        myId="me"
        members={members}
        onSetActive={ok}
        onSetRole={ok}
        onRemove={ok}
        onLeave={onLeave}
        onCreate={async () => ({ ok: true, value: { code: 'K7Q-2MX', expiresAt: '2026-11-27T10:00:00.000Z' } })}
        onCopy={async () => true}
      />,
    );

  it('members can leave but not invite', async () => {
    const root = await show('member');
    expect(buttons(root)).toEqual(['Leave team']);
  });

  it('admins create an invite with a role and get a code to copy', async () => {
    const onCopy = vi.fn(async () => true);
    const teams = [team('admin')];
    const root = await mount(
      <TeamCurrent
        teams={teams}
        active={teams[0]!}
        myId="me"
        members={members}
        onSetActive={ok}
        onSetRole={ok}
        onRemove={ok}
        onLeave={ok}
        onCreate={async (role) => ({
          ok: true,
          value: { code: `CODE-${role}`, expiresAt: '2026-11-27T10:00:00.000Z' },
        })}
        onCopy={onCopy}
      />,
    );
    expect([...field<HTMLSelectElement>(root, 'Invite as').options].map((o) => o.value)).toEqual(['member', 'admin']);
    await choose(field<HTMLSelectElement>(root, 'Invite as'), 'admin');
    await click(button(root, 'Create invite'));
    expect(field(root, 'New invite code').value).toBe('CODE-admin');
    await click(button(root, 'Copy invite code'));
    expect(onCopy).toHaveBeenCalledWith('CODE-admin');
    expect(root.textContent).toContain('Copied.');
  });

  it('offers a team picker only with more than one team', async () => {
    expect((await show('owner')).querySelector('#team-active')).toBeNull();
    const onSetActive = vi.fn(ok);
    const teams = [team('owner'), { ...team('member'), teamId: 't2', name: 'Beta' }];
    const root = await mount(
      <TeamCurrent
        teams={teams}
        active={teams[0]!}
        myId="me"
        members={members}
        onSetActive={onSetActive}
        onSetRole={ok}
        onRemove={ok}
        onLeave={ok}
        onCreate={async () => ({ ok: false, problems: [] })}
        onCopy={async () => true}
      />,
    );
    await choose(field<HTMLSelectElement>(root, 'Active team'), 't2');
    expect(onSetActive).toHaveBeenCalledWith('t2');
  });

  it('leaving confirms first, then with unsynced changes asks again with their exact count', async () => {
    const onLeave = vi.fn(async (discard: boolean) =>
      discard ? null : [{ code: 'pendingChanges', path: '', params: { count: 2 } }],
    );
    const root = await show('admin', onLeave);
    await click(button(root, 'Leave team'));
    expect(onLeave).not.toHaveBeenCalled();
    await click(button(root, 'Yes, leave Alpha'));
    expect(onLeave).toHaveBeenLastCalledWith(false);
    expect(root.textContent).toContain(
      'Changes on this computer that have not reached the server yet: 2. If you leave now they are lost',
    );
    await click(button(root, 'Leave team and discard 2 changes'));
    expect(onLeave).toHaveBeenLastCalledWith(true);
  });
});
