// insert-latency-ms: activating a template in the sidebar → the X replica's Draft.js model holds the text.
// Measured on the wall clock (timeOrigin + now) of both: the click is dispatched on the sidebar button inside its
// frame (an extension page, its own process), then each editor mutation in the page checks the model; median of 15. Baseline, same run: the editor's own cost, a synthetic paste of the same text
// dispatched straight at the editor from the page.
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension } from '../support/extension';
import { replicaUrls, serveReplicas } from '../support/replicas';
import { ensureTagged, sidebarOf } from '../support/sidebar';
import { median, row, type BenchRow } from './row';

const text = 'شكرًا لتواصلك معنا 🙏🏽\n\nThanks for reaching out: https://acme.example/help';
const runs = 15;
const composer = '[data-testid="tweetTextarea_0"][contenteditable="true"]';

export default async function insertLatency(): Promise<BenchRow[]> {
  const ext = await launchWithExtension();
  try {
    await serveReplicas(ext.context);
    const options = await ext.context.newPage();
    await openExtensionPage(options, ext.extensionId, 'options.html');
    await sendToBackground(options, 'saveRecord', {
      store: 'templates',
      record: { title: 'Bench reply', bodies: { en: text }, clientId: null },
    });
    const page = await ext.context.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps the functions sent to page.evaluate in a
    // `__name` helper the page does not have.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.goto(replicaUrls.x.postWithComments);
    await ensureTagged(page, 'Bench client');
    await sidebarOf(page)
      .getByRole('button', { name: /^Bench reply/ })
      .waitFor();
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/sidebar.html'))!;

    const clear = async () => {
      await page.locator(composer).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
    };
    // Installs the watch on the editor's model in the page; `window.__inserted` resolves with the wall-clock time the
    // model holds the text.
    const watchModel = () =>
      page.evaluate(
        ([expected, selector]) => {
          const replica = (window as never as { __replica: { modelText(): string } }).__replica;
          const editor = document.querySelector(selector!) as HTMLElement;
          (window as never as { __inserted: Promise<number> }).__inserted = new Promise<number>((resolve, reject) => {
            const observer = new MutationObserver(() => {
              if (replica.modelText() !== expected) return;
              observer.disconnect();
              resolve(performance.timeOrigin + performance.now());
            });
            observer.observe(editor, { childList: true, subtree: true, characterData: true });
            setTimeout(() => reject(new Error('model never matched')), 5000);
          });
        },
        [text, composer] as const,
      );
    const inserted = () => page.evaluate(() => (window as never as { __inserted: Promise<number> }).__inserted);
    const measureOnce = async (how: 'sidebar' | 'paste') => {
      await watchModel();
      const started =
        how === 'sidebar'
          ? // The sidebar's button, clicked inside its frame (a string: the frame has no `__name` helper either).
            ((await frame.evaluate(
              `(() => { const at = performance.timeOrigin + performance.now(); [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Bench reply')).click(); return at; })()`,
            )) as number)
          : await page.evaluate(
              ([expected, selector]) => {
                const editor = document.querySelector(selector!) as HTMLElement;
                const at = performance.timeOrigin + performance.now();
                const data = new DataTransfer();
                data.setData('text/plain', expected!);
                editor.focus();
                editor.dispatchEvent(
                  new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
                );
                return at;
              },
              [text, composer] as const,
            );
      return (await inserted()) - started;
    };

    const sidebar: number[] = [];
    const paste: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      await clear();
      const viaSidebar = await measureOnce('sidebar');
      await clear();
      const viaPaste = await measureOnce('paste');
      if (i >= 2) {
        sidebar.push(viaSidebar);
        paste.push(viaPaste);
      }
    }
    return [
      row(
        'insert-latency-ms',
        median(sidebar),
        'ms',
        median(paste),
        `X replica (Draft.js), median of ${runs}: sidebar button → model updated; baseline = the same text pasted straight into the editor; goal <= 50`,
      ),
    ];
  } finally {
    await ext.dispose();
  }
}
