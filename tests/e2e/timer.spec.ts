import { expect, test, type Page } from '@playwright/test';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension, stopServiceWorker, type LoadedExtension } from '../support/extension';
import { allEntries, createClient, durationMs } from '../support/timer';

async function popup(ext: LoadedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await openExtensionPage(page, ext.extensionId, 'popup.html');
  return page;
}

/** Clicks a button and returns the wall-clock instant of the click, as the user experienced it. */
async function clickAt(page: Page, name: string): Promise<number> {
  const button = page.getByRole('button', { name });
  await button.waitFor();
  const before = Date.now();
  await button.click();
  return before;
}

test('a timer survives service-worker shutdowns: the entry equals the wall time', async () => {
  const ext = await launchWithExtension();
  try {
    const page = await popup(ext);
    await createClient(page, 'Acme Store', 'متجر أكمي');
    const startedAt = await clickAt(page, 'Start timer');
    await expect(page.getByRole('timer', { name: 'Elapsed time' })).toBeVisible();
    for (let i = 0; i < 4; i++) {
      await ext.worker.evaluate(() => Object.assign(globalThis, { beforeShutdown: true }));
      await stopServiceWorker(ext);
      await page.waitForTimeout(700);
      const status = await sendToBackground(page, 'getTimer'); // wakes a fresh worker
      expect(status.ok && status.value.timer?.clientId).toBeTruthy();
      // Proof the worker really restarted: its globals are new.
      expect(await ext.worker.evaluate(() => 'beforeShutdown' in globalThis)).toBe(false);
    }
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^0:0\d$/);
    const stoppedAt = await clickAt(page, 'Stop timer');
    await expect(page.getByText('No timer running.')).toBeVisible();
    const [entry] = await allEntries(page);
    expect(entry!.source).toBe('timer');
    expect(Math.abs(durationMs(entry!) - (stoppedAt - startedAt))).toBeLessThan(1000);
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  } finally {
    await ext.dispose();
  }
});

test('a timer survives closing and reopening the browser', async () => {
  const first = await launchWithExtension();
  const profileDir = first.profileDir;
  let reopened: LoadedExtension | undefined;
  try {
    const page = await popup(first);
    await createClient(page, 'Nile Foods', 'أغذية النيل');
    const startedAt = await clickAt(page, 'Start timer');
    await expect(page.getByRole('timer')).toBeVisible();
    await first.close();
    await new Promise((done) => setTimeout(done, 1500));
    reopened = await launchWithExtension({ profileDir });
    const again = await popup(reopened);
    await expect(again.getByRole('timer')).toBeVisible();
    const stoppedAt = await clickAt(again, 'Stop timer');
    const [entry] = await allEntries(again);
    expect(Math.abs(durationMs(entry!) - (stoppedAt - startedAt))).toBeLessThan(1000);
  } finally {
    await reopened?.dispose();
    await first.dispose();
  }
});

test.describe('coming back after idling', () => {
  const scenarios = [
    { answer: 'Keep idle time', expected: (t: Instants) => [[t.start, null]] },
    {
      answer: 'Discard idle time',
      expected: (t: Instants) => [
        [t.start, t.idleSince],
        [t.returned, null],
      ],
    },
    { answer: 'Discard and stop timer', expected: (t: Instants) => [[t.start, t.idleSince]] },
  ];
  interface Instants {
    start: number;
    idleSince: number;
    returned: number;
  }

  for (const { answer, expected } of scenarios) {
    test(`"${answer}" produces the right entries`, async () => {
      const ext = await launchWithExtension();
      try {
        const page = await popup(ext);
        await createClient(page, 'Acme Store');
        await clickAt(page, 'Start timer');
        await expect(page.getByRole('timer')).toBeVisible();
        const start = Date.parse((await allEntries(page))[0]!.start);
        // Chrome cannot be made idle on demand: drive the worker's own idle handler with the states Chrome
        // reports. "locked" marks idleness from that instant; "active" is the return.
        const idleSince = start + 60_000;
        const returned = start + 5 * 60_000;
        await ext.worker.evaluate(
          ([at]) =>
            (
              globalThis as never as { waslaIdleStateChanged: (s: string, n: number) => Promise<void> }
            ).waslaIdleStateChanged('locked', at!),
          [idleSince],
        );
        await ext.worker.evaluate(
          ([at]) =>
            (
              globalThis as never as { waslaIdleStateChanged: (s: string, n: number) => Promise<void> }
            ).waslaIdleStateChanged('active', at!),
          [returned],
        );
        const prompt = page.getByRole('alertdialog', { name: 'You were away' });
        await expect(prompt).toContainText('4 min');
        await prompt.getByRole('button', { name: answer }).click();
        await expect(prompt).toBeHidden();
        const spans = (await allEntries(page)).map((e) => [
          Date.parse(e.start),
          e.end === null ? null : Date.parse(e.end),
        ]);
        expect(spans).toEqual(expected({ start, idleSince, returned }));
      } finally {
        await ext.dispose();
      }
    });
  }
});

test('manual entries: invalid input is explained and not saved; valid input is', async () => {
  const ext = await launchWithExtension();
  try {
    const page = await popup(ext);
    await createClient(page, 'Acme Store');
    await page.reload();
    await page.getByText('Add time manually').click();
    const form = page.getByRole('form', { name: 'Add time manually' });
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await form.getByLabel('Day').fill(today);
    await form.getByLabel('From').fill('00:30');
    await form.getByLabel('To').fill('00:10');
    await form.getByRole('button', { name: 'Save' }).click();
    // 00:10 is read as the next day's (night work): that end is still to come.
    await expect(form.getByRole('alert')).toContainText('the time is in the future');
    expect(await allEntries(page)).toEqual([]);

    await form.getByLabel('To').fill('00:50');
    await form.getByLabel('Note').fill('ردود على التعليقات');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('list', { name: "Today's time entries" })).toContainText('0:20');
    const [saved] = await allEntries(page);
    expect(saved).toMatchObject({ source: 'manual', note: 'ردود على التعليقات' });
    expect(durationMs(saved!)).toBe(20 * 60_000);

    await form.getByLabel('From').fill('00:40');
    await form.getByLabel('To').fill('01:00');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('alert')).toContainText('overlaps another time entry');
    expect(await allEntries(page)).toHaveLength(1);
  } finally {
    await ext.dispose();
  }
});
