// What the extension costs the host page, on the X replica's home timeline streaming in 1,000 posts:
// - host-overhead-ratio: main-thread script time with the extension ÷ without. On 2 busy cores the page's own
//   script time swings by tens of percent between runs, so the value attributes time inside each run: a CDP
//   sampling profile (content scripts share the page's V8 isolate) gives the self time of functions from
//   chrome-extension:// URLs, and the ratio is total script time ÷ (total − extension). The alternating
//   with/without runs are kept as a cross-check in the note, with their spread.
// - host-heap-added-mb: JS heap after a forced GC (content scripts share the page's V8 heap), with − without.
//   Baseline, same run: what ANY content script adds (the isolated world V8 creates for it), measured with a
//   copy of the extension whose content scripts are one line each.
// - inject-ms: DOMContentLoaded → the sidebar's first paint (a frame after its host element appears).
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../support/chromium';
import { extensionDir } from '../support/extension';
import { serveReplicas, xHomeStreamUrl } from '../support/replicas';
import { median, row, type BenchRow } from './row';

const pairs = 7;
const samplingMicros = 200;

interface CpuProfile {
  nodes: { callFrame: { url: string }; hitCount?: number }[];
}
const posts = 1000;

interface Sample {
  scriptMs: number;
  /** Self time of the extension's own functions in the sampling profile. */
  extensionMs: number;
  heapMb: number;
  injectMs: number | null;
}

/** A copy of the built extension whose content scripts do nothing but exist: the floor any extension pays. */
function oneLineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wasla-floor-'));
  cpSync(extensionDir, dir, { recursive: true });
  for (const file of readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
    writeFileSync(join(dir, 'content-scripts', file), 'document.documentElement.dataset.floor = "1";\n');
  }
  return dir;
}

async function sample(withExtension: boolean, dir = extensionDir): Promise<Sample> {
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
    if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await serveReplicas(context);
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
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: samplingMicros });
    await cdp.send('Profiler.start');
    await page.goto(xHomeStreamUrl(posts, 50));
    await page.waitForSelector('html[data-stream-done="1"]', { timeout: 60_000 });
    if (withExtension && dir === extensionDir) await page.waitForFunction(() => 'waslaPaintedAt' in window);
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const extensionMs = profile.nodes
      .filter((node) => node.callFrame.url.startsWith('chrome-extension://'))
      .reduce((sum, node) => sum + (node.hitCount ?? 0), 0) * (samplingMicros / 1000);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const injectMs = withExtension && dir === extensionDir
      ? await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return (window as never as { waslaPaintedAt: number }).waslaPaintedAt - nav.domContentLoadedEventStart;
        })
      : null;
    return { scriptMs: metric('ScriptDuration') * 1000, extensionMs, heapMb: metric('JSHeapUsedSize') / 1024 / 1024, injectMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export default async function hostOverhead(): Promise<BenchRow[]> {
  const withExt: Sample[] = [];
  const without: Sample[] = [];
  await sample(false); // warm the disk cache for both arms
  for (let i = 0; i < pairs; i++) {
    // Alternate which arm goes first so drift over the run does not favour one.
    if (i % 2 === 0) {
      without.push(await sample(false));
      withExt.push(await sample(true));
    } else {
      withExt.push(await sample(true));
      without.push(await sample(false));
    }
  }
  const floorDir = oneLineExtension();
  const floor: Sample[] = [];
  for (let i = 0; i < pairs; i++) floor.push(await sample(true, floorDir));
  rmSync(floorDir, { recursive: true, force: true });
  const heapFloor = median(floor.map((s) => s.heapMb));
  const attributed = median(withExt.map((s) => s.scriptMs / Math.max(1, s.scriptMs - s.extensionMs)));
  const extensionMs = median(withExt.map((s) => s.extensionMs));
  const pairRatios = withExt.map((w, i) => w.scriptMs / without[i]!.scriptMs).sort((a, b) => a - b);
  const scriptWith = median(withExt.map((s) => s.scriptMs));
  const scriptWithout = median(without.map((s) => s.scriptMs));
  const heapWith = median(withExt.map((s) => s.heapMb));
  const heapWithout = median(without.map((s) => s.heapMb));
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
      heapFloor - heapWithout,
      `JS heap after forced GC: with ${heapWith.toFixed(2)} MB, without ${heapWithout.toFixed(2)} MB (medians of ${pairs}); baseline = one-line content scripts (the isolated world every extension pays); goal <= 0.5`,
    ),
    row('inject-ms', inject, 'ms', null, `DOMContentLoaded to the sidebar's first frame, median of ${pairs}`),
  ];
}
