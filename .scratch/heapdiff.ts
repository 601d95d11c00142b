// Scratch: where the content script's heap goes. Heap snapshot of the X replica's profile page, extension vs floor.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../tests/support/chromium';
import { extensionDir } from '../tests/support/extension';
import { replicaUrls, serveReplicas } from '../tests/support/replicas';

function variant(name: string, script: (orig: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), `wasla-${name}-`));
  cpSync(extensionDir, dir, { recursive: true });
  for (const file of readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
    const p = join(dir, 'content-scripts', file);
    writeFileSync(p, script(readFileSync(p, 'utf8')));
  }
  return dir;
}

async function snap(dir: string | null, url: string) {
  const profile = mkdtempSync(join(tmpdir(), 'wasla-h-'));
  const args = dir ? [...quietChromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : [...quietChromiumArgs, '--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, viewport: { width: 1280, height: 800 }, args });
  try {
    if (dir) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await serveReplicas(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
    let chunks = '';
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => (chunks += e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return { used, snapshot: JSON.parse(chunks) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function aggregate(s: any) {
  const f = s.snapshot.meta.node_fields as string[];
  const types = s.snapshot.meta.node_types[0] as string[];
  const n = f.length;
  const nodes = s.nodes as number[];
  const strings = s.strings as string[];
  const byType = new Map<string, number>();
  const byName = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < nodes.length; i += n) {
    const type = types[nodes[i + f.indexOf('type')]!]!;
    let name = strings[nodes[i + f.indexOf('name')]!]!;
    const size = nodes[i + f.indexOf('self_size')]!;
    total += size;
    byType.set(type, (byType.get(type) ?? 0) + size);
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = `str:${name.slice(0, 60)}`;
    const key = `${type}|${name.slice(0, 80)}`;
    byName.set(key, (byName.get(key) ?? 0) + size);
  }
  return { total, byType, byName };
}

const which = process.argv[2] ?? 'x';
const url = which === 'timeline' ? 'https://x.com/home?stream=1000&batch=50' : replicaUrls.x.profileA;
const floorDir = variant('floor', () => 'document.documentElement.dataset.floor = "1";\n');
const arms: [string, string | null][] = [['none', null], ['floor', floorDir], ['real', process.env.REAL ?? extensionDir]];
const transforms: Record<string, (o: string) => string> = {
  ascii: (o) => o.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')),
  nomain: (o) => o.replace(/return\(async\(\)=>\{try\{const\{main:e,\.\.\.t\}=Rt;return await e\(new _t\("x",t\)\)\}catch\(e\)\{throw Dt.error\('The content script "x" crashed on startup!',e\),e\}\}\)\(\)/, 'return 0'),
};
for (const extra of process.argv.slice(3)) arms.push(extra.includes('=') ? [extra.split('=')[0]!, extra.split('=')[1]!] : [extra, variant(extra, transforms[extra]!)]);
const results: Record<string, ReturnType<typeof aggregate> & { used: number }> = {};
for (const [name, dir] of arms) {
  const { used, snapshot } = await snap(dir, url);
  results[name] = { ...aggregate(snapshot), used };
  console.log(name, 'JSHeapUsed MB', (used / 1048576).toFixed(3), 'snapshot total MB', (results[name].total / 1048576).toFixed(3));
}
const diff = (a: Map<string, number>, b: Map<string, number>) => {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].map((k) => [k, (a.get(k) ?? 0) - (b.get(k) ?? 0)] as const).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
};
for (const [x, y] of [['real', 'floor'], ...process.argv.slice(3).map((v) => [v.split('=')[0], 'real'])] as [string, string][]) {
  console.log(`\n=== ${x} - ${y} by type (KB)`);
  for (const [k, v] of diff(results[x]!.byType, results[y]!.byType).slice(0, 15)) console.log((v / 1024).toFixed(1).padStart(8), k);
  console.log(`=== ${x} - ${y} by name top 40 (KB)`);
  for (const [k, v] of diff(results[x]!.byName, results[y]!.byName).slice(0, 40)) console.log((v / 1024).toFixed(1).padStart(8), k);
}
rmSync(floorDir, { recursive: true, force: true });
