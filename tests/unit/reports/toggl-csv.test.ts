import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatDuration, togglColumns, togglCsv, togglRows } from '../../../utils/reports/toggl-csv';
import { makeEntry } from '../../support/records';

const cairo = 'Africa/Cairo';
const acme = '00000000-0000-4000-8000-00000000aaaa';
const october = { startMs: Date.parse('2026-09-30T21:00:00Z'), endMs: Date.parse('2026-10-31T22:00:00Z') };
const options = {
  range: october,
  timeZone: cairo,
  nowMs: Date.parse('2026-11-26T00:00:00Z'),
  rounding: { minutes: 0 as const, mode: 'nearest' as const },
  user: 'Mona',
  clientName: () => 'متجر أكمي',
};

describe('Toggl-compatible CSV', () => {
  it('writes one row per entry with local start and end, across midnight and the DST change', () => {
    const rows = togglRows(
      [
        makeEntry(acme, '2026-10-29T19:00:00Z', '2026-10-29T23:00:00Z', { note: 'ردود, "تعليقات"', platform: 'facebook' }), // 22:00 EEST → 01:00 EET
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
    const rows = togglRows([makeEntry(acme, '2026-10-05T07:00:00Z', '2026-10-05T07:16:00Z')], { ...options, rounding: { minutes: 15, mode: 'up' } });
    expect(rows[0]!.Duration).toBe('0:30:00');
  });

  it('starts with a UTF-8 BOM and the Toggl header, and quotes what needs it', () => {
    const csv = togglCsv(togglRows([makeEntry(acme, '2026-10-29T19:00:00Z', '2026-10-29T23:00:00Z', { note: 'a, "b"' })], options));
    expect(csv.startsWith('\uFEFFUser,Email,Client,Project,Description,Start date,Start time,End date,End time,Duration,Tags\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
    expect(parsed.meta.fields).toEqual([...togglColumns]);
    expect(parsed.data[0]!.Description).toBe('a, "b"');
  });

  it.each([
    [0, '0:00:00'],
    [59_400, '0:00:59'],
    [3_600_000 * 25 + 61_000, '25:01:01'],
  ])('formats %i ms as %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
