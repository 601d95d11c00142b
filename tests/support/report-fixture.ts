// Loads the report month (fixtures/report-month.ts) into a running extension through its real backup import,
// in Cairo time, and opens the Reports section on October 2026. Shared by the screenshots and the design spec.
import type { Page } from '@playwright/test';
import { sendToBackground } from './background';
import { reportMonthBackup } from './fixtures/report-month';

export async function importReportMonth(extensionPage: Page): Promise<void> {
  const result = await sendToBackground(extensionPage, 'importBackup', { text: JSON.stringify(reportMonthBackup) });
  if (!result.ok) throw new Error(`report month refused: ${JSON.stringify(result.problems)}`);
  await sendToBackground(extensionPage, 'updateSettings', { timeZone: 'Africa/Cairo' });
}

/** The popup as on Thursday 29 October 2026, 14:00 in Cairo: most of the month tracked. */
export const popupNow = new Date('2026-10-29T11:00:00Z');

export async function openOctoberReport(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html#reports`);
  await page.locator('input[type="month"]').fill('2026-10');
  await page.locator('article.client-report').first().waitFor();
}
