import { backupFormat, backupVersion, checkBackup, type BackupFile } from '@/utils/backup/format';
import { readAllRecords, replaceAllRecords } from '@/utils/db/backup';
import type { Database } from '@/utils/db/open';
import type { Result } from '@/utils/messages';
import { settingsItem } from '@/utils/storage-items';
import { storeNames } from '@/utils/model';
import {
  partChars,
  partOf,
  tooLargeProblem,
  type DownloadPart,
  type UploadPart,
  type UploadProgress,
} from '@/utils/backup/transfer';

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

/**
 * Uploads and downloads in progress, by transfer id. Only the newest of each is kept: a page that gave up
 * half-way leaves at most one file's text behind, dropped by the next transfer (or the worker's next start).
 */
const uploads = new Map<string, string[]>();
const downloads = new Map<string, Omit<DownloadPart, 'part' | 'text'> & { text: string }>();

/** Takes one part of a backup; the last one checks and restores the whole file. */
export async function importBackupPart(db: Database, request: UploadPart): Promise<Result<UploadProgress>> {
  let received = uploads.get(request.transfer);
  if (!received) {
    if (request.part !== 0) return { ok: false, problems: [{ code: 'transferInterrupted', path: '' }] };
    uploads.clear();
    received = [];
    uploads.set(request.transfer, received);
  }
  if (request.part !== received.length) {
    uploads.delete(request.transfer);
    return { ok: false, problems: [{ code: 'transferInterrupted', path: '' }] };
  }
  received.push(request.text);
  if (received.length < request.parts) return { ok: true, value: { done: false, received: received.length } };
  uploads.delete(request.transfer);
  const text = received.join('');
  const tooLarge = tooLargeProblem(text.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const result = await importBackup(db, text);
  return result.ok ? { ok: true, value: { done: true, recordCount: result.value.recordCount } } : result;
}

/** Gives one part of a backup; part 0 (without a transfer) takes a fresh snapshot of everything. */
export async function exportBackupPart(
  db: Database,
  request: { transfer?: string; part: number },
  size = partChars,
  now = new Date(),
): Promise<Result<DownloadPart>> {
  let download = request.transfer ? downloads.get(request.transfer) : undefined;
  if (!request.transfer) {
    const file = await exportBackup(db, now);
    if (!file.ok) return file;
    const text = JSON.stringify(file.value, null, 2);
    const recordCount = storeNames.reduce((sum, store) => sum + file.value.data[store].length, 0);
    download = {
      transfer: crypto.randomUUID(),
      parts: partOf(text, 0, size).parts,
      text,
      recordCount,
      exportedAt: file.value.exportedAt,
    };
    downloads.clear();
    downloads.set(download.transfer, download);
  }
  if (!download || request.part >= download.parts)
    return { ok: false, problems: [{ code: 'transferInterrupted', path: '' }] };
  const { text: whole, ...about } = download;
  if (request.part === download.parts - 1) downloads.delete(download.transfer);
  return { ok: true, value: { ...about, part: request.part, text: partOf(whole, request.part, size).text } };
}
