import { describe, expect, it } from 'vitest';
import { ClientReport } from '@/components/reports/ClientReport';
import type { Locale } from '@/utils/i18n';
import type { FollowerSnapshot, PostLabel, SocialAccount, TimeEntry } from '@/utils/model';
import { clientMonthReport } from '@/utils/reports/client-report';
import { makeClient, makeContract, makeEntry, testId } from '../../support/records';
import { mount, region } from '../components/render';

const client = makeClient();
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const base = (createdAt: string) => ({
  id: testId(),
  createdAt,
  updatedAt: createdAt,
  deletedAt: null,
  teamId: null,
  revision: 0,
  createdBy: null,
});
const label = (name: string, createdAt: string): PostLabel => ({
  ...base(createdAt),
  clientId: client.id,
  platform: 'facebook',
  postUrl: 'https://www.facebook.com/acme/posts/1',
  excerpt: '',
  label: name,
  note: '',
});
const account: SocialAccount = {
  ...base('2026-01-01T00:00:00Z'),
  platform: 'instagram',
  key: 'acme.store',
  handle: 'acme.store',
  displayName: 'Acme Store',
  clientId: client.id,
};
const snap = (count: number, takenAt: string): FollowerSnapshot => ({
  ...base(takenAt),
  accountId: account.id,
  count,
  takenAt,
});

// October 2026 in UTC: Thursday 1st. Sunday–Thursday working days, 4 h minimum.
const entries: TimeEntry[] = [
  makeEntry(client.id, '2026-10-01T08:00:00Z', '2026-10-01T13:00:00Z'), // Thu 1: 5 h, minimum met
  makeEntry(client.id, '2026-10-04T08:00:00Z', '2026-10-04T10:30:00Z'), // Sun 4: 2.5 h, not met
  makeEntry(client.id, '2026-10-05T08:00:00Z', '2026-10-05T12:00:00Z'), // Mon 5: 4 h, met
];

const show = (locale: Locale = 'en', list = entries) =>
  mount(
    <ClientReport
      client={client}
      report={clientMonthReport({
        clientId: client.id,
        month: '2026-10',
        timeZone: 'UTC',
        nowMs: Date.parse('2026-11-10T00:00:00Z'),
        rounding: { minutes: 0, mode: 'nearest' },
        entries: list,
        contracts: [makeContract(client.id)],
        labels: [
          label('praise', '2026-10-03T10:00:00Z'),
          label('praise', '2026-10-09T10:00:00Z'),
          label('complaint', '2026-10-09T11:00:00Z'),
          label('complaint', '2026-06-09T11:00:00Z'),
          label('complaint', '2026-06-19T11:00:00Z'),
        ],
        accounts: [account],
        snapshots: [
          snap(900, '2026-09-28T10:00:00Z'),
          snap(950, '2026-10-12T10:00:00Z'),
          snap(990, '2026-10-30T10:00:00Z'),
        ],
        templates: [],
      })}
      members={{ me: null, members: [], ownName: '' }}
      rounding={{ minutes: 0, mode: 'nearest' }}
      monthLabel="October 2026"
    />,
    locale,
  );

/** Each chart's picture with the name a screen reader gives it (the text its aria-labelledby points at). */
function charts(root: HTMLElement) {
  return [...root.querySelectorAll('svg[role="img"]')].map((svg) => ({
    svg,
    name: text(root.querySelector(`#${CSS.escape(svg.getAttribute('aria-labelledby')!)}`)),
  }));
}

describe('pictures on the client report', () => {
  it('names every chart by a summary of what it shows', async () => {
    const root = await show();
    expect(charts(root).map((c) => c.name)).toEqual([
      '11.5 h over 3 days with tracked time; most on Thu, Oct 1 (5 h). The daily minimum was reached on 2 of 21 working days so far.',
      // Week 1 (Thu 1 – Sat 3) met its 4 h with 5 h; week 2 had 6.5 of its 20.
      'Most hours in the week of Oct 4 – 10 (6.5 h). 1 of 5 weeks reached their minimum.',
      'From May 2026 to October 2026: praise went from 0 to 2 a month, complaints from 0 to 1; 2 praise and 3 complaints in all.',
      'Instagram · Acme Store: from 900 to 990 followers (+90), 3 counts.',
    ]);
  });

  it('keeps the numbers behind each chart in a table', async () => {
    const root = await show();
    const days = region(root, 'Hours per day · الساعات يوميًا').querySelector('table')!;
    expect(text(days.querySelector('caption'))).toBe('Hours per day · الساعات يوميًا');
    const rows = [...days.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    // Every working day (its minimum) and every day with time; Friday 2nd and Saturday 3rd are neither.
    expect(rows.slice(0, 3)).toEqual([
      ['Thu, Oct 1', '5', '4'],
      ['Sun, Oct 4', '2.5', '4'],
      ['Mon, Oct 5', '4', '4'],
    ]);
    expect(rows).toHaveLength(21);
    const trend = [...root.querySelectorAll('table')].find((table) =>
      text(table.querySelector('caption')).startsWith('Praise and complaints'),
    )!;
    expect([...trend.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
      ['May 2026', '0', '0', '0'],
      ['June 2026', '0', '2', '2'],
      ['July 2026', '0', '0', '0'],
      ['August 2026', '0', '0', '0'],
      ['September 2026', '0', '0', '0'],
      ['October 2026', '2', '1', '3'],
    ]);
  });

  it('shows this month’s labels as a table with a bar per count', async () => {
    const root = await show();
    const table = root.querySelector('table.label-bars')!;
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
      ['Praise', '2'],
      ['Complaint', '1'],
    ]);
    expect([...table.querySelectorAll<HTMLElement>('.hbar')].map((bar) => bar.style.inlineSize)).toEqual([
      '100%',
      '50%',
    ]);
    expect(table.querySelector('.hbar-track')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('runs time in reading direction: the first of the month on the right in Arabic', async () => {
    const firstBar = async (locale: Locale) => {
      const root = await show(locale);
      const bars = [...charts(root)[0]!.svg.querySelectorAll('rect.bar')].map((bar) => ({
        x: Number(bar.getAttribute('x')),
        width: Number(bar.getAttribute('width')),
      }));
      return { first: bars[0]!, last: bars.at(-1)! };
    };
    const en = await firstBar('en');
    const ar = await firstBar('ar');
    expect(en.first.x).toBeLessThan(en.last.x);
    expect(ar.first.x).toBeGreaterThan(ar.last.x);
    // Mirrored exactly in the 640-unit-wide picture.
    expect(ar.first.x + ar.first.width).toBeCloseTo(640 - en.first.x, 6);
  });

  it('says so in words, not empty charts, when nothing was tracked', async () => {
    const root = await show('en', []);
    expect(text(region(root, 'Hours per day · الساعات يوميًا'))).toContain('No time tracked this month.');
    expect(region(root, 'Hours per day · الساعات يوميًا').querySelector('svg')).toBeNull();
    expect(region(root, 'Hours per week · الساعات أسبوعيًا').querySelector('svg')).toBeNull();
  });

  it('speaks Arabic with Arabic-Indic digits in the summaries', async () => {
    const root = await show('ar');
    expect(charts(root)[3]!.name).toBe('إنستغرام · Acme Store: من ٩٠٠ إلى ٩٩٠ متابع (؜+٩٠)، ٣ قراءات.');
  });
});
