// Issue 19 items 1, 3 and 11: a backup goes through the same rules as entering time and the Settings page,
// and every refusal says where (by the field's label, in the UI language), what was expected and what was found.
import { describe, expect, it } from 'vitest';
import { importBackup } from '@/entrypoints/background/backup';
import { updateSettings } from '@/entrypoints/background/settings';
import { problemText } from '@/components/problems';
import { backupFormat, backupVersion, checkBackup } from '@/utils/backup/format';
import { readAllRecords } from '@/utils/db/backup';
import { openDatabase } from '@/utils/db/open';
import { currentTimer } from '@/utils/db/timer';
import { createTranslator } from '@/utils/i18n';
import type { Problem } from '@/utils/model';
import { settingsItem } from '@/utils/storage-items';
import { makeClient, makeEntry } from '../../support/records';

const client = makeClient();
function file(
  overrides: Record<string, unknown> = {},
  entries = [makeEntry(client.id, '2026-03-02T08:00:00.000Z', '2026-03-02T09:30:00.000Z')],
) {
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: '2026-03-20T10:00:00.000Z',
    data: { clients: [client], entries },
    ...overrides,
  };
}
function problemsOf(text: string): Problem[] {
  const check = checkBackup(text);
  if (check.ok) throw new Error('the file was accepted');
  return check.problems;
}
const en = createTranslator('en');
const ar = createTranslator('ar');

describe('time entries in a backup obey the rules of entering time', () => {
  it('refuses two running entries of one person, naming the one already running', () => {
    const first = makeEntry(client.id, '2026-03-02T08:00:00.000Z', null);
    const second = makeEntry(client.id, '2026-03-01T08:00:00.000Z', '2026-03-01T09:00:00.000Z');
    const third = makeEntry(client.id, '2026-03-03T08:00:00.000Z', null);
    const problems = problemsOf(JSON.stringify(file({}, [second, first, third])));
    expect(problems).toEqual([
      {
        code: 'secondRunning',
        path: 'data.entries[2].end',
        params: { other: 2, otherStart: '2026-03-02 08:00 UTC', otherEnd: '…' },
      },
    ]);
    expect(problemText(en, problems[0]!)).toBe(
      'Time entries › no. 3 › To: a second running time entry for the same person: entry no. 2 (started 2026-03-02 08:00 UTC) is already running',
    );
  });

  it('refuses overlapping entries of one person, each naming the entry it overlaps', () => {
    const long = makeEntry(client.id, '2026-03-02T08:00:00.000Z', '2026-03-02T12:00:00.000Z');
    const inside = makeEntry(client.id, '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z');
    const after = makeEntry(client.id, '2026-03-02T11:30:00.000Z', '2026-03-02T13:00:00.000Z');
    const touching = makeEntry(client.id, '2026-03-02T13:00:00.000Z', '2026-03-02T14:00:00.000Z');
    const problems = problemsOf(JSON.stringify(file({}, [touching, after, inside, long])));
    expect(problems.map((p) => [p.code, p.path, p.params?.other])).toEqual([
      ['overlapEntry', 'data.entries[2].start', 4],
      ['overlapEntry', 'data.entries[1].start', 4],
    ]);
    expect(problemText(en, problems[0]!)).toContain(
      'it overlaps time entry no. 4 (2026-03-02 08:00 UTC – 2026-03-02 12:00 UTC) of the same person',
    );
  });

  it("accepts teammates' entries at the same time, deleted entries, and one running entry per person", () => {
    const mine = makeEntry(client.id, '2026-03-02T08:00:00.000Z', null);
    const theirs = makeEntry(client.id, '2026-03-02T08:00:00.000Z', null, {
      userId: '55555555-5555-4555-8555-555555555555',
    });
    const deleted = makeEntry(client.id, '2026-03-02T08:30:00.000Z', '2026-03-02T09:00:00.000Z', {
      deletedAt: '2026-03-02T10:00:00.000Z',
    });
    expect(checkBackup(JSON.stringify(file({}, [mine, theirs, deleted]))).ok).toBe(true);
  });

  it('a restored running entry is the running timer, so Stop stops it', async () => {
    const db = await openDatabase();
    const running = makeEntry(client.id, '2026-03-02T08:00:00.000Z', null);
    expect((await importBackup(db, JSON.stringify(file({}, [running])))).ok).toBe(true);
    expect(await currentTimer(db)).toEqual({
      entryId: running.id,
      clientId: client.id,
      startedAt: running.start,
      platform: null,
    });
  });

  it('writes nothing when an entry breaks a rule', async () => {
    const db = await openDatabase();
    const a = makeEntry(client.id, '2026-03-02T08:00:00.000Z', '2026-03-02T12:00:00.000Z');
    const b = makeEntry(client.id, '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z');
    expect((await importBackup(db, JSON.stringify(file({}, [a, b])))).ok).toBe(false);
    expect((await readAllRecords(db)).entries).toEqual([]);
  });
});

