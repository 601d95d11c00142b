// Where the page agent's heap goes (issue 16, `host-heap-added-mb`): heap snapshots of the X replica's client
// profile with no extension, with a one-line content script (the floor) and with the built extension, and the
// difference between them by V8 object kind and by name, in KB. Not a bench row: a diagnostic for deciding what to
// cut. `npx tsx tests/bench/heap-breakdown.ts [--parts] [other-build-dir …]` (after `npx wxt build && npx tsx
// tests/replicas/build.ts`); each extra build is compared with the built extension (e.g. a variant without a
// library); `--parts` also measures the pieces any page agent needs, each alone. Snapshots are nearly
// deterministic here (the same build gives the same sizes to 0.1 KB), unlike the JS heap figure of
// Performance.getMetrics, which the bench uses and whose pairs vary by tens of KB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../support/chromium';
import { extensionDir } from '../support/extension';
import { replicaUrls, serveReplicas } from '../support/replicas';
import { extensionWithContentScript, oneLineContentScript } from './host-page';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

interface Totals {
  usedMb: number;
  byKind: Map<string, number>;
  byName: Map<string, number>;
}

async function snapshot(dir: string | null): Promise<Totals> {
  const profile = mkdtempSync(join(tmpdir(), 'wasla-heap-'));
  const args = dir
    ? [...quietChromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`]
    : [...quietChromiumArgs, '--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args,
  });
  try {
    if (dir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    await serveReplicas(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(replicaUrls.x.profileA, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    let text = '';
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }: { chunk: string }) => (text += chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const parsed = JSON.parse(text) as Snapshot;
    const fields = parsed.snapshot.meta.node_fields;
    const kinds = parsed.snapshot.meta.node_types[0];
    const [kindAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
    const byKind = new Map<string, number>();
    const byName = new Map<string, number>();
    for (let i = 0; i < parsed.nodes.length; i += fields.length) {
      const kind = kinds[parsed.nodes[i + kindAt!]!]!;
      const size = parsed.nodes[i + sizeAt!]!;
      // Context nodes are named with their snapshot id, which differs between runs: fold them together.
      const name = parsed.strings[parsed.nodes[i + nameAt!]!]!.replace(/ @\d+$/, '').slice(0, 80);
      byKind.set(kind, (byKind.get(kind) ?? 0) + size);
      byName.set(`${kind} | ${name}`, (byName.get(`${kind} | ${name}`) ?? 0) + size);
    }
    return { usedMb: (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576, byKind, byName };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function printDifference(title: string, a: Totals, b: Totals, top = 25): void {
  const diff = (x: Map<string, number>, y: Map<string, number>) =>
    [...new Set([...x.keys(), ...y.keys()])]
      .map((key) => [key, (x.get(key) ?? 0) - (y.get(key) ?? 0)] as const)
      .filter(([, value]) => Math.abs(value) >= 100)
      .sort((p, q) => Math.abs(q[1]) - Math.abs(p[1]));
  console.log(`\n=== ${title}: JS heap used ${(a.usedMb - b.usedMb).toFixed(3)} MB; snapshot by kind (KB)`);
  for (const [key, value] of diff(a.byKind, b.byKind)) console.log(`${(value / 1024).toFixed(1).padStart(8)}  ${key}`);
  console.log(`--- by name, top ${top} (KB)`);
  for (const [key, value] of diff(a.byName, b.byName).slice(0, top))
    console.log(`${(value / 1024).toFixed(1).padStart(8)}  ${key}`);
}

/**
 * `--parts`: what the pieces any page agent needs cost on their own, each a hand-written content script measured
 * against the one-line floor (JS heap used after GC, the figure `host-heap-added-mb` reads).
 */
const parts: [string, string][] = [
  ['chrome.runtime (for the port to the frame)', 'document.documentElement.dataset.floor = chrome.runtime.id;'],
  [
    'an extension frame in the page (getURL + iframe)',
    'const f = document.createElement("iframe"); f.src = chrome.runtime.getURL("/sidebar.html"); document.body.append(f);',
  ],
  [
    'the frame in a shadow root with its style and Label button',
    'const h = document.createElement("wasla-sidebar"); const s = h.attachShadow({ mode: "open" }); const st = document.createElement("style"); st.textContent = "iframe{position:fixed}"; const f = document.createElement("iframe"); f.src = chrome.runtime.getURL("/sidebar.html"); const b = document.createElement("button"); b.hidden = true; b.addEventListener("click", () => {}); s.append(st, f, b); document.body.append(h);',
  ],
  [
    'a MutationObserver and an IntersectionObserver',
    'new MutationObserver(() => {}).observe(document.body, { childList: true, subtree: true }); new IntersectionObserver(() => {}).observe(document.body); document.documentElement.dataset.floor = "1";',
  ],
  [
    'a Navigation API listener (in-site navigation)',
    'navigation.addEventListener("navigate", () => {}); document.documentElement.dataset.floor = "1";',
  ],
];

const floorDir = extensionWithContentScript(oneLineContentScript);
try {
  const none = await snapshot(null);
  const floor = await snapshot(floorDir);
  const built = await snapshot(extensionDir);
  printDifference('one-line content script − no extension', floor, none);
  printDifference('the built extension − one-line content script', built, floor);
  const args = process.argv.slice(2);
  if (args.includes('--parts')) {
    console.log('\n=== parts, each its own content script − the one-line floor (JS heap used, MB)');
    for (const [name, source] of parts) {
      const dir = extensionWithContentScript(source);
      console.log(`${((await snapshot(dir)).usedMb - floor.usedMb).toFixed(3).padStart(7)}  ${name}`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const other of args.filter((arg) => arg !== '--parts'))
    printDifference(`${other} − the built extension`, await snapshot(other), built);
} finally {
  rmSync(floorDir, { recursive: true, force: true });
}
