// One visual language (issue 21): colour contrast (axe's color-contrast rule, WCAG AA) in both themes and both
// languages on the popup, every options section and the client report; the Theme setting; the report laid out
// for A4 paper with nothing reaching past the page's printable width.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { importReportMonth, openOctoberReport } from '../support/report-fixture';

// axe walks every element of five options sections and the popup per test: minutes on a busy machine.
test.describe.configure({ timeout: 240_000 });

let ext: LoadedExtension;
test.beforeAll(async () => {
  ext = await launchWithExtension();
  const setup = await ext.context.newPage();
  await openExtensionPage(setup, ext.extensionId, 'options.html');
  await importReportMonth(setup);
  await setup.close();
});
test.afterAll(async () => ext.dispose());

const languages = ['en', 'ar'] as const;
const themes = ['light', 'dark'] as const;

/** The color-contrast violations on the page as it is now, one line per failing element, for a readable diff. */
async function contrastProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${node.target.join(' ')}: ${node.any.map((check) => check.message).join('; ')}`),
  );
}

async function settingsPage(language: (typeof languages)[number], theme: (typeof themes)[number]): Promise<Page> {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html', '#settings');
  await sendToBackground(page, 'updateSettings', { language, theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  return page;
}

for (const language of languages) {
  for (const theme of themes) {
    test(`contrast meets WCAG AA on the popup and options, ${language}, ${theme}`, async () => {
      const options = await settingsPage(language, theme);
      for (const section of ['clients', 'templates', 'team', 'settings', 'backup']) {
        await options.goto(`chrome-extension://${ext.extensionId}/options.html#${section}`);
        await expect(options.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(options.locator('#section-title')).not.toBeEmpty();
        expect(await contrastProblems(options), `options #${section}`).toEqual([]);
      }
      const popup = await ext.context.newPage();
      await openExtensionPage(popup, ext.extensionId, 'popup.html');
      await popup.locator('.pace').waitFor();
      expect(await contrastProblems(popup), 'popup').toEqual([]);
      await popup.close();
      await options.close();
    });

    test(`contrast meets WCAG AA on the client report with its charts, ${language}, ${theme}`, async () => {
      const page = await settingsPage(language, theme);
      await openOctoberReport(page, ext.extensionId);
      await expect(page.locator('article.client-report svg[role="img"]')).not.toHaveCount(0);
      // The numbers behind the charts too.
      for (const details of await page.locator('article.client-report details').all())
        await details.locator('summary').click();
      expect(await contrastProblems(page)).toEqual([]);
      await page.close();
    });
  }
}

test('the Theme setting forces light or dark, and Auto follows the browser', async () => {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'options.html', '#settings');
  await sendToBackground(page, 'updateSettings', { language: 'en', theme: 'auto' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background()).toBe('rgb(16, 23, 24)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(255, 255, 255)');

  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(16, 23, 24)');
  // Stored, so a page opened later starts dark too.
  const popup = await ext.context.newPage();
  await openExtensionPage(popup, ext.extensionId, 'popup.html');
  await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 23, 24)');

  await page.getByLabel('Theme').selectOption({ label: 'Same as the browser' });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await popup.close();
  await page.close();
});

// A4 is 210 mm wide; the report prints with 14 mm margins (reports.css), leaving 182 mm = 688 CSS px.
const printableWidth = Math.floor((182 / 25.4) * 96);

for (const language of languages) {
  test(`the printed report fits A4's width with nothing cut, ${language}`, async () => {
    const page = await settingsPage(language, 'dark');
    await openOctoberReport(page, ext.extensionId);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: printableWidth, height: 1000 });
    // Paper is light whatever the screen's theme.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const overflow = await page.evaluate((width) => {
      const outside: string[] = [];
      for (const report of document.querySelectorAll('article.client-report')) {
        for (const element of report.querySelectorAll('*')) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue; // not printed (display: none)
          if (box.left < -0.5 || box.right > width + 0.5)
            outside.push(
              `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${Math.round(box.left)}–${Math.round(box.right)}`,
            );
        }
      }
      return { outside, scrollWidth: document.documentElement.scrollWidth };
    }, printableWidth);
    expect(overflow.outside).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(printableWidth);
    // The print hides the page's controls and the charts' number tables, and keeps every chart.
    await expect(page.locator('.options-nav')).toBeHidden();
    await expect(page.locator('article.client-report details').first()).toBeHidden();
    await expect(page.locator('article.client-report svg[role="img"]').first()).toBeVisible();

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    // Two clients, each from a new page; the busy one takes two pages, the quiet one one or two.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(4);
    await page.close();
  });
}
