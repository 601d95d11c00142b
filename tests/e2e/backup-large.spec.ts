// Issue 19 item 2: a backup over Chrome's 64 MiB message limit is imported and exported through the real
// options page and background (before, the page threw and showed nothing). The file is generated: ~72 MB of
// templates, well within the 200 MB a backup may have. Unit tests (tests/unit/backup/transfer.test.ts) prove
// the parts on a lowered limit.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openExtensionPage } from '../support/background';
import { launchWithExtension } from '../support/extension';

const chromeMessageLimit = 64 * 1024 * 1024;
const templateCount = 3600;

function largeBackup(): string {
  const stamp = '2026-03-01T08:00:00.000Z';
  const body = (seed: number) =>
    `Reply ${seed}: ${'thank you for your message, we will answer shortly. '.repeat(190)}`.slice(0, 10_000);
  const templates = Array.from({ length: templateCount }, (_, i) => ({
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    createdAt: stamp,
    updatedAt: stamp,
    title: `Template ${i}`,
    bodies: { en: body(i), fr: body(i + 1) },
  }));
  const path = join(tmpdir(), `wasla-large-${crypto.randomUUID()}.json`);
  writeFileSync(path, JSON.stringify({ format: 'wasla-backup', version: 1, exportedAt: stamp, data: { templates } }));
  return path;
}

test('a backup over 64 MiB imports and exports through the options page', async () => {
  // Generous: six engineers share two cores; on a quiet machine this takes a fraction of it.
  test.setTimeout(420_000);
  const path = largeBackup();
  expect(statSync(path).size).toBeGreaterThan(chromeMessageLimit);
  const ext = await launchWithExtension();
  try {
    const page = await ext.context.newPage();
    await openExtensionPage(page, ext.extensionId, 'options.html', '#backup');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Import backup').setInputFiles(path);
    await expect(page.getByRole('status')).toHaveText(`Backup restored. Records: 3,600.`, { timeout: 180_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 180_000 }),
      page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    const saved = await download.path();
    expect(statSync(saved).size).toBeGreaterThan(chromeMessageLimit);
    const exported = JSON.parse(readFileSync(saved, 'utf8')) as {
      data: { templates: { id: string; bodies: Record<string, string> }[] };
    };
    expect(exported.data.templates).toHaveLength(templateCount);
    expect(exported.data.templates.find((t) => t.id.endsWith('e0f'))?.bodies.en).toMatch(/^Reply 3599: thank you/);
    await expect(page.getByRole('status')).toHaveText(`Backup saved. Records: 3,600.`, { timeout: 30_000 });
  } finally {
    await ext.dispose();
  }
});
