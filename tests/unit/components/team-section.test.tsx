import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamSection, type TeamSectionProps } from '@/components/options/TeamSection';
import { projectProblems, requestProjectAccess } from '@/entrypoints/options/team';
import { syncStatusOff, type TeamView } from '@/utils/sync/status';
import { button, buttons, choose, click, field, mount, region, regionNames, type } from './render';

const empty: TeamView = {
  config: null,
  user: null,
  teams: [],
  activeTeamId: null,
  members: [],
  removedWork: null,
  localClients: [],
};
const config = { url: 'https://abcd.supabase.co', anonKey: 'sb_publishable_abc' };
const user = { id: 'me', email: 'sara@example.com' };
const alpha = { teamId: 't1', name: 'Alpha', timeZone: 'Asia/Riyadh', role: 'owner' as const };
const ok = async () => null;

function props(view: Partial<TeamView>, patch: Partial<TeamSectionProps> = {}): TeamSectionProps {
  return {
    view: { ...empty, ...view },
    status: { ...syncStatusOff, state: 'synced' },
    conflicts: [],
    rejections: [],
    timeZones: ['Africa/Cairo', 'Asia/Riyadh', 'Europe/London'],
    defaultTimeZone: 'Africa/Cairo',
    clientName: () => null,
    onSaveProject: ok,
    onForgetProject: ok,
    onSignIn: ok,
    onSignUp: ok,
    onSendCode: ok,
    onVerifyCode: ok,
    onSignOut: ok,
    onCreateTeam: vi.fn(ok),
    onJoinTeam: vi.fn(ok),
    onSetActiveTeam: ok,
    onCreateInvite: async () => ({ ok: false, problems: [] }),
    onCopy: async () => true,
    onSetRole: ok,
    onRemoveMember: ok,
    onLeaveTeam: ok,
    onShareClients: vi.fn(async (ids: string[]) => ({ ok: true as const, value: { count: ids.length } })),
    onSyncNow: vi.fn(),
    onResolve: ok,
    onDismissRejections: ok,
    onKeepRemovedWork: vi.fn(ok),
    onDiscardRemovedWork: vi.fn(ok),
    onExportRemovedWork: vi.fn(),
    ...patch,
  };
}

describe('the Team section shows each part once the one before is done', () => {
  it('first only the project', async () => {
    const root = await mount(<TeamSection {...props({})} />);
    expect(regionNames(root)).toEqual(['Project']);
  });

  it('with a project: the account, signed out', async () => {
    const root = await mount(<TeamSection {...props({ config })} />);
    expect(regionNames(root)).toEqual(['Project', 'Account']);
    expect(buttons(region(root, 'Account'))).toEqual(['Sign in', 'Create account', 'Email me a code']);
  });

  it('signed in without a team: create (in the default zone) or join', async () => {
    const p = props({ config, user });
    const root = await mount(<TeamSection {...p} />);
    expect(regionNames(root)).toEqual(['Project', 'Account', 'Your team']);
    expect(field<HTMLSelectElement>(root, 'Team time zone').value).toBe('Africa/Cairo');
    await type(field(root, 'Team name'), 'Alpha');
    await choose(field<HTMLSelectElement>(root, 'Team time zone'), 'Asia/Riyadh');
    await click(button(root, 'Create team'));
    expect(p.onCreateTeam).toHaveBeenCalledWith('Alpha', 'Asia/Riyadh');
    await type(field(root, 'Invite code'), ' K7Q-2MX ');
    await click(button(root, 'Join'));
    expect(p.onJoinTeam).toHaveBeenCalledWith('K7Q-2MX');
  });

  it('in a team: members, sync, and the local clients when there are any', async () => {
    const view = {
      config,
      user,
      teams: [alpha],
      activeTeamId: 't1',
      members: [{ userId: 'me', displayName: 'Sara', email: user.email, role: 'owner' as const, joinedAt: '' }],
    };
    expect(regionNames(await mount(<TeamSection {...props(view)} />))).toEqual([
      'Project',
      'Account',
      'Your team',
      'Sync',
    ]);
    const root = await mount(
      <TeamSection {...props({ ...view, localClients: [{ id: 'c1', nameAr: '', nameEn: 'Nada', records: 12 }] })} />,
    );
    expect(regionNames(root)).toEqual(['Project', 'Account', 'Your team', 'Local clients', 'Sync']);
  });
});

