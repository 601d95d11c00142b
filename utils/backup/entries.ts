// Rules across a backup's time entries, the same ones a person entering time meets (entrypoints/background/
// rules.ts, utils/time/validate-entry.ts): one running entry per person, and no two live entries of one person
// sharing time. A backup breaking them is refused as a whole (issue 19: such a file once left a timer nobody
// could stop and a month of 679 hours).
import type { Problem, TimeEntry } from '../model';
import { instantMs } from '../time/instant';

type Entry = Pick<TimeEntry, 'start' | 'end' | 'deletedAt' | 'userId'>;

/** How a message names another entry: its number in the file's list and its times, in UTC. */
function nameOf(entry: Entry, index: number): Record<string, string | number> {
  const shown = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return { other: index + 1, otherStart: shown(entry.start), otherEnd: entry.end === null ? '…' : shown(entry.end) };
}

/**
 * Problems with paths relative to the entry list (`[3].start`): every entry that overlaps an earlier-starting
 * one names the one it overlaps; every running entry after a person's first names the first.
 */
export function timeEntryProblems(entries: readonly Entry[]): Problem[] {
  const byPerson = new Map<string | null, number[]>();
  entries.forEach((entry, index) => {
    if (entry.deletedAt !== null) return;
    const list = byPerson.get(entry.userId) ?? [];
    list.push(index);
    byPerson.set(entry.userId, list);
  });
  const problems: Problem[] = [];
  for (const indexes of byPerson.values()) {
    const endMs = (index: number) => (entries[index]!.end === null ? Infinity : instantMs(entries[index]!.end!));
    const startMs = (index: number) => instantMs(entries[index]!.start);
    indexes.sort((a, b) => startMs(a) - startMs(b) || a - b);
    let firstRunning: number | null = null;
    /** The entry reaching furthest so far: any later-starting entry that begins before its end overlaps it. */
    let reach: number | null = null;
    for (const index of indexes) {
      if (entries[index]!.end === null) {
        if (firstRunning === null) firstRunning = index;
        else {
          problems.push({
            code: 'secondRunning',
            path: `[${index}].end`,
            params: nameOf(entries[firstRunning]!, firstRunning),
          });
          continue; // it overlaps the first running entry too; one message says it
        }
      }
      if (reach !== null && startMs(index) < endMs(reach)) {
        problems.push({ code: 'overlapEntry', path: `[${index}].start`, params: nameOf(entries[reach]!, reach) });
      }
      if (reach === null || endMs(index) > endMs(reach)) reach = index;
    }
  }
  return problems;
}
