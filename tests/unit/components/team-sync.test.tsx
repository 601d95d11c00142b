import { describe, expect, it, vi } from 'vitest';
import { differingFields } from '@/components/options/TeamConflict';
import { TeamSync, type TeamSyncProps } from '@/components/options/TeamSync';
import { syncStatusOff, type SyncConflict } from '@/utils/sync/status';
import { button, buttons, click, field, mount, region, submit, text, type } from './render';

const markup = '<img src=x onerror=alert(1)>';
const meta = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  createdAt: '2026-11-01T09:00:00.000Z',
  teamId: 'team-1',
  revision: 4,
};
const templateConflict: SyncConflict = {
  key: 'templates:1',
  store: 'templates',
  recordId: meta.id,
  mine: {
    ...meta,
    updatedAt: '2026-11-20T10:00:00.000Z',
    title: `Welcome ${markup}`,
    bodies: { en: 'Hello <b>there</b>', ar: 'مرحبًا' },
    tags: ['greeting'],
    usageCount: 3,
  },
  theirs: {
    ...meta,
    updatedAt: '2026-11-20T10:05:00.000Z',
    title: 'Welcome',
    bodies: { en: 'Hi!', ar: 'مرحبًا' },
    tags: ['greeting'],
    usageCount: 5,
    revision: 5,
  },
  at: '2026-11-20T10:06:00.000Z',
};
const clientConflict: SyncConflict = {
  key: 'clients:2',
  store: 'clients',
  recordId: 'c2',
  mine: { id: 'c2', nameAr: 'مطعم الندى', nameEn: 'Nada', color: '#0f766e', notes: 'VIP', archived: false },
  theirs: { id: 'c2', nameAr: 'مطعم الندى', nameEn: 'Nada Restaurant', color: '#0f766e', notes: 'VIP', archived: true },
  at: '2026-11-20T10:06:00.000Z',
};

/** The field names and values a side shows, as text. */
const shown = (side: HTMLElement) =>
  [...side.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling!)]);

const props = (patch: Partial<TeamSyncProps> = {}): TeamSyncProps => ({
  status: { ...syncStatusOff, state: 'synced', conflicts: 2 },
  conflicts: [templateConflict, clientConflict],
  rejections: [],
  clientName: () => null,
  onSyncNow: vi.fn(),
  onResolve: vi.fn(async () => null),
  onDismissRejections: vi.fn(async () => null),
  ...patch,
});

describe('conflicts', () => {
  it('lists only the fields that differ, bookkeeping left out', () => {
    expect(differingFields(templateConflict.mine, templateConflict.theirs)).toEqual(['title', 'bodies.en']);
    expect(differingFields(null, clientConflict.theirs)).toEqual(['nameAr', 'nameEn', 'color', 'notes', 'archived']);
  });

  it('shows mine and theirs side by side as text, even when they contain markup', async () => {
    const root = await mount(<TeamSync {...props()} />);
    const conflict = region(root, `Template: Welcome ${markup}`);
    expect(conflict.querySelector('img, b')).toBeNull();
    const mine = region(conflict, 'Mine');
    const theirs = region(conflict, 'Theirs');
    expect(shown(mine)).toEqual([
      ['Title', `Welcome ${markup}`],
      ['Reply in English', 'Hello <b>there</b>'],
    ]);
    expect(shown(theirs)).toEqual([
      ['Title', 'Welcome'],
      ['Reply in English', 'Hi!'],
    ]);
    expect(buttons(conflict)).toEqual(['Keep mine', 'Keep theirs', 'Edit']);
  });

  it('keeps mine or theirs', async () => {
    const p = props();
    const root = await mount(<TeamSync {...p} />);
    await click(button(region(root, 'Client: Nada'), 'Keep theirs'));
    expect(p.onResolve).toHaveBeenCalledWith({ key: 'clients:2', choice: 'theirs' });
    await click(button(region(root, `Template: Welcome ${markup}`), 'Keep mine'));
    expect(p.onResolve).toHaveBeenLastCalledWith({ key: 'templates:1', choice: 'mine' });
  });

  it('clients and contracts offer no merge, only a choice; their values read as words', async () => {
    const root = await mount(<TeamSync {...props()} />);
    const conflict = region(root, 'Client: Nada');
    expect(buttons(conflict)).toEqual(['Keep mine', 'Keep theirs']);
    expect(shown(region(conflict, 'Theirs'))).toEqual([
      ['Name in English', 'Nada Restaurant'],
      ['Archived', 'yes'],
    ]);
  });

  it('a template merges by hand: starts from mine, theirs beside it, saved as the edited record', async () => {
    const p = props();
    const root = await mount(<TeamSync {...p} />);
    const conflict = region(root, `Template: Welcome ${markup}`);
    await click(button(conflict, 'Edit'));
    expect(field(conflict, 'Title').value).toBe(`Welcome ${markup}`);
    expect(field<HTMLTextAreaElement>(conflict, 'Reply in English').value).toBe('Hello <b>there</b>');
    expect(field<HTMLTextAreaElement>(conflict, 'Reply in Arabic').value).toBe('مرحبًا');
    expect(conflict.querySelector('.conflict-theirs')!.textContent).toContain('Hi!');
    await type(field(conflict, 'Title'), 'Welcome');
    await type(field<HTMLTextAreaElement>(conflict, 'Reply in English'), 'Hello there, hi!');
    await submit(conflict.querySelector('form')!);
    expect(p.onResolve).toHaveBeenCalledWith({
      key: 'templates:1',
      choice: 'edit',
      record: {
        id: meta.id,
        title: 'Welcome',
        bodies: { en: 'Hello there, hi!', ar: 'مرحبًا' },
        tags: ['greeting'],
        usageCount: 3,
      },
    });
    expect(conflict.querySelector('form')).toBeNull();
  });

  it('a record I deleted says so on my side', async () => {
    const root = await mount(<TeamSync {...props({ conflicts: [{ ...clientConflict, mine: null }] })} />);
    expect(text(region(region(root, 'Client: Nada Restaurant'), 'Mine').querySelector('p')!)).toBe(
      'You deleted this record.',
    );
  });
});

describe('the sync part', () => {
  it('shows the indicator with Sync now', async () => {
    const p = props({ conflicts: [] });
    const root = await mount(<TeamSync {...p} />);
    await click(button(root, 'Sync now'));
    expect(p.onSyncNow).toHaveBeenCalledOnce();
  });

  it('lists what the server refused, with a known reason in words, until dismissed', async () => {
    const p = props({
      conflicts: [],
      rejections: [
        {
          key: 'r1',
          store: 'contracts',
          recordId: 'k1',
          reason: 'forbidden',
          message: 'new row violates row-level security policy',
          at: '2026-11-20T10:00:00.000Z',
        },
        {
          key: 'r2',
          store: 'entries',
          recordId: 'e1',
          reason: '23514',
          message: `check ${markup}`,
          at: '2026-11-20T10:00:00.000Z',
        },
      ],
    });
    const root = await mount(<TeamSync {...p} />);
    const refused = region(root, 'Refused by the server');
    expect([...refused.querySelectorAll('li')].map(text)).toEqual([
      'Contract: your role in the team does not allow this — new row violates row-level security policy',
      `Time entry: 23514 — check ${markup}`,
    ]);
    expect(refused.querySelector('img')).toBeNull();
    await click(button(refused, 'Dismiss'));
    expect(p.onDismissRejections).toHaveBeenCalledOnce();
  });
});
