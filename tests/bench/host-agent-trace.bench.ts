// host-agent-script-ms: the page agent's own main-thread time on the X replica's client profile, read from a
// Chromium trace instead of as a difference of two page totals. `host-script-added-ms` (host-overhead.bench.ts)
// subtracts the page's script time without the extension from the time with it; the page's own ~300 ms vary by
// ±100 ms from one fresh browser to the next, so a few milliseconds of ours drown in it. Here every trace event the
// page's renderer attributes to the content script's file (EvaluateScript: compile and first run; FunctionCall:
// its listeners, observers, timers and animation-frame callbacks) is summed, overlaps merged, from navigation to
// 3 s after load. Promise continuations run as microtasks without an event of their own, so this is a floor of
// what the agent costs; what it makes the page do (style, layout) is not script time and is not in either figure.
// Baseline, same run: the one-line content script (its EvaluateScript alone).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../support/chromium';
import { extensionDir } from '../support/extension';
import { replicaUrls, serveReplicas } from '../support/replicas';
import { extensionWithContentScript, oneLineContentScript, syncedStatus, tagAsClient } from './host-page';
import { median, row, type BenchRow } from './row';

const runs = Number(process.env.BENCH_PAIRS ?? 9);
/** From the page's load event to the end of the trace, as in host-overhead. */
const settleMs = 3000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Milliseconds of main-thread time the trace attributes to the content script's file, overlaps merged. */
function agentTime(events: TraceEvent[]): number {
  const ours = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
      (e.args?.data?.url ?? '').includes('/content-scripts/'),
  );
  const spans = ours.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}

async function traced(dir: string, tagged: boolean): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'wasla-trace-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...quietChromiumArgs, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await serveReplicas(context);
    if (tagged) {
      await tagAsClient(context, new URL(worker.url()).host);
      await worker.evaluate(`chrome.storage.local.set({ syncStatus: ${JSON.stringify(syncedStatus)} })`);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(replicaUrls.x.profileA, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    await cdp.send('Tracing.end');
    await complete;
    return agentTime(events);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export default async function hostAgentTrace(): Promise<BenchRow[]> {
  const floorDir = extensionWithContentScript(oneLineContentScript);
  const agent: number[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const arms = [
        async () => agent.push(await traced(extensionDir, true)),
        async () => floor.push(await traced(floorDir, false)),
      ];
      for (const arm of i % 2 === 0 ? arms : arms.reverse()) await arm();
    }
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `min ${sorted[0]!.toFixed(1)}, median ${median(sorted).toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)}`;
  };
  return [
    row(
      'host-agent-script-ms',
      median(agent),
      'ms',
      median(floor),
      `X replica profile of a client (tagged, contract, team sync set up), navigation → 3 s after load: main-thread time the page's trace attributes to the page agent's file (EvaluateScript + FunctionCall, overlaps merged; microtasks not attributed), ${runs} runs, fresh browser each: ${spread(agent)}; baseline = a one-line content script (${spread(floor)}); a precise reading of what host-script-added-ms (goal <= 5) cannot resolve`,
    ),
  ];
}
