import { expect, test } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';

let ext: LoadedExtension;
test.beforeAll(async () => {
  ext = await launchWithExtension();
});
test.afterAll(async () => ext.dispose());

test('clients and contracts: invalid values are explained and not saved, valid ones are', async () => {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html', '#clients');
  await page.getByText('Add a client').click();
  const clientForm = page.getByRole('form', { name: 'Add a client' });
  await clientForm.getByRole('button', { name: 'Save' }).click();
  await expect(clientForm.getByRole('alert')).toContainText('a client needs a name in Arabic or English');
  await clientForm.getByLabel('Name in Arabic').fill('مطعم النخيل');
  await clientForm.getByLabel('Name in English').fill('Palm Restaurant');
  await clientForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Palm Restaurant' })).toBeVisible();

  await page.getByText('Add a contract: Palm Restaurant').click();
  const contractForm = page.getByRole('form', { name: 'Add a contract' });
  await contractForm.getByLabel('Starts on').fill('2026-01-01');
  await contractForm.getByLabel('Ends on (optional)').fill('2025-12-01');
  await contractForm.getByLabel('Monthly hours').fill('-5');
  await contractForm.getByLabel('Minimum hours per working day').fill('4');
  await contractForm.getByLabel('Contracted languages').fill('ar, xx-notalanguage-reallynot');
  await contractForm.getByRole('button', { name: 'Save' }).click();
  const alert = contractForm.getByRole('alert');
  await expect(alert).toContainText(
    'Monthly hours: the value is out of range — expected at least 0, found the number -5',
  );
  let stored = await sendToBackground(page, 'listRecords', { store: 'contracts' });
  expect(stored.ok && stored.value).toEqual([]);

  await contractForm.getByLabel('Monthly hours').fill('80');
  await contractForm.getByLabel('Contracted languages').fill('ar, en');
  await contractForm.getByRole('button', { name: 'Save' }).click();
  await expect(alert).toContainText('Ends on: the end must be after the start');

  await contractForm.getByLabel('Ends on (optional)').fill('');
  await contractForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('80 h a month, 4 h a working day')).toBeVisible();
  stored = await sendToBackground(page, 'listRecords', { store: 'contracts' });
  expect(stored.ok && stored.value).toMatchObject([
    {
      startsOn: '2026-01-01',
      endsOn: null,
      monthlyHours: 80,
      minDailyHours: 4,
      languages: ['ar', 'en'],
      workingDays: [0, 1, 2, 3, 4],
    },
  ]);

  // A second contract for the same client may not overlap the first (the add form stays open, emptied).
  await contractForm.getByLabel('Starts on').fill('2026-06-01');
  await contractForm.getByLabel('Monthly hours').fill('60');
  await contractForm.getByLabel('Minimum hours per working day').fill('3');
  await contractForm.getByRole('button', { name: 'Save' }).click();
  await expect(contractForm.getByRole('alert')).toContainText('it overlaps another contract of this client');

  await page.getByRole('button', { name: 'Archive: Palm Restaurant' }).click();
  await expect(page.getByRole('heading', { name: 'Palm Restaurant' })).toBeHidden();
  await page.getByLabel('Show archived clients').check();
  await expect(page.getByRole('heading', { name: /Palm Restaurant/ })).toBeVisible();
  await page.close();
});

test('settings change the UI language, time zone and idle threshold', async () => {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html', '#settings');
  await page.getByLabel('Time zone for days and months').fill('Africa/Cairo');
  await page.getByLabel('Time zone for days and months').press('Tab');
  await page.getByLabel('Ask about idle time after (minutes)').fill('10');
  await page.getByLabel('Ask about idle time after (minutes)').press('Tab');
  await page.getByLabel('Language', { exact: true }).selectOption('ar');
  await expect(page.getByRole('heading', { name: 'إعدادات وصلة' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const settings = await sendToBackground(page, 'updateSettings', {});
  expect(settings.ok && settings.value).toMatchObject({ timeZone: 'Africa/Cairo', idleMinutes: 10, language: 'ar' });
  await page.getByLabel('اللغة', { exact: true }).selectOption('en');
  await page.close();
});
