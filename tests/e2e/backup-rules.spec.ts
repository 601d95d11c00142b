// Issue 19 items 1, 3 and 11 on the options page: a backup is refused by the rules of entering time and of the
// Settings page, each message naming the entries and fields by their labels in the UI language; a restored
// running entry is the popup's timer.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { allEntries } from '../support/timer';

let ext: LoadedExtension;
test.beforeAll(async () => {
  ext = await launchWithExtension();
});
test.afterAll(async () => {
  await ext.dispose();
});

const stamp = '2026-03-01T08:00:00.000Z';
const clientId = '00000000-0000-4000-8000-0000000000c1';
const client = { id: clientId, createdAt: stamp, updatedAt: stamp, nameAr: 'متجر أكمي', nameEn: 'Acme Store' };
const entry = (n: number, start: string, end: string | null) => ({
  id: `00000000-0000-4000-8000-0000000000e${n}`,
  createdAt: stamp,
  updatedAt: stamp,
  clientId,
  start,
  end,
  source: 'manual',
});
function backup(overrides: Record<string, unknown>): string {
  const path = join(tmpdir(), `wasla-backup-${crypto.randomUUID()}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      format: 'wasla-backup',
      version: 1,
      exportedAt: stamp,
      data: { clients: [client] },
      ...overrides,
    }),
  );
  return path;
}
async function importFile(page: Page, label: string, path: string) {
  await page.getByLabel(label).setInputFiles(path);
}
async function options(language: 'ar' | 'en'): Promise<Page> {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html', '#backup');
  page.on('dialog', (dialog) => void dialog.accept());
  await sendToBackground(page, 'updateSettings', { language });
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  return page;
}

test('Arabic messages name fields by their Arabic labels and say what was expected and found', async () => {
  const page = await options('ar');
  const contract = {
    id: '00000000-0000-4000-8000-0000000000d1',
    createdAt: stamp,
    updatedAt: stamp,
    clientId,
    startsOn: '2026-01-01',
    monthlyHours: '40',
    minDailyHours: 2,
  };
  await importFile(
    page,
    'استيراد نسخة احتياطية',
    backup({
      data: {
        clients: [client],
        contracts: [contract],
        entries: [entry(1, '2026-03-02T09:00:00.000Z', '2026-03-02T08:00:00.000Z')],
      },
    }),
  );
  const items = page.getByRole('alert').getByRole('listitem');
  await expect(items).toHaveText([
    'العقود › رقم ١ › الساعات الشهرية: نوع القيمة غير صحيح — المتوقَّع رقم، والموجود النص «\u206840\u2069»',
    'إدخالات الوقت › رقم ١ › إلى: يجب أن تكون النهاية بعد البداية',
  ]);
  // No English field name inside the Arabic sentence (the only Latin text would be a value found in the file).
  for (const text of await items.allTextContents())
    expect(text.replace(/\u2068[^\u2069]*\u2069/g, '')).not.toMatch(/[A-Za-z]/);
  await importFile(page, 'استيراد نسخة احتياطية', backup({ version: '1' }));
  await expect(items).toHaveText([
    'إصدار النسخة الاحتياطية: لا يمكن قراءة هذا الإصدار من النسخة الاحتياطية — المتوقَّع الرقم ١، والموجود النص «\u20681\u2069»',
  ]);
  await page.close();
});

test('overlapping entries and a second running entry are refused, each naming the other entry', async () => {
  const page = await options('en');
  await importFile(
    page,
    'Import backup',
    backup({
      data: {
        clients: [client],
        entries: [
          entry(1, '2026-03-02T08:00:00.000Z', '2026-03-02T12:00:00.000Z'),
          entry(2, '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z'),
          entry(3, '2026-03-03T08:00:00.000Z', null),
          entry(4, '2026-03-04T08:00:00.000Z', null),
        ],
      },
    }),
  );
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
    'Time entries › no. 2 › From: it overlaps time entry no. 1 (2026-03-02 08:00 UTC – 2026-03-02 12:00 UTC) of the same person',
    'Time entries › no. 4 › To: a second running time entry for the same person: entry no. 3 (started 2026-03-03 08:00 UTC) is already running',
  ]);
  expect(await allEntries(page)).toEqual([]);
  await page.close();
});

test('settings in a backup are checked like the Settings page, which gives the same refusal', async () => {
  const page = await options('en');
  await importFile(
    page,
    'Import backup',
    backup({ settings: { timeZone: 'Mars/Olympus_Mons', reminderTime: '99:99' } }),
  );
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
    'Settings › Time zone: not a known time zone — found the text “\u2068Mars/Olympus_Mons\u2069”',
    'Settings › Daily reminder time: not a valid time — found the text “\u206899:99\u2069”',
  ]);
  await page.goto(page.url().replace('#backup', '#settings'));
  await page.getByLabel('Time zone for days and months').fill('Mars/Olympus_Mons');
  await page.getByLabel('Time zone for days and months').press('Tab');
  await expect(page.getByRole('alert')).toHaveText(
    'Time zone: not a known time zone — found the text “\u2068Mars/Olympus_Mons\u2069”',
  );
  const stored = await ext.worker.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).not.toContain('Mars');
  await page.close();
});

test('a restored running entry is the timer: the popup shows it and Stop stops it', async () => {
  const page = await options('en');
  await importFile(
    page,
    'Import backup',
    backup({ data: { clients: [client], entries: [entry(5, '2026-03-02T08:00:00.000Z', null)] } }),
  );
  await expect(page.getByRole('status')).toHaveText('Backup restored. Records: 2.');
  const popup = await ext.context.newPage();
  await openExtensionPage(popup, ext.extensionId, 'popup.html');
  await expect(popup.getByRole('timer', { name: 'Elapsed time' })).toBeVisible();
  await popup.getByRole('button', { name: 'Stop timer' }).click();
  await expect(popup.getByText('No timer running.')).toBeVisible();
  const [stopped] = await allEntries(popup);
  expect(stopped!.end).not.toBeNull();
  await popup.close();
  await page.close();
});
