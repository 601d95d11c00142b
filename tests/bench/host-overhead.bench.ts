// What the extension costs the host page, on the X replica's home timeline streaming in 1,000 posts:
// - host-overhead-ratio: main-thread script time with the extension ÷ without. On 2 busy cores the page's own
//   script time swings by tens of percent between runs, so the value attributes time inside each run: a CDP
//   sampling profile (content scripts share the page's V8 isolate) gives the self time of functions from
//   chrome-extension:// URLs, and the ratio is total script time ÷ (total − extension). The alternating
//   with/without runs are kept as a cross-check in the note, with their spread.
// - host-heap-added-mb: JS heap after a forced GC (content scripts share the page's V8 heap), with − without,
//   in runs of their own: a running profiler makes V8 keep extra data for every compiled function (source
//   positions), which is not what a user's page holds. Baseline, same run: the smallest sidebar the product's
//   fixed stack can show (tests/bench/fixtures/smallest-sidebar: WXT's context, createShadowRootUi, Preact),
//   swapped into a copy of the extension; the note adds what ANY content script costs (one line that touches
//   the DOM: the isolated world V8 creates for it and the DOM's bindings there).
//   The timeline is not a client's page, so the sidebar shows only its plain-DOM frame there (with team sync
//   off, the default). The note adds the heap with team sync set up (the panel's sync line renders there), and
//   on a client's account page (the X replica's profile, tagged to a client first), where the Preact panel
//   renders in full: tag, templates, timer, contract, followers and labels.
// - inject-ms: DOMContentLoaded → the sidebar's first paint (a frame after its host element appears).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'wxt';
import { syncStatusOff, type SyncStatus } from '@/utils/sync/status';
import { chromiumPath, quietChromiumArgs } from '../support/chromium';
import { sendToBackground } from '../support/background';
import { extensionDir } from '../support/extension';
import { replicaUrls, serveReplicas, xHomeStreamUrl } from '../support/replicas';
import { median, row, type BenchRow } from './row';

const pairs = 7;
const samplingMicros = 200;

interface CpuProfile {
  nodes: { callFrame: { url: string }; hitCount?: number }[];
}
const posts = 1000;

interface Sample {
  scriptMs: number;
  /** Self time of the extension's own functions in the sampling profile (profiled runs only). */
  extensionMs: number;
  heapMb: number;
  injectMs: number | null;
}

/**
 * `profile`: script time, attributed by a sampling profile; `heap`: the JS heap, with no profiler running, on the
 * streaming timeline (`sync-heap`: with team sync set up, so the panel renders its sync line there); `account-heap`:
 * the same on a client's account page, once the panel shows the client's contract.
 */
type Measure = 'profile' | 'heap' | 'sync-heap' | 'account-heap';

/** A scratch copy of the built extension, for a baseline to swap its content scripts. */
function copyOfExtension(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `wasla-${name}-`));
  cpSync(extensionDir, dir, { recursive: true });
  return dir;
}

/** A copy of the built extension whose content scripts do nothing but exist: the floor any extension pays. */
function oneLineExtension(): string {
  const dir = copyOfExtension('floor');
  for (const file of readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
    writeFileSync(join(dir, 'content-scripts', file), 'document.documentElement.dataset.floor = "1";\n');
  }
  return dir;
}

/**
 * Waits for the replica's stream to finish and, when `sidebar`, for the sidebar's first frame; then answers the
 * injection time. Everything the measurement runs in the page is this one expression, the same in every arm and
 * evaluated as a string in the page's own world: Playwright's polling waits (`waitForSelector`,
 * `waitForFunction`) install its injected script in the page, and the wrappers and code they leave behind varied
 * by a third of a megabyte between runs and arms, which drowned the extension's own heap in noise.
 */
function settled(page: Page, sidebar: boolean, account: boolean): Promise<number | null> {
  // The timeline is waited for by an observer (no script runs per frame while it streams); the account page is
  // static once loaded, so a frame loop until the panel shows the client's contract costs nothing that matters.
  const loaded = account ? `document.readyState === 'complete'` : `root.dataset.streamDone === '1'`;
  const painted = account ? `document.querySelector('wasla-sidebar')?.shadowRoot?.querySelector('.wasla-contract')` : `'waslaPaintedAt' in window`;
  return page.evaluate(`new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('the page or the sidebar did not settle in 60 s')), 60000);
    const root = document.documentElement;
    const answer = () => {
      const nav = performance.getEntriesByType('navigation')[0];
      resolve('waslaPaintedAt' in window ? window.waslaPaintedAt - nav.domContentLoadedEventStart : null);
    };
    const check = () => {
      if (!(${loaded})) return ${account} && requestAnimationFrame(check);
      if (${sidebar} && !(${painted})) return requestAnimationFrame(check);
      observer.disconnect();
      answer();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { attributes: true, attributeFilter: ['data-stream-done'] });
    check();
  })`);
}

