// Issue 19 item 2: a backup travels between the options page and the background in parts, since Chrome drops
// any message over 64 MiB. Here the part size is lowered so small files take many parts; the e2e spec
// (tests/e2e/backup-large.spec.ts) moves a real file over 64 MiB through Chromium.
import { describe, expect, it } from 'vitest';
import { exportBackupPart, importBackupPart } from '@/entrypoints/background/backup';
import { backupFormat, backupVersion } from '@/utils/backup/format';
import {
  downloadInParts,
  maxBackupBytes,
  partChars,
  tooLargeProblem,
  uploadInParts,
  type UploadPart,
} from '@/utils/backup/transfer';
import { readAllRecords } from '@/utils/db/backup';
import { openDatabase } from '@/utils/db/open';
import { makeClient, makeEntry } from '../../support/records';

function backupText() {
  const client = makeClient({ notes: 'ملاحظات '.repeat(40) });
  const entries = Array.from({ length: 30 }, (_, i) =>
    makeEntry(
      client.id,
      new Date(Date.UTC(2026, 2, 1, 8) + i * 3_600_000).toISOString(),
      new Date(Date.UTC(2026, 2, 1, 8, 30) + i * 3_600_000).toISOString(),
    ),
  );
  return JSON.stringify({
    format: backupFormat,
    version: backupVersion,
    exportedAt: '2026-03-20T10:00:00.000Z',
    data: { clients: [client], entries },
  });
}

describe('a backup in parts', () => {
  it('an upload cut into many small parts restores the whole file', async () => {
    const db = await openDatabase();
    const text = backupText();
    const sent: UploadPart[] = [];
    const result = await uploadInParts(text, (part) => (sent.push(part), importBackupPart(db, part)), 1000);
    expect(result).toEqual({ ok: true, value: { recordCount: 31 } });
    expect(sent.length).toBe(Math.ceil(text.length / 1000));
    expect(sent.every((part) => part.text.length <= 1000 && part.parts === sent.length)).toBe(true);
    expect((await readAllRecords(db)).entries).toHaveLength(30);
  });

  it('a download cut into many small parts is the whole file, and imports back', async () => {
    const db = await openDatabase();
    await uploadInParts(backupText(), (part) => importBackupPart(db, part));
    const requests: unknown[] = [];
    const result = await downloadInParts((request) => (requests.push(request), exportBackupPart(db, request, 500)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.parts.length).toBeGreaterThan(10);
    expect(requests.length).toBe(result.value.parts.length);
    const text = result.value.parts.join('');
    expect(JSON.parse(text).data.entries).toHaveLength(30);
    expect(result.value.recordCount).toBe(31);
    const again = await openDatabase();
    expect(await uploadInParts(text, (part) => importBackupPart(again, part), 700)).toEqual({
      ok: true,
      value: { recordCount: 31 },
    });
  });

  it('a part out of order, or of a transfer the background no longer holds, is refused and writes nothing', async () => {
    const db = await openDatabase();
    const transfer = crypto.randomUUID();
    expect(await importBackupPart(db, { transfer, part: 1, parts: 3, text: 'x' })).toEqual({
      ok: false,
      problems: [{ code: 'transferInterrupted', path: '' }],
    });
    expect(await importBackupPart(db, { transfer, part: 0, parts: 3, text: '{' })).toEqual({
      ok: true,
      value: { done: false, received: 1 },
    });
    expect(await importBackupPart(db, { transfer, part: 2, parts: 3, text: '}' })).toMatchObject({
      ok: false,
      problems: [{ code: 'transferInterrupted' }],
    });
    expect((await readAllRecords(db)).clients).toEqual([]);
    expect(await exportBackupPart(db, { transfer: crypto.randomUUID(), part: 1 })).toMatchObject({
      ok: false,
      problems: [{ code: 'transferInterrupted' }],
    });
  });

  it('each part stays far below Chrome’s 64 MiB message limit, even as escaped multi-byte JSON', () => {
    expect(partChars * 6).toBeLessThan(64 * 1024 * 1024);
  });

  it('a file over the limit is refused at once, saying the limit', () => {
    expect(tooLargeProblem(maxBackupBytes)).toBeNull();
    expect(tooLargeProblem(maxBackupBytes + 1)).toEqual({
      code: 'backupTooLarge',
      path: '',
      params: { size: 200.1, limit: 200 },
    });
  });
});