describe('bringing local clients into the team', () => {
  const view = {
    config,
    user,
    teams: [alpha],
    activeTeamId: 't1',
    localClients: [
      { id: 'c1', nameAr: '', nameEn: 'Nada', records: 12 },
      { id: 'c2', nameAr: '', nameEn: 'Qamar', records: 3 },
    ],
  };

  it('nothing is ticked, and nothing is sent until the user ticks a client', async () => {
    const p = props(view);
    const root = await mount(<TeamSection {...p} />);
    const part = region(root, 'Local clients');
    expect(part.querySelector('legend')!.textContent).toBe('Bring these local clients into the team');
    expect([...part.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => box.checked)).toEqual([
      false,
      false,
    ]);
    expect(part.textContent).toContain('Records: 12');
    await click(button(part, 'Share selected'));
    expect(p.onShareClients).not.toHaveBeenCalled();
    expect(part.querySelector('[role="alert"]')!.textContent).toBe('Choose at least one client first.');
    await choose(field(part, 'Qamar'), true);
    await click(button(part, 'Share selected'));
    expect(p.onShareClients).toHaveBeenCalledExactlyOnceWith(['c2']);
    expect(part.textContent).toContain('Clients brought into the team: 1.');
  });

  it('names each client in the UI language, as the Clients page does (issue #19: an Arabic name in the English UI)', async () => {
    const bilingual = {
      ...view,
      localClients: [
        { id: 'c1', nameAr: 'مطعم الواحة', nameEn: 'Oasis Restaurant', records: 2 },
        { id: 'c2', nameAr: 'قمر', nameEn: '', records: 1 },
      ],
    };
    const english = region(await mount(<TeamSection {...props(bilingual)} />), 'Local clients');
    expect([...english.querySelectorAll('label')].map((label) => label.textContent)).toEqual([
      'Oasis Restaurant',
      'قمر',
    ]);
    const arabic = await mount(<TeamSection {...props(bilingual)} />, 'ar');
    const labels = [...arabic.querySelectorAll('fieldset label')].map((label) => label.textContent);
    expect(labels).toEqual(['مطعم الواحة', 'قمر']);
  });
});

describe('removed from a team with changes that had not reached it (issue #19 item 7)', () => {
  const removedWork = {
    teamId: 't9',
    teamName: 'Old Agency',
    at: '2026-12-01T10:00:00.000Z',
    records: [
      { store: 'templates' as const, unsent: true, record: { id: 'tp1', title: 'Welcome back', clientId: null } },
      {
        store: 'entries' as const,
        unsent: true,
        record: { id: 'e1', clientId: 'c1', start: '2026-12-01T08:00:00.000Z' },
      },
      {
        store: 'clients' as const,
        unsent: false,
        record: { id: 'c1', nameAr: 'مطعم الواحة', nameEn: 'Oasis Restaurant' },
      },
    ],
  };

  it('says so, lists what had not reached the team, and offers keep, export and discard', async () => {
    const p = props({ config, user, removedWork });
    const root = await mount(<TeamSection {...p} />);
    const part = region(root, 'Removed from a team');
    expect(part.querySelector('[role="alert"]')!.textContent).toBe(
      'You were removed from Old Agency. These changes had not reached the team (2):',
    );
    const items = [...part.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toBe('Template: Welcome back');
    expect(items[1]).toMatch(/^Time entry: Oasis Restaurant · /);
    expect(items).toHaveLength(2);
    await click(button(part, 'Keep them on this computer'));
    expect(p.onKeepRemovedWork).toHaveBeenCalledOnce();
    await click(button(part, 'Export them to a file'));
    expect(p.onExportRemovedWork).toHaveBeenCalledWith(removedWork);
    await click(button(part, 'Discard them'));
    expect(p.onDiscardRemovedWork).toHaveBeenCalledOnce();
  });

  it('in Arabic too', async () => {
    const root = await mount(<TeamSection {...props({ config, user, removedWork })} />, 'ar');
    const alert = root.querySelector('[role="alert"]')!.textContent!;
    expect(alert).toMatch(/^أُزلت من \u2068Old Agency\u2069\. هذه التغييرات لم تصل إلى الفريق \((٢|2)\):$/);
    expect(root.textContent).toContain('مطعم الواحة');
  });
});

describe('the project, as the page checks it', () => {
  it('accepts an https project URL and a JWT or publishable key', () => {
    expect(
      projectProblems({
        url: 'https://abcd.supabase.co',
        anonKey: 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl',
      }),
    ).toEqual([]);
    expect(
      projectProblems({ url: 'http://127.0.0.1:54321', anonKey: 'sb_publishable_ACJWlzQHlZjBrEguHvfOxg_3BJgxAaH' }),
    ).toEqual([]);
  });

  it.each([
    ['not a URL', 'abcd.supabase.co'],
    ['plain http off this computer', 'http://abcd.supabase.co'],
    ['credentials in the URL', 'https://user:pw@abcd.supabase.co'],
    ['another scheme', 'ftp://abcd.supabase.co'],
  ])('refuses %s', (_, url) => {
    expect(projectProblems({ url, anonKey: 'sb_publishable_abc' })).toEqual([{ code: 'invalidUrl', path: '' }]);
  });

  it('refuses a key that is neither shape', () => {
    expect(projectProblems({ url: 'https://abcd.supabase.co', anonKey: 'not a key' })).toEqual([
      { code: 'invalidKey', path: '' },
    ]);
  });

  it("asks the browser for the project's origin only", async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    expect(await requestProjectAccess('https://abcd.supabase.co/rest/v1/')).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://abcd.supabase.co/*'] });
    request.mockRejectedValue(new Error('Only permissions specified in the manifest may be requested.'));
    expect(await requestProjectAccess('https://abcd.supabase.co')).toBe(false);
  });
});
