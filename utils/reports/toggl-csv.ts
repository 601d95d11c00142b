/**
 * Time entries as a CSV with Toggl Track's detailed-export column names, so tools that import Toggl exports
 * (invoicing, payroll sheets) read ours unchanged.
 *
 * One row per entry, like Toggl, not one per day: an entry that crosses midnight keeps its real start and end.
 * An entry that crosses the report's month boundary is clipped to the month (its row starts at 00:00:00 on
 * the 1st, or ends at 00:00:00 on the next month's 1st), so the Duration column sums to the month's hours.
 * Dates and times are local to the team's zone; Duration is `H:MM:SS` with hours unbounded, after the rounding
 * setting is applied to each row (exact when rounding is off). Rows are ordered by start.
 *
 * User and Email name whose time each row is (issue #6): the user's own rows carry the agent name (else the
 * account's email) and the account's email, empty when not signed in, as before team sync; a teammate's carry
 * their display name and email; someone no longer on the roster is "Former member (id)" with no email.
 */
import Papa from 'papaparse';
import { instantMs } from '../time/instant';
import { roundDuration, type Rounding } from '../time/rounding';
import type { Interval } from '../time/zone';
import type { TimeEntry } from '../model/time-entry';
import { identifyMember, memberLabel, type MemberDirectory } from './members';

export const togglColumns = [
  'User',
  'Email',
  'Client',
  'Project',
  'Description',
  'Start date',
  'Start time',
  'End date',
  'End time',
  'Duration',
  'Tags',
] as const;
export type TogglRow = Record<(typeof togglColumns)[number], string>;

export interface CsvOptions {
  range: Interval;
  timeZone: string;
  nowMs: number;
  rounding: Rounding;
  members: MemberDirectory;
  /** The translated "Former member ({id})" for users no longer on the roster. */
  formerMember: (shortId: string) => string;
  clientName: (clientId: string) => string;
}

function memberColumns(userId: string | null, options: CsvOptions): Pick<TogglRow, 'User' | 'Email'> {
  const who = identifyMember(userId, options.members);
  // No "You" in a file: an unnamed user's own rows keep an empty User, as they always had.
  const user = memberLabel(who, { you: '', formerMember: options.formerMember });
  return { User: user, Email: who.kind === 'former' ? '' : who.email };
}

/** `H:MM:SS` (hours not wrapped at 24), from whole seconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

const localParts = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` and `HH:MM:SS` of an instant in a zone (latin digits, 24-hour clock). */
export function localDateTime(ms: number, timeZone: string): { date: string; time: string } {
  let format = localParts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    localParts.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}:${part.second}` };
}

export function togglRows(entries: readonly TimeEntry[], options: CsvOptions): TogglRow[] {
  const rows: { startMs: number; row: TogglRow }[] = [];
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    const startMs = Math.max(instantMs(entry.start), options.range.startMs);
    const endMs = Math.min(entry.end === null ? options.nowMs : instantMs(entry.end), options.range.endMs);
    if (endMs <= startMs) continue;
    const start = localDateTime(startMs, options.timeZone);
    const end = localDateTime(endMs, options.timeZone);
    rows.push({
      startMs,
      row: {
        ...memberColumns(entry.userId, options),
        Client: options.clientName(entry.clientId),
        Project: '',
        Description: entry.note,
        'Start date': start.date,
        'Start time': start.time,
        'End date': end.date,
        'End time': end.time,
        Duration: formatDuration(roundDuration(endMs - startMs, options.rounding)),
        Tags: entry.platform ?? '',
      },
    });
  }
  return rows.sort((a, b) => a.startMs - b.startMs).map((r) => r.row);
}

/** The CSV text, with a UTF-8 byte-order mark so Excel reads Arabic names correctly. */
export function togglCsv(rows: readonly TogglRow[]): string {
  return (
    '\uFEFF' +
    Papa.unparse(
      { fields: [...togglColumns], data: rows.map((row) => togglColumns.map((column) => row[column])) },
      { newline: '\r\n' },
    )
  );
}