describe('messages say what was expected and what was found', () => {
  it('a number written as text', () => {
    const entry = { ...makeEntry(client.id, '2026-03-02T08:00:00.000Z', '2026-03-02T09:00:00.000Z') };
    const contract = {
      id: makeClient().id,
      clientId: client.id,
      startsOn: '2026-01-01',
      monthlyHours: '40',
      minDailyHours: 2,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    };
    const [problem] = problemsOf(
      JSON.stringify(file({ data: { clients: [client], contracts: [contract], entries: [entry] } })),
    );
    expect(problem).toEqual({
      code: 'invalidType',
      path: 'data.contracts[0].monthlyHours',
      expected: { key: 'number' },
      found: { key: 'textValue', value: '40' },
    });
    expect(problemText(en, problem!)).toBe(
      'Contracts › no. 1 › Monthly hours: the value has the wrong type — expected a number, found the text “\u206840\u2069”',
    );
  });

  it('an object where a list goes', () => {
    const [problem] = problemsOf(JSON.stringify(file({ data: { clients: [client], entries: { first: 1 } } })));
    expect(problem).toMatchObject({
      code: 'invalidType',
      path: 'data.entries',
      expected: { key: 'list' },
      found: { key: 'object' },
    });
    expect(problemText(en, problem!)).toBe(
      'Time entries: the value has the wrong type — expected a list, found a group of fields',
    );
  });

  it('a missing value is still "missing", and says what should be there', () => {
    const { clientId: _dropped, ...entry } = makeEntry(
      client.id,
      '2026-03-02T08:00:00.000Z',
      '2026-03-02T09:00:00.000Z',
    );
    const [problem] = problemsOf(JSON.stringify(file({}, [entry as never])));
    expect(problem).toEqual({ code: 'required', path: 'data.entries[0].clientId', expected: { key: 'text' } });
  });

  it('"version": "1" is text, not the number 1, and the message shows both', () => {
    const [problem] = problemsOf(JSON.stringify(file({ version: '1' })));
    expect(problemText(en, problem!)).toBe(
      'Backup version: this backup version cannot be read — expected the number 1, found the text “\u20681\u2069”',
    );
  });

  it('text that is too long says the limit and the length', () => {
    const [problem] = problemsOf(
      JSON.stringify(file({ data: { clients: [{ ...client, nameEn: 'x'.repeat(130) }], entries: [] } })),
    );
    expect(problemText(en, problem!)).toBe(
      'Clients › no. 1 › English name: the text is too long — expected at most 120 characters, found 130 characters',
    );
  });

  it('shows field labels in Arabic inside Arabic messages, with no English field name', () => {
    const entry = makeEntry(client.id, '2026-03-02T08:00:00.000Z', '2026-03-02T07:00:00.000Z');
    const [problem] = problemsOf(JSON.stringify(file({}, [entry])));
    const text = problemText(ar, problem!);
    expect(text).toBe('إدخالات الوقت › رقم ١ › إلى: يجب أن تكون النهاية بعد البداية');
    expect(text).not.toMatch(/[A-Za-z]/);
  });
});

describe('settings in a backup go through the Settings page rules', () => {
  it('refuses an unknown time zone and an impossible reminder time, and stores neither', async () => {
    const db = await openDatabase();
    const bad = file({ settings: { timeZone: 'Mars/Olympus_Mons', reminderTime: '99:99' } });
    const result = await importBackup(db, JSON.stringify(bad));
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'timeZone', path: 'settings.timeZone', found: { key: 'textValue', value: 'Mars/Olympus_Mons' } },
        { code: 'invalidTime', path: 'settings.reminderTime', found: { key: 'textValue', value: '99:99' } },
      ],
    });
    if (result.ok) return;
    expect(result.problems.map((p) => problemText(en, p))).toEqual([
      'Settings › Time zone: not a known time zone — found the text “\u2068Mars/Olympus_Mons\u2069”',
      'Settings › Daily reminder time: not a valid time — found the text “\u206899:99\u2069”',
    ]);
    expect((await settingsItem.getValue()).timeZone).toBe('');
    expect((await readAllRecords(db)).clients).toEqual([]);
  });

  it('accepts a real zone and time', () => {
    expect(checkBackup(JSON.stringify(file({ settings: { timeZone: 'Asia/Riyadh', reminderTime: '23:59' } }))).ok).toBe(
      true,
    );
  });

  it('the Settings page gets the same refusal', async () => {
    expect(await updateSettings({ timeZone: 'Mars/Olympus_Mons' })).toEqual({
      ok: false,
      problems: [{ code: 'timeZone', path: 'timeZone', found: { key: 'textValue', value: 'Mars/Olympus_Mons' } }],
    });
    expect(await updateSettings({ reminderTime: '24:00' })).toMatchObject({
      ok: false,
      problems: [{ code: 'invalidTime', path: 'reminderTime' }],
    });
    expect((await updateSettings({ timeZone: 'Africa/Cairo', reminderTime: '07:30' })).ok).toBe(true);
  });
});

describe('problems from a parse whose input is not at hand', () => {
  it('still tell a missing value from a value of the wrong type', async () => {
    const { z } = await import('zod');
    const { problemsFromZod } = await import('@/utils/model/problem');
    const schema = z.object({ hours: z.number(), days: z.array(z.number()) });
    const parsed = schema.safeParse({ days: 'all' });
    if (parsed.success) throw new Error('accepted');
    expect(problemsFromZod(parsed.error)).toEqual([
      { code: 'required', path: 'hours', expected: { key: 'number' } },
      { code: 'invalidType', path: 'days', expected: { key: 'list' } },
    ]);
    expect(problemsFromZod(parsed.error, [], { days: 'all' })[1]).toEqual({
      code: 'invalidType',
      path: 'days',
      expected: { key: 'list' },
      found: { key: 'textValue', value: 'all' },
    });
  });
});
