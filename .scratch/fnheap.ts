// Scratch: per-function code size of the content script's functions in a heap snapshot of the X profile page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../tests/support/chromium';
import { replicaUrls, serveReplicas } from '../tests/support/replicas';

const dir = process.argv[2]!;
const profile = mkdtempSync(join(tmpdir(), 'wasla-h-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, viewport: { width: 1280, height: 800 }, args: [...quietChromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`] });
context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await serveReplicas(context);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(process.argv[3] === 'timeline' ? 'https://x.com/home?stream=1000&batch=50' : replicaUrls.x.profileA, { waitUntil: 'load' });
await page.waitForTimeout(3000);
await cdp.send('HeapProfiler.collectGarbage');
let chunks = '';
cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => (chunks += e.chunk));
await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
await context.close();
rmSync(profile, { recursive: true, force: true });
const s = JSON.parse(chunks);
const nf: string[] = s.snapshot.meta.node_fields, ef: string[] = s.snapshot.meta.edge_fields;
const ntypes: string[] = s.snapshot.meta.node_types[0], etypes: string[] = s.snapshot.meta.edge_types[0];
const N = nf.length, E = ef.length, nodes: number[] = s.nodes, edges: number[] = s.edges, str: string[] = s.strings;
const firstEdge: number[] = []; let e = 0;
for (let i = 0; i < nodes.length; i += N) { firstEdge.push(e); e += nodes[i + nf.indexOf('edge_count')]! * E; }
const idx = (i: number) => i / N;
const name = (i: number) => str[nodes[i + nf.indexOf('name')]!]!;
const type = (i: number) => ntypes[nodes[i + nf.indexOf('type')]!]!;
const size = (i: number) => nodes[i + nf.indexOf('self_size')]!;
function* out(i: number) { const from = firstEdge[idx(i)]!; const count = nodes[i + nf.indexOf('edge_count')]!; for (let k = 0; k < count; k++) { const b = from + k * E; const et = etypes[edges[b + ef.indexOf('type')]!]!; const en = et === 'element' || et === 'hidden' ? String(edges[b + 1]) : str[edges[b + 1]!]!; yield { et, en, to: edges[b + ef.indexOf('to_node')]! }; } }
const seenSfi = new Set<number>();
const rows: { fn: string; code: number; closures: number }[] = [];
const byFn = new Map<string, { code: number; n: number }>();
for (let i = 0; i < nodes.length; i += N) {
  if (type(i) !== 'closure') continue;
  let sfi = -1;
  for (const x of out(i)) if (x.en === 'shared') sfi = x.to;
  if (sfi < 0 || seenSfi.has(sfi)) { continue; }
  seenSfi.add(sfi);
  let script = -1; let code = 0;
  for (const x of out(sfi)) {
    if (x.en === 'script') script = x.to;
    if (x.en === 'function_data' || x.en === 'name_or_scope_info' || x.en === 'feedback_metadata' || x.en === 'trusted_function_data') { code += size(x.to); for (const y of out(x.to)) if (type(y.to) === 'code' || type(y.to)==='array') code += size(y.to); }
  }
  code += size(sfi);
  let url = '';
  if (script >= 0) for (const x of out(script)) if (x.en === 'name') url = name(x.to);
  if (!url.includes('content-scripts')) continue;
  const key = name(i) || '(anon)';
  const cur = byFn.get(key) ?? { code: 0, n: 0 };
  byFn.set(key, { code: cur.code + code, n: cur.n + 1 });
}
const all = [...byFn.entries()].sort((a, b) => b[1].code - a[1].code);
console.log('functions with closures in content script:', all.length, 'code KB', (all.reduce((t, [, v]) => t + v.code, 0) / 1024).toFixed(1));
for (const [k, v] of all.slice(0, 45)) console.log((v.code / 1024).toFixed(2).padStart(7), k);