/**
 * A copy of the built extension whose X content script is the smallest sidebar of tests/bench/fixtures, built
 * with WXT in a scratch project (its own `.wxt`, so the real project's generated types stay untouched).
 */
async function smallestSidebarExtension(): Promise<string> {
  const repo = resolve(import.meta.dirname, '../..');
  const project = mkdtempSync(join(tmpdir(), 'wasla-smallest-'));
  mkdirSync(join(project, 'entrypoints/x.content'), { recursive: true });
  cpSync(join(import.meta.dirname, 'fixtures/smallest-sidebar/index.tsx'), join(project, 'entrypoints/x.content/index.tsx'));
  symlinkSync(join(repo, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(
    join(project, 'wxt.config.ts'),
    "import { defineConfig } from 'wxt';\nimport preact from '@preact/preset-vite';\n" +
      "export default defineConfig({ vite: () => ({ plugins: [preact()], build: { target: 'es2022' } }), manifest: { name: 'smallest-sidebar', version: '0.0.1', permissions: ['storage'] } });\n",
  );
  await build({ root: project });
  const dir = copyOfExtension('smallest-ext');
  cpSync(join(project, '.output/chrome-mv3/content-scripts/x.js'), join(dir, 'content-scripts/x.js'));
  rmSync(project, { recursive: true, force: true });
  return dir;
}

/** What the background stores once a team sync has run (the sidebar reads only this to show its sync line). */
const syncedStatus: SyncStatus = { ...syncStatusOff, state: 'synced', lastSyncedAt: '2026-11-27T08:00:00.000Z' };

/** Makes the X replica's profile a client's page (client, contract, tag) from an extension page, as options would. */
async function tagAsClient(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const client = await sendToBackground(options, 'saveRecord', { store: 'clients', record: { nameAr: 'عميل', nameEn: 'Client', color: '#0f766e', notes: '', archived: false } });
  if (!client.ok) throw new Error('the bench could not create its client');
  const clientId = (client.value as { id: string }).id;
  const contract = await sendToBackground(options, 'saveRecord', { store: 'contracts', record: { clientId, startsOn: '2020-01-01', monthlyHours: 80, minDailyHours: 4 } });
  if (!contract.ok) throw new Error('the bench could not give its client a contract');
  const tagged = await sendToBackground(options, 'tagAccount', { platform: 'x', key: 'wasla_demo', handle: 'wasla_demo', displayName: 'Wasla Demo', clientId });
  if (!tagged.ok) throw new Error('the bench could not tag its account');
  await options.close();
}

async function sample(measure: Measure, withExtension: boolean, dir = extensionDir): Promise<Sample> {
  const profile = mkdtempSync(join(tmpdir(), 'wasla-bench-'));
  const args = withExtension
    ? [...quietChromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`]
    : [...quietChromiumArgs, '--disable-extensions'];
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args,
  });
  try {
    const worker = withExtension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
    await serveReplicas(context);
    if (worker && measure === 'account-heap') await tagAsClient(context, new URL(worker.url()).host);
    if (worker && measure === 'sync-heap') await worker.evaluate(`chrome.storage.local.set({ syncStatus: ${JSON.stringify(syncedStatus)} })`);
    const page = await context.newPage();
    // Records when the sidebar's host element arrives, from the page's own clock.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('wasla-sidebar')) {
          observer.disconnect();
          requestAnimationFrame(() => ((window as never as { waslaPaintedAt: number }).waslaPaintedAt = performance.now()));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (measure === 'profile') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: samplingMicros });
      await cdp.send('Profiler.start');
    }
    const account = measure === 'account-heap';
    await page.goto(account ? replicaUrls.x.profileA : xHomeStreamUrl(posts, 50));
    const injectMs = await settled(page, withExtension && dir === extensionDir, account);
    await page.waitForTimeout(300);
    let extensionMs = 0;
    if (measure === 'profile') {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      extensionMs = profile.nodes
        .filter((node) => node.callFrame.url.startsWith('chrome-extension://'))
        .reduce((sum, node) => sum + (node.hitCount ?? 0), 0) * (samplingMicros / 1000);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { scriptMs: metric('ScriptDuration') * 1000, extensionMs, heapMb: metric('JSHeapUsedSize') / 1024 / 1024, injectMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export default async function hostOverhead(): Promise<BenchRow[]> {
  const withExt: Sample[] = [];
  const without: Sample[] = [];
  const heapWithExt: Sample[] = [];
  const heapWithoutExt: Sample[] = [];
  const floor: Sample[] = [];
  const smallest: Sample[] = [];
  const syncWithExt: Sample[] = [];
  const accountWithExt: Sample[] = [];
  const accountWithoutExt: Sample[] = [];
  const floorDir = oneLineExtension();
  const smallestDir = await smallestSidebarExtension();
  await sample('profile', false); // warm the disk cache for both arms
  for (let i = 0; i < pairs; i++) {
    // Alternate which arm goes first so drift over the run does not favour one.
    const arms = [
      async () => withExt.push(await sample('profile', true)),
      async () => without.push(await sample('profile', false)),
      async () => heapWithExt.push(await sample('heap', true)),
      async () => heapWithoutExt.push(await sample('heap', false)),
      async () => floor.push(await sample('heap', true, floorDir)),
      async () => smallest.push(await sample('heap', true, smallestDir)),
      async () => syncWithExt.push(await sample('sync-heap', true)),
      async () => accountWithExt.push(await sample('account-heap', true)),
      async () => accountWithoutExt.push(await sample('account-heap', false)),
    ];
    for (const arm of i % 2 === 0 ? arms : arms.reverse()) await arm();
  }
  rmSync(floorDir, { recursive: true, force: true });
  rmSync(smallestDir, { recursive: true, force: true });
  const heapFloor = median(floor.map((s) => s.heapMb));
  const heapSmallest = median(smallest.map((s) => s.heapMb));
  const attributed = median(withExt.map((s) => s.scriptMs / Math.max(1, s.scriptMs - s.extensionMs)));
  const extensionMs = median(withExt.map((s) => s.extensionMs));
  const pairRatios = withExt.map((w, i) => w.scriptMs / without[i]!.scriptMs).sort((a, b) => a - b);
  const scriptWith = median(withExt.map((s) => s.scriptMs));
  const scriptWithout = median(without.map((s) => s.scriptMs));
  const heapWith = median(heapWithExt.map((s) => s.heapMb));
  const heapWithout = median(heapWithoutExt.map((s) => s.heapMb));
  const syncHeap = median(syncWithExt.map((s) => s.heapMb)) - median(heapWithoutExt.map((s) => s.heapMb));
  const accountHeap = median(accountWithExt.map((s) => s.heapMb)) - median(accountWithoutExt.map((s) => s.heapMb));
  const heapSpread = (samples: Sample[]) => `${Math.min(...samples.map((s) => s.heapMb)).toFixed(3)}–${Math.max(...samples.map((s) => s.heapMb)).toFixed(3)}`;
  const inject = median(withExt.map((s) => s.injectMs ?? 0));
  const spread = `pair ratios min ${pairRatios[0]!.toFixed(3)}, median ${median(pairRatios).toFixed(3)}, max ${pairRatios.at(-1)!.toFixed(3)}`;
  return [
    {
      ...row('host-overhead-ratio', attributed, 'ratio', 1, ''),
      note: `attributed by sampling profile: extension ${extensionMs.toFixed(1)} ms of ${scriptWith.toFixed(0)} ms script (median of ${pairs} runs, ${posts} streamed posts); cross-check, ${pairs} alternating with/without pairs: ${spread}; goal <= 1.03`,
    },
    row(
      'host-heap-added-mb',
      heapWith - heapWithout,
      'MB',
      heapSmallest - heapWithout,
      `JS heap after forced GC, no profiler: with ${heapWith.toFixed(3)} MB (range ${heapSpread(heapWithExt)}), without ${heapWithout.toFixed(3)} MB (range ${heapSpread(heapWithoutExt)}), medians of ${pairs}; baseline = the smallest sidebar of the fixed stack (WXT context + createShadowRootUi + Preact, tests/bench/fixtures/smallest-sidebar, range ${heapSpread(smallest)}); any content script that touches the DOM once: ${(heapFloor - heapWithout).toFixed(3)} MB; with team sync set up (the panel renders its sync line on the timeline): ${syncHeap.toFixed(3)} MB; on a client's account page (X replica profile tagged to a client, the Preact panel rendered): ${accountHeap.toFixed(3)} MB; goal <= 0.5 (local only, the default)`,
    ),
    row('inject-ms', inject, 'ms', null, `DOMContentLoaded to the sidebar's first frame, median of ${pairs}`),
  ];
}
