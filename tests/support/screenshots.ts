// README screenshots: the popup, the client report and the sidebar (on the Instagram replica) in English and
// Arabic, from the built extension in headless Chromium with the report month's data (fixtures/report-month.ts)
// and a fixed clock. Optionally prints the report to PDF as the print dialog's "Save as PDF" would.
//   npx wxt build && npx tsx tests/replicas/build.ts && npx tsx tests/support/screenshots.ts [--pdf DIR]
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { sendToBackground } from './background';
import { launchWithExtension } from './extension';
import { importReportMonth, openOctoberReport, popupNow } from './report-fixture';
import { replicaUrls, serveReplicas } from './replicas';
import { sidebarFrameOf } from './sidebar';

const outDir = resolve(import.meta.dirname, '../../docs/screenshots');
const pdfArg = process.argv.indexOf('--pdf');
const pdfDir = pdfArg > 0 ? resolve(process.argv[pdfArg + 1] ?? '.') : null;
mkdirSync(outDir, { recursive: true });
if (pdfDir) mkdirSync(pdfDir, { recursive: true });

const ext = await launchWithExtension();
await serveReplicas(ext.context);
const setup = await ext.context.newPage();
await setup.goto(`chrome-extension://${ext.extensionId}/options.html`);
await importReportMonth(setup);

const shots: string[] = [];
async function shoot(target: Page | Locator, name: string) {
  const path = resolve(outDir, `${name}.png`);
  await target.screenshot({ path });
  shots.push(path);
}

// Reports and the sidebar first: Playwright's clock, which the popups need, is installed for the whole context
// and cannot be removed, and under it the report's time-zone maths (@date-fns/tz's TZDate, a Date subclass)
// placed days in UTC. October 2026 is in the past, so the report needs no clock: every working day counts.
for (const language of ['en', 'ar'] as const) {
  await sendToBackground(setup, 'updateSettings', { language, theme: 'auto' });
  const report = await ext.context.newPage();
  await report.setViewportSize({ width: 1100, height: 900 });
  await openOctoberReport(report, ext.extensionId);
  await shoot(report.locator('article.client-report').first(), `report-${language}`);
  if (pdfDir)
    await report.pdf({
      path: resolve(pdfDir, `report-${language}.pdf`),
      preferCSSPageSize: true,
      printBackground: true,
    });
  await report.close();

  const site = await ext.context.newPage();
  await site.setViewportSize({ width: 1280, height: 760 });
  await site.goto(replicaUrls.instagram.profileB);
  await sidebarFrameOf(site)
    .getByRole('complementary', { name: /Wasla|وصلة/ })
    .waitFor({ timeout: 15_000 });
  await shoot(site, `sidebar-${language}`);
  await site.close();
}

for (const language of ['en', 'ar'] as const) {
  await sendToBackground(setup, 'updateSettings', { language, theme: 'auto' });
  const popup = await ext.context.newPage();
  await popup.clock.setFixedTime(popupNow);
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.locator('.pace-client').first().waitFor();
  await shoot(popup, `popup-${language}`);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shoot(popup, `popup-${language}-dark`);
  await popup.close();
}
console.log(`Screenshots in ${outDir}:\n  ${shots.map((f) => f.slice(outDir.length + 1)).join('\n  ')}`);
await ext.dispose();
