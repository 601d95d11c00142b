// `npm run demo`: the built extension in Chromium on the local replicas of Facebook, Instagram and X.
// Headed when a display exists (close the browser to finish), otherwise headless with screenshots saved.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './support/extension';
import { replicaUrls, serveReplicas } from './support/replicas';
import { sidebarFrameOf } from './support/sidebar';
import { seedDemoData, signInDemoTeam } from './support/demo-data';
import { startHarness } from './support/standin/harness';

const headed = !!process.env.DISPLAY && !process.env.CI;
const ext = await launchWithExtension({ headless: !headed });
let backend: Awaited<ReturnType<typeof startHarness>> | undefined;
// Whatever fails, the browser and the stand-in's PostgreSQL are stopped and the command exits non-zero, so CI
// (.ci/run runs the demo as a smoke test) sees the failure instead of a hang.
try {
  await serveReplicas(ext.context);
  const setup = await ext.context.newPage();
  await setup.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await seedDemoData(setup);
  // Team sync against the tests' Supabase stand-in (a throwaway PostgreSQL behind PostgREST/GoTrue look-alikes):
  // a manager signs up, creates a team and brings the two demo clients into it.
  backend = await startHarness();
  await signInDemoTeam(setup, backend.standin);

  const outDir = resolve(import.meta.dirname, '../demo-screenshots');
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  for (const site of ['facebook', 'instagram', 'x'] as const) {
    const pages = replicaUrls[site];
    for (const [name, url] of Object.entries({
      client: pages.profileA,
      post: pages.postWithComments,
      reserved: pages.reserved,
    })) {
      const page = await ext.context.newPage();
      await page.goto(url);
      await sidebarFrameOf(page)
        .getByRole('complementary', { name: /Wasla|وصلة/ })
        .waitFor({ timeout: 10_000 });
      const file = resolve(outDir, `${site}-${name}.png`);
      await page.screenshot({ path: file });
      shots.push(file);
      if (!headed) await page.close();
    }
  }
  for (const extensionPage of ['popup.html', 'options.html', 'options.html#team']) {
    const page = await ext.context.newPage();
    await page.setViewportSize(
      extensionPage === 'popup.html' ? { width: 420, height: 600 } : { width: 1280, height: 800 },
    );
    await page.goto(`chrome-extension://${ext.extensionId}/${extensionPage}`);
    if (extensionPage.endsWith('#team')) await page.getByRole('table', { name: /Members of/ }).waitFor();
    const file = resolve(outDir, `${extensionPage.replace('.html', '').replace('#', '-')}.png`);
    await page.screenshot({ path: file, fullPage: extensionPage.endsWith('#team') });
    shots.push(file);
  }
  console.log(`Screenshots saved in ${outDir}:\n  ${shots.map((f) => f.slice(outDir.length + 1)).join('\n  ')}`);
  if (headed) {
    console.log('The browser is open on the replica pages; close it to end the demo.');
    await new Promise<void>((done) => ext.context.on('close', () => done()));
  }
  if (shots.length === 0) throw new Error('the demo saved no screenshots');
} catch (error) {
  console.error('The demo failed:', error);
  process.exitCode = 1;
} finally {
  await ext.dispose();
  await backend?.stop();
}
