// Issue 19 item 4: night work is one manual entry. Popup → Add time manually → From 22:00 To 01:00 ends the
// next day, and the form says so before saving. The day is fixed in the past and the zone is set, so the test
// does not depend on when it runs.
import { expect, test } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension } from '../support/extension';
import { allEntries, createClient } from '../support/timer';

test('the popup saves 22:00 to 01:00 as one entry ending the next day, and says so in the form', async () => {
  const ext = await launchWithExtension();
  try {
    const page = await ext.context.newPage();
    await openExtensionPage(page, ext.extensionId, 'popup.html');
    await createClient(page, 'Night Shift Café', 'مقهى الوردية الليلية');
    await sendToBackground(page, 'updateSettings', { timeZone: 'Africa/Cairo', language: 'en' });
    await page.reload();
    await page.getByText('Add time manually').click();
    const form = page.getByRole('form', { name: 'Add time manually' });
    await form.getByLabel('Day').fill('2026-01-15');
    await form.getByLabel('From').fill('22:00');
    await form.getByLabel('To').fill('01:00');
    await expect(form.getByRole('status')).toHaveText('Ends the next day (Jan 16, 2026).');
    await expect(form.getByLabel('To')).toHaveAccessibleDescription('Ends the next day (Jan 16, 2026).');
    await form.getByRole('button', { name: 'Save' }).click();
    // Cairo is UTC+2 in January: 22:00 on the 15th to 01:00 on the 16th.
    await expect
      .poll(async () => (await allEntries(page)).map((e) => [e.start, e.end, e.source]))
      .toEqual([['2026-01-15T20:00:00.000Z', '2026-01-15T23:00:00.000Z', 'manual']]);
    await expect(form.getByRole('alert')).toHaveCount(0);
    // An end equal to the start is still refused: that is a mistake, not 24 hours of work.
    await form.getByLabel('Day').fill('2026-01-14');
    await form.getByLabel('From').fill('09:00');
    await form.getByLabel('To').fill('09:00');
    await expect(form.getByRole('status')).toHaveCount(0);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('alert')).toContainText('To: the end must be after the start');
    expect(await allEntries(page)).toHaveLength(1);
  } finally {
    await ext.dispose();
  }
});
