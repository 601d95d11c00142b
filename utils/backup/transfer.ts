// Moving a backup between the options page (where the file is) and the background (where the data is) in
// parts. Chrome refuses any extension message over 64 MiB ("Message length exceeded maximum allowed length",
// kMaxMessageLength in chromium/src extensions/renderer/api/messaging) and the page then gets no answer at all,
// which is how a 73 MB backup once failed without a word (issue 19). Every part stays far below that limit.
import type { Problem } from '../model/problem';
import type { Result } from '../messages';

/** The largest backup Wasla reads or writes, in bytes (as the file's size reports it). */
export const maxBackupBytes = 200 * 1024 * 1024;

/**
 * Characters per message. A message is sent as JSON in UTF-8: a character takes up to 3 bytes, 6 when JSON
 * escapes it, so 8 Mi characters are at most 48 MiB on the wire.
 */
export const partChars = 8 * 1024 * 1024;

/** Part `index` of `text` cut into parts of `size` characters, and how many parts there are. */
export function partOf(text: string, index: number, size = partChars): { text: string; parts: number } {
  const parts = Math.max(1, Math.ceil(text.length / size));
  return { text: text.slice(index * size, (index + 1) * size), parts };
}

/** A file the page refuses before reading it: bigger than a backup can be. */
export function tooLargeProblem(bytes: number): Problem | null {
  if (bytes <= maxBackupBytes) return null;
  const mb = (value: number) => Math.ceil((value / (1024 * 1024)) * 10) / 10;
  return { code: 'backupTooLarge', path: '', params: { size: mb(bytes), limit: mb(maxBackupBytes) } };
}

/** One part of an upload; `transfer` ties the parts together (made by the page, a random UUID). */
export interface UploadPart {
  transfer: string;
  part: number;
  parts: number;
  text: string;
}

/** One part of a download; the first request (part 0, no transfer) makes the file and names the transfer. */
export interface DownloadPart {
  transfer: string;
  part: number;
  parts: number;
  text: string;
  recordCount: number;
  exportedAt: string;
}

/** What an upload's part answers: more is expected, or the whole backup was checked and restored. */
export type UploadProgress = { done: false; received: number } | { done: true; recordCount: number };

/** Sends `text` part by part through `send`; the last part's answer is the import's outcome. */
export async function uploadInParts(
  text: string,
  send: (part: UploadPart) => Promise<Result<UploadProgress>>,
  size = partChars,
): Promise<Result<{ recordCount: number }>> {
  const transfer = crypto.randomUUID();
  const { parts } = partOf(text, 0, size);
  for (let part = 0; part < parts; part++) {
    const answer = await send({ transfer, part, parts, text: partOf(text, part, size).text });
    if (!answer.ok) return answer;
    if (answer.value.done) return { ok: true, value: { recordCount: answer.value.recordCount } };
  }
  return { ok: false, problems: [{ code: 'transferInterrupted', path: '' }] };
}

/** Fetches a backup part by part through `fetchPart`; the parts, kept apart, go straight into a Blob. */
export async function downloadInParts(
  fetchPart: (request: { transfer?: string; part: number }) => Promise<Result<DownloadPart>>,
): Promise<Result<{ parts: string[]; recordCount: number; exportedAt: string }>> {
  const first = await fetchPart({ part: 0 });
  if (!first.ok) return first;
  const texts = [first.value.text];
  for (let part = 1; part < first.value.parts; part++) {
    const next = await fetchPart({ transfer: first.value.transfer, part });
    if (!next.ok) return next;
    texts.push(next.value.text);
  }
  return {
    ok: true,
    value: { parts: texts, recordCount: first.value.recordCount, exportedAt: first.value.exportedAt },
  };
}
