import { backupFormat, backupVersion, checkBackup, type BackupFile } from '@/utils/backup/format';
import { readAllRecords, replaceAllRecords } from '@/utils/db/backup';
import type { Database } from '@/utils/db/open';
import type { Result } from '@/utils/messages';
import { settingsItem } from '@/utils/storage-items';

export async function exportBackup(db: Database, now = new Date()): Promise<Result<BackupFile>> {
  return {
    ok: true,
    value: {
      format: backupFormat,
      version: backupVersion,
      exportedAt: now.toISOString(),
      settings: await settingsItem.getValue(),
      data: await readAllRecords(db),
    },
  };
}

/** Checks the whole file first; only a file without a single problem replaces the store. */
export async function importBackup(db: Database, text: string): Promise<Result<{ recordCount: number }>> {
  const check = checkBackup(text);
  if (!check.ok) return check;
  try {
    await replaceAllRecords(db, check.file.data);
  } catch {
    return { ok: false, problems: [{ code: 'storage', path: '' }] };
  }
  if (check.file.settings) await settingsItem.setValue(check.file.settings);
  return { ok: true, value: { recordCount: check.recordCount } };
}
