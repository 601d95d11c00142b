import { describe, expect, it } from 'vitest';
import { ClientReport } from '@/components/reports/ClientReport';
import type { Locale } from '@/utils/i18n';
import { clientMonthReport } from '@/utils/reports/client-report';
import type { MemberDirectory } from '@/utils/reports/members';
import type { Rounding } from '@/utils/time/rounding';
import type { TimeEntry } from '@/utils/model';
import { makeClient, makeEntry } from '../../support/records';
import { mount, regionNames, text } from '../components/render';

const client = makeClient();
const me = { id: '11111111-aaaa-4000-8000-000000000001', email: 'mona@example.com' };
const karim = '22222222-bbbb-4000-8000-000000000002';
const gone = '33333333-cccc-4000-8000-000000000003';
const team: MemberDirectory = {
  me,
  members: [
    {
      userId: karim,
      displayName: 'Karim',
      email: 'karim@example.com',
      role: 'member',
      joinedAt: '2026-09-01T00:00:00.000Z',
    },
  ],
  ownName: 'Mona',
};
const nearest: Rounding = { minutes: 0, mode: 'nearest' };

const mine = makeEntry(client.id, '2026-10-05T07:00:00Z', '2026-10-05T08:00:00Z'); // 1 h
const theirs = makeEntry(client.id, '2026-10-06T07:00:00Z', '2026-10-06T09:50:00Z', { userId: karim }); // 2 h 50
const former = makeEntry(client.id, '2026-10-07T07:00:00Z', '2026-10-07T07:10:00Z', { userId: gone }); // 10 min

const show = (entries: TimeEntry[], members: MemberDirectory, rounding = nearest, locale: Locale = 'en') => {
  const report = clientMonthReport({
    clientId: client.id,
    month: '2026-10',
    timeZone: 'Africa/Cairo',
    nowMs: Date.parse('2026-11-26T00:00:00Z'),
    rounding,
    myUserId: members.me?.id ?? null,
    entries,
    contracts: [],
    labels: [],
    accounts: [],
    snapshots: [],
    templates: [],
  });
  return mount(
    <ClientReport client={client} report={report} members={members} rounding={rounding} monthLabel="October 2026" />,
    locale,
  );
};
const table = (root: HTMLElement) => {
  const found = root.querySelector('table.report-members');
  return (
    found && {
      caption: text(found.querySelector('caption')!),
      rows: [...found.querySelectorAll('tr')].map((tr) => [...tr.children].map(text)),
    }
  );
};

describe('hours by member on the client report', () => {
  it("is left out when all the month's time is the user's own, as before team sync", async () => {
    const root = await show([mine], team);
    expect(table(root)).toBeNull();
    expect(regionNames(root)).not.toContain('Hours by member · الساعات حسب العضو');
    expect(text(root)).not.toContain('By member');
  });

  it('lists each member with hours and share of the month, most first, named by the caption', async () => {
    const root = await show([mine, theirs, former], team);
    expect(regionNames(root)).toContain('Hours by member · الساعات حسب العضو');
    expect(table(root)).toEqual({
      caption: 'Hours by member · الساعات حسب العضو',
      rows: [
        ['Member', 'Hours', 'Share of the month'],
        ['Karim', '2.83', '70.8%'],
        ['Mona', '1', '25%'],
        ['Former member (33333333)', '0.17', '4.2%'],
        ['Total', '4', '100%'],
      ],
    });
    const rowHeaders = [...root.querySelectorAll('table.report-members th[scope="row"]')].map(text);
    expect(rowHeaders).toEqual(['Karim', 'Mona', 'Former member (33333333)', 'Total']);
  });

  it('adds the rounded hours, which add up to the rounded total, when reports round', async () => {
    const root = await show([mine, theirs, former], team, { minutes: 15, mode: 'up' });
    expect(table(root)!.rows.map((row) => row[2])).toEqual(['Rounded hours', '3', '1', '0.25', '4.25']);
  });

  it('shows when only a teammate tracked time for the client', async () => {
    const root = await show([theirs], team);
    expect(table(root)!.rows.slice(1)).toEqual([
      ['Karim', '2.83', '100%'],
      ['Total', '2.83', '100%'],
    ]);
  });

  it('reads in Arabic with Arabic-Indic digits, names kept isolated for right-to-left text', async () => {
    const root = await show([mine, theirs], { ...team, ownName: '' }, nearest, 'ar');
    const found = table(root)!;
    expect(found.caption).toBe('الساعات حسب العضو · Hours by member');
    expect(found.rows[0]).toEqual(['العضو', 'الساعات', 'النسبة من ساعات الشهر']);
    expect(found.rows[2]!.slice(0, 2)).toEqual(['mona@example.com', '١']);
    expect(found.rows[2]![2]).toMatch(/^٢٦٫١٪/); // ICU may add an Arabic letter mark after the sign
    expect(root.querySelectorAll('table.report-members tbody th bdi')).toHaveLength(2);
  });
});
