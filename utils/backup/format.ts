import { z } from 'zod';
import {
  describeValue,
  problemsFromZod,
  recordSchemas,
  settings,
  storeNames,
  type Problem,
  type RecordOf,
  type Settings,
  type StoreName,
} from '../model';
import { timeEntryProblems } from './entries';

export const backupFormat = 'wasla-backup';
export const backupVersion = 1;

export type BackupData = { [S in StoreName]: RecordOf<S>[] };
export interface BackupFile {
  format: typeof backupFormat;
  version: typeof backupVersion;
  exportedAt: string;
  settings?: Settings;
  data: BackupData;
}

const dataSchema = z.object(
  Object.fromEntries(storeNames.map((store) => [store, z.array(recordSchemas[store]).default([])])) as {
    [S in StoreName]: z.ZodDefault<z.ZodArray<(typeof recordSchemas)[S]>>;
  },
);

const fileSchema = z.object({
  format: z.literal(backupFormat),
  version: z.literal(backupVersion),
  exportedAt: z.iso.datetime({ offset: true }),
  settings: settings.optional(),
  data: dataSchema,
});

/** Which store each reference field points into; a backup may not refer to records it doesn't hold. */
const references: { store: StoreName; field: string; target: StoreName; nullable?: boolean }[] = [
  { store: 'contracts', field: 'clientId', target: 'clients' },
  { store: 'accounts', field: 'clientId', target: 'clients' },
  { store: 'templates', field: 'clientId', target: 'clients', nullable: true },
  { store: 'entries', field: 'clientId', target: 'clients' },
  { store: 'labels', field: 'clientId', target: 'clients' },
  { store: 'snapshots', field: 'accountId', target: 'accounts' },
  { store: 'uses', field: 'templateId', target: 'templates' },
  { store: 'uses', field: 'clientId', target: 'clients', nullable: true },
];

export type BackupCheck = { ok: true; file: BackupFile; recordCount: number } | { ok: false; problems: Problem[] };

/**
 * Reads a backup file's text and checks all of it before anything is written: JSON syntax, format and
 * version, the settings and every record against their schemas (the same ones the Settings page and the
 * forms go through), duplicate ids, references between records, and the time entries' rules across records.
 */
export function checkBackup(text: string): BackupCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'invalidJson', path: '' }] };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== backupFormat) {
    return { ok: false, problems: [{ code: 'notBackup', path: 'format' }] };
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== backupVersion) {
    // `"1"` (text) is not version 1 (a number): the message shows both, so the difference is visible.
    return {
      ok: false,
      problems: [
        {
          code: 'unsupportedVersion',
          path: 'version',
          expected: describeValue(backupVersion),
          found: describeValue(version),
        },
      ],
    };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, [], raw) };

  const file = parsed.data as BackupFile;
  const problems: Problem[] = [];
  const idsByStore = new Map<StoreName, Set<string>>();
  for (const store of storeNames) {
    const ids = new Set<string>();
    file.data[store].forEach((record, index) => {
      if (ids.has(record.id)) problems.push({ code: 'duplicateId', path: `data.${store}[${index}].id` });
      ids.add(record.id);
    });
    idsByStore.set(store, ids);
  }
  for (const { store, field, target, nullable } of references) {
    const known = idsByStore.get(target)!;
    file.data[store].forEach((record, index) => {
      const value = (record as Record<string, unknown>)[field];
      if (nullable && value === null) return;
      if (typeof value !== 'string' || !known.has(value)) {
        problems.push({ code: 'unknownReference', path: `data.${store}[${index}].${field}` });
      }
    });
  }
  // The rules that entering time obeys hold for restored time too: one running entry and no overlaps per person.
  problems.push(
    ...timeEntryProblems(file.data.entries).map((problem) => ({ ...problem, path: `data.entries${problem.path}` })),
  );
  if (problems.length > 0) return { ok: false, problems };
  const recordCount = storeNames.reduce((sum, store) => sum + file.data[store].length, 0);
  return { ok: true, file, recordCount };
}
