import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatDuration, togglColumns, togglCsv, togglRows } from '../../../utils/reports/toggl-csv';
import type { MemberDirectory } from '../../../utils/reports/members';
import type { TeamMember } from '../../../utils/sync/status';
import { makeEntry } from '../../support/records';

const cairo = 'Africa/Cairo';
const acme = '00000000-0000-4000-8000-00000000aaaa';
const october = { startMs: Date.parse('2026-09-30T21:00:00Z'), endMs: Date.parse('2026-10-31T22:00:00Z') };
const options = {
  range: october,
  timeZone: cairo,
  nowMs: Date.parse('2026-11-26T00:00:00Z'),
  rounding: { minutes: 0 as const, mode: 'nearest' as const },
  members: { me: null, members: [], ownName: 'Mona' },
  formerMember: (id: string) => `Former member (${id})`,
  clientName: () => 'متجر أكمي',
};

describe('Toggl-compatible CSV', () => {
  it('writes one row per entry with local start and end, across midnight and the DST change', () => {
    const rows = togglRows(
      [
        makeEntry(acme, '2026-10-29T19:00:00Z', '2026-10-29T23:00:00Z', {
          note: 'ردود, "تعليقات"',
          platform: 'facebook',
        }), // 22:00 EEST → 01:00 EET
      ],
      options,
    );
    expect(rows).toEqual([
      {
        User: 'Mona',
        Email: '',
        Client: 'متجر أكمي',
        Project: '',
        Description: 'ردود, "تعليقات"',
        'Start date': '2026-10-29',
        'Start time': '22:00:00',
        'End date': '2026-10-30',
        'End time': '01:00:00',
        Duration: '4:00:00',
        Tags: 'facebook',
      },
    ]);
  });

  it('clips entries to the month so durations sum to the month, drops deleted ones, sorts by start', () => {
    const rows = togglRows(
      [
        makeEntry(acme, '2026-10-31T19:00:00Z', '2026-11-01T00:00:00Z'), // 21:00 → 02:00 over the month end
        makeEntry(acme, '2026-09-30T20:00:00Z', '2026-09-30T22:30:00Z'), // 23:00 → 01:30 over the month start
        makeEntry(acme, '2026-10-05T07:00:00Z', '2026-10-05T08:00:00Z', { deletedAt: '2026-10-06T00:00:00Z' }),
      ],
      options,
    );
    expect(rows.map((r) => [r['Start date'], r['Start time'], r['End date'], r['End time'], r.Duration])).toEqual([
      ['2026-10-01', '00:00:00', '2026-10-01', '01:30:00', '1:30:00'],
      ['2026-10-31', '21:00:00', '2026-11-01', '00:00:00', '3:00:00'],
    ]);
  });

  it('applies the rounding setting to each row', () => {
    const rows = togglRows([makeEntry(acme, '2026-10-05T07:00:00Z', '2026-10-05T07:16:00Z')], {
      ...options,
      rounding: { minutes: 15, mode: 'up' },
    });
    expect(rows[0]!.Duration).toBe('0:30:00');
  });

  it('starts with a UTF-8 BOM and the Toggl header, and quotes what needs it', () => {
    const csv = togglCsv(
      togglRows([makeEntry(acme, '2026-10-29T19:00:00Z', '2026-10-29T23:00:00Z', { note: 'a, "b"' })], options),
    );
    expect(
      csv.startsWith(
        '\uFEFFUser,Email,Client,Project,Description,Start date,Start time,End date,End time,Duration,Tags\r\n',
      ),
    ).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
    expect(parsed.meta.fields).toEqual([...togglColumns]);
    expect(parsed.data[0]!.Description).toBe('a, "b"');
  });

  describe('User and Email name whose time each row is', () => {
    const me = { id: '11111111-aaaa-4000-8000-000000000001', email: 'mona@example.com' };
    const member = (userId: string, displayName: string, email: string): TeamMember => ({
      userId,
      displayName,
      email,
      role: 'member',
      joinedAt: '2026-09-01T00:00:00.000Z',
    });
    const team = {
      me,
      members: [
        member(me.id, 'Mona A.', me.email),
        member('22222222-bbbb-4000-8000-000000000002', 'Karim', 'karim@example.com'),
      ],
    };
    const userColumns = (
      ownName: string,
      userIds: (string | null)[],
      members: Omit<MemberDirectory, 'ownName'> = team,
    ) =>
      togglRows(
        userIds.map((userId, i) =>
          makeEntry(acme, `2026-10-0${i + 1}T07:00:00Z`, `2026-10-0${i + 1}T08:00:00Z`, { userId }),
        ),
        { ...options, members: { ...members, ownName } },
      ).map((row) => [row.User, row.Email]);

    it("the user's own rows, synced or not: the agent name and the account's email", () => {
      expect(userColumns('Mona', [null, me.id])).toEqual([
        ['Mona', 'mona@example.com'],
        ['Mona', 'mona@example.com'],
      ]);
    });

    it("own rows without an agent name use the account's email; with no account either, they stay empty as before", () => {
      expect(userColumns('', [null])).toEqual([['mona@example.com', 'mona@example.com']]);
      expect(userColumns('', [null], { me: null, members: [] })).toEqual([['', '']]);
    });

    it("a teammate's rows: their display name and email, else the email twice", () => {
      expect(userColumns('Mona', ['22222222-bbbb-4000-8000-000000000002'])).toEqual([['Karim', 'karim@example.com']]);
      const unnamed = { me, members: [member('22222222-bbbb-4000-8000-000000000002', '', 'karim@example.com')] };
      expect(userColumns('Mona', ['22222222-bbbb-4000-8000-000000000002'], unnamed)).toEqual([
        ['karim@example.com', 'karim@example.com'],
      ]);
    });

    it('someone no longer on the roster: "Former member" with a short id and no email, never dropped', () => {
      expect(userColumns('Mona', ['33333333-cccc-4000-8000-000000000003'])).toEqual([['Former member (33333333)', '']]);
    });
  });

  it.each([
    [0, '0:00:00'],
    [59_400, '0:00:59'],
    [3_600_000 * 25 + 61_000, '25:01:01'],
  ])('formats %i ms as %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
