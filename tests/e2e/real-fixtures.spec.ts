// Issue 14: the conformance check in real Chromium. Each page derived from a real saved page
// (tests/fixtures/real) is served at its own address on the site's origin, the product's site readers are
// injected (bundled from utils/sites, as the content scripts use them), and every expected field is read
// there: Chromium's HTML parser and DOM, not happy-dom's.
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { fixtures } from '../fixtures/real/conformance';
import type { FieldResult } from '../fixtures/real/fields';
import { chromiumPath, quietChromiumArgs } from '../support/chromium';

let browser: Browser;
let bundle: string;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: quietChromiumArgs });
  const built = await build({
    stdin: {
      contents: "export { checkFields } from './tests/fixtures/real/fields';",
      resolveDir: resolve(import.meta.dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'WaslaConformance',
    target: 'chrome120',
    logLevel: 'silent',
  });
  bundle = built.outputFiles[0]!.text;
});
test.afterAll(async () => browser.close());

for (const fixture of fixtures()) {
  test(`${fixture.name}: every expected field is read right in Chromium`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/real', `${fixture.name}.html`), 'utf8');
    // Only the page itself: its images and links point nowhere real (example.com / data:).
    await context.route('**/*', (route) =>
      route.request().url() === fixture.url
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(fixture.url);
    await page.addScriptTag({ content: bundle });
    const results = await page.evaluate(
      ([url, expected]) =>
        (
          window as unknown as {
            WaslaConformance: { checkFields(doc: Document, url: string, expected: unknown): FieldResult[] };
          }
        ).WaslaConformance.checkFields(document, url, expected),
      [fixture.url, fixture.expect] as const,
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    await context.close();
  });
}
