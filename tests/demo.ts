// `npm run demo`: the built extension in Chromium on the local replicas of Facebook, Instagram and X.
// Headed when a display exists (close the browser to finish), otherwise headless with screenshots saved.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './support/extension';
import { replicaUrls, serveReplicas } from './support/replicas';
import { seedDemoData } from './support/demo-data';

const headed = !!process.env.DISPLAY && !process.env.CI;
const ext = await launchWithExtension({ headless: !headed });
await serveReplicas(ext.context);
const setup = await ext.context.newPage();
await setup.goto(`chrome-extension://${ext.extensionId}/options.html`);
await seedDemoData(setup);

const outDir = resolve(import.meta.dirname, '../demo-screenshots');
mkdirSync(outDir, { recursive: true });
const shots: string[] = [];
for (const site of ['facebook', 'instagram', 'x'] as const) {
  const pages = replicaUrls[site];
  for (const [name, url] of Object.entries({ client: pages.profileA, post: pages.postWithComments, reserved: pages.reserved })) {
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.getByRole('complementary', { name: /Wasla|وصلة/ }).waitFor({ timeout: 10_000 });
    const file = resolve(outDir, `${site}-${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    if (!headed) await page.close();
  }
}
for (const extensionPage of ['popup.html', 'options.html']) {
  const page = await ext.context.newPage();
  await page.setViewportSize(extensionPage === 'popup.html' ? { width: 420, height: 600 } : { width: 1280, height: 800 });
  await page.goto(`chrome-extension://${ext.extensionId}/${extensionPage}`);
  const file = resolve(outDir, extensionPage.replace('.html', '.png'));
  await page.screenshot({ path: file });
  shots.push(file);
}
console.log(`Screenshots saved in ${outDir}:\n  ${shots.map((f) => f.slice(outDir.length + 1)).join('\n  ')}`);
if (headed) {
  console.log('The browser is open on the replica pages; close it to end the demo.');
  await new Promise<void>((done) => ext.context.on('close', () => done()));
}
await ext.dispose();
