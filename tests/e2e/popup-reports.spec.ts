import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { octoberBackup } from '../support/fixtures/reports-october-2026';

// October 2026 in Africa/Cairo, by hand: it starts at 1 Oct 00:00 UTC+3 and ends at 1 Nov 00:00 UTC+2.
const octoberStart = Date.parse('2026-09-30T21:00:00Z');
const octoberEnd = Date.parse('2026-10-31T22:00:00Z');
const hourMs = 3_600_000;

/** Each client's October hours: every live entry's overlap with the month, summed. No utils/time here. */
function expectedOctoberHours(): Record<string, number> {
  const names = Object.fromEntries(octoberBackup.data.clients.map((c) => [c.id, c.nameEn]));
  const totals: Record<string, number> = {};
  for (const e of octoberBackup.data.entries) {
    if (e.deletedAt !== null) continue;
    const overlap = Math.min(Date.parse(e.end), octoberEnd) - Math.max(Date.parse(e.start), octoberStart);
    if (overlap > 0) totals[names[e.clientId]!] = (totals[names[e.clientId]!] ?? 0) + overlap / hourMs;
  }
  return totals;
}

let ext: LoadedExtension;
test.beforeAll(async () => {
  ext = await launchWithExtension();
});
test.afterAll(async () => ext.dispose());

async function importFixture(page: Page) {
  await openExtensionPage(page, ext.extensionId, 'options.html', '#backup');
  page.on('dialog', (dialog) => void dialog.accept());
  const path = join(tmpdir(), `wasla-october-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(octoberBackup));
  await page.getByLabel('Import backup').setInputFiles(path);
  await expect(page.getByRole('status')).toHaveText('Backup restored. Records: 13.');
  await sendToBackground(page, 'updateSettings', { timeZone: 'Africa/Cairo', language: 'en' });
}

test('popup month totals and the CSV match independently computed hours (midnight, month ends, DST)', async () => {
  const expected = expectedOctoberHours();
  expect(expected).toEqual({ 'Acme Store': 12.5, 'Nile Foods': 4.5 }); // the arithmetic in the fixture's comments

  const options = await ext.context.newPage();
  await importFixture(options);

  // The popup as on Saturday 31 October 2026, 23:30 in Cairo.
  const popup = await ext.context.newPage();
  await popup.clock.setFixedTime(new Date('2026-10-31T21:30:00Z'));
  await openExtensionPage(popup, ext.extensionId, 'popup.html');
  await expect(popup.getByRole('progressbar', { name: 'Acme Store: this month vs monthly hours' })).toHaveAttribute(
    'aria-valuetext',
    `${expected['Acme Store']} of 80 h`,
  );
  await expect(popup.getByRole('progressbar', { name: 'Nile Foods: this month vs monthly hours' })).toHaveAttribute(
    'aria-valuetext',
    `${expected['Nile Foods']} of 40 h`,
  );
  // 21 Sunday–Thursday working days in October × 4 h minimum for Acme.
  await expect(
    popup.getByRole('progressbar', { name: 'Acme Store: this month vs daily minimum so far' }),
  ).toHaveAttribute('aria-valuetext', '12.5 of 84 h');
  await expect(popup.getByText('71.5 h behind')).toBeVisible();
  await expect(
    popup.getByRole('img', {
      name: 'Hours per day this month: 17 h in total over 8 days with tracked time; most on October 20 (3.75 h).',
    }),
  ).toBeVisible();

  // Arabic: the same numbers in Arabic-Indic digits, the page mirrored.
  await sendToBackground(popup, 'updateSettings', { language: 'ar' });
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(popup.getByRole('progressbar', { name: 'متجر أكمي: هذا الشهر مقابل الساعات الشهرية' })).toHaveAttribute(
    'aria-valuetext',
    '١٢٫٥ من ٨٠ س',
  );
  await sendToBackground(popup, 'updateSettings', { language: 'en' });

  // The CSV for October, all clients.
  await options.goto(`chrome-extension://${ext.extensionId}/options.html#reports`);
  await options.getByLabel('Month', { exact: true }).fill('2026-10');
  await expect(options.getByRole('article', { name: 'Acme Store · October 2026' })).toBeVisible();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual([
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
  ]);
  const csvHours: Record<string, number> = {};
  for (const row of parsed.data) {
    const [h, m, s] = row.Duration!.split(':').map(Number);
    csvHours[row.Client!] = (csvHours[row.Client!] ?? 0) + h! + m! / 60 + s! / 3600;
  }
  expect(csvHours).toEqual(expected);
  // The DST entry keeps its local wall-clock start and end; the month-end one is clipped at midnight.
  expect(parsed.data.find((r) => r.Description === 'across the DST change')).toMatchObject({
    'Start date': '2026-10-29',
    'Start time': '22:00:00',
    'End date': '2026-10-30',
    'End time': '01:00:00',
    Duration: '4:00:00',
  });
  expect(parsed.data.find((r) => r.Description === 'across the month end')).toMatchObject({
    'Start time': '21:00:00',
    'End date': '2026-11-01',
    'End time': '00:00:00',
    Duration: '3:00:00',
  });
  expect(parsed.data.find((r) => r.Description === 'ردود، "تعليقات"')?.Client).toBe('Acme Store');

  // The printed report puts the contract's terms beside the actuals.
  const report = options.getByRole('article', { name: 'Acme Store · October 2026' });
  await expect(report.getByLabel('Acme Store: hours this month')).toHaveText('12.5 of 80 h');
  await expect(report).toContainText('Daily minimum · الحد الأدنى اليومي');
  await popup.close();
  await options.close();
});

test('starting a timer from the popup takes two keystrokes: a letter, then Enter', async () => {
  const options = await ext.context.newPage();
  await importFixture(options);
  const popup = await ext.context.newPage();
  await openExtensionPage(popup, ext.extensionId, 'popup.html');
  await expect(popup.getByRole('region', { name: 'Timer' }).getByLabel('Client')).toBeFocused();
  await popup.keyboard.press('n');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('timer', { name: 'Elapsed time' })).toBeVisible();
  const status = await sendToBackground(popup, 'getTimer');
  expect(status.ok && status.value.timer?.clientId).toBe(octoberBackup.data.clients[1]!.id);
  await sendToBackground(popup, 'stopTimer');
  await popup.close();
  await options.close();
});
