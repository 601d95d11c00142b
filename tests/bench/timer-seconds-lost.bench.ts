// timer-seconds-lost: one timed session interrupted by 20 service-worker stops and 5 browser restarts; the
// absolute difference between the stored entry's duration and the wall time the test measured around it.
// Baseline, same run: the same measurement for an uninterrupted session of similar length.
import type { Page } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, stopServiceWorker, type LoadedExtension } from '../support/extension';
import { allEntries, createClient, durationMs } from '../support/timer';
import { row, type BenchRow } from './row';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function extensionPage(ext: LoadedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'popup.html');
  return page;
}

async function timedSession(interrupt: boolean): Promise<{ errorS: number; stops: number; restarts: number }> {
  let ext = await launchWithExtension();
  const profileDir = ext.profileDir;
  let stops = 0;
  let restarts = 0;
  try {
    let page = await extensionPage(ext);
    const clientId = await createClient(page, 'Bench Client');
    const before = Date.now();
    const started = await sendToBackground(page, 'startTimer', { clientId });
    const after = Date.now();
    if (!started.ok) throw new Error('timer refused');
    const startClock = (before + after) / 2;
    for (let round = 0; round < 25; round++) {
      if (interrupt && round % 5 === 4) {
        await ext.close();
        await sleep(300);
        ext = await launchWithExtension({ profileDir });
        page = await extensionPage(ext);
        restarts++;
      } else if (interrupt) {
        await stopServiceWorker(ext);
        stops++;
      }
      await sleep(300);
      await sendToBackground(page, 'getTimer');
    }
    const stopBefore = Date.now();
    const stopped = await sendToBackground(page, 'stopTimer');
    const stopAfter = Date.now();
    if (!stopped.ok || !stopped.value) throw new Error('stop failed');
    const wallMs = (stopBefore + stopAfter) / 2 - startClock;
    const [entry] = await allEntries(page);
    return { errorS: Math.abs(durationMs(entry!) - wallMs) / 1000, stops, restarts };
  } finally {
    await ext.dispose();
  }
}

export default async function timerSecondsLost(): Promise<BenchRow[]> {
  const interrupted = await timedSession(true);
  const calm = await timedSession(false);
  return [
    row(
      'timer-seconds-lost',
      interrupted.errorS,
      's',
      calm.errorS,
      `${interrupted.stops} worker stops + ${interrupted.restarts} browser restarts; baseline = same session uninterrupted; goal 0, allowed <= 1`,
    ),
  ];
}
