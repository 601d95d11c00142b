// The Firefox build (.output/firefox-mv2) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi
// (recipe: shared ENVIRONMENT.md "Firefox (proven)"), with the replicas served on the sites' real origins.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ProtocolMap } from '@/utils/messages';
import { replicaBuildDir, replicaOrigins, replicaSites, type ReplicaSite } from '../support/replicas';
import { waitFor } from './dom';

export const firefoxExtensionDir = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const geckoId = 'wasla@wasla.app';
/** Fixed so extension pages have a known origin (Firefox gives each profile a random one otherwise). */
const extensionUuid = '7a5c0f2e-1b1d-4c8e-9f6a-3d2b1e0f5a11';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found)
    throw new Error('Firefox not found: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  return found;
}

export interface Firefox {
  browser: Browser;
  /** Where the browser saves downloads, without asking. */
  downloadsDir: string;
  /** A new tab serving the replicas, at `url`. */
  openReplica(url: string): Promise<Page>;
  /** A new tab showing one of the extension's pages (popup.html, options.html#backup …). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(join(firefoxExtensionDir, 'manifest.json'))) {
    throw new Error(`${firefoxExtensionDir} is missing: run npx wxt build -b firefox`);
  }
  const downloadsDir = mkdtempSync(join(tmpdir(), 'wasla-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // BiDi refuses to navigate a tab to moz-extension:// (a privileged scheme to the remote agent) unless
    // system access is allowed; the suite opens the popup and options page that way.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv',
    },
  });
  try {
    const installed = await browser.installExtension(firefoxExtensionDir);
    if (installed !== geckoId) throw new Error(`installed add-on is ${installed}, expected ${geckoId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const files = Object.fromEntries(replicaSites.map((site) => [site, readReplicaFiles(site)])) as Record<
    ReplicaSite,
    ReplicaFiles
  >;
  return {
    browser,
    downloadsDir,
    async openReplica(url) {
      const page = await browser.newPage();
      await serveReplicas(page, files);
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${path}`;
      // The tab changes process on this navigation and Puppeteer never sees it finish (it reports a detached
      // frame), although the tab shows the page and evaluates in it: start it, then wait for the document.
      void page.goto(url).catch(() => undefined);
      await waitFor(`${url} to load`, () =>
        page.evaluate(() => location.href.startsWith('moz-extension:') && document.readyState === 'complete'),
      );
      return page;
    },
    async close() {
      await browser.close();
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

interface ReplicaFiles {
  html: string;
  js: string;
  css: string;
}

function readReplicaFiles(site: ReplicaSite): ReplicaFiles {
  const bundle = (ext: string) => join(replicaBuildDir, `${site}.${ext}`);
  if (!existsSync(bundle('js')))
    throw new Error(`replica bundle ${bundle('js')} is missing: run npx tsx tests/replicas/build.ts`);
  return {
    html: readFileSync(resolve(replicaBuildDir, '..', site, 'index.html'), 'utf8'),
    js: readFileSync(bundle('js'), 'utf8'),
    css: readFileSync(bundle('css'), 'utf8'),
  };
}

const siteByOrigin = new Map<string, ReplicaSite>(replicaSites.map((site) => [replicaOrigins[site], site]));

/**
 * Serves the replicas on their real origins in this tab, as tests/support/replicas.ts does for Playwright. BiDi
 * gives no resource type, so it routes by path: the bundle, 404 for static files (favicon …) and API calls, and the app's HTML for every other path (a document). Other origins are refused: no internet here.
 */
async function serveReplicas(page: Page, files: Record<ReplicaSite, ReplicaFiles>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    const site = siteByOrigin.get(url.origin);
    // The extension's own frames (moz-extension:) load as usual; other web origins are refused.
    if (!site) return void (/^https?:$/.test(url.protocol) ? request.abort('blockedbyclient') : request.continue());
    const replica = files[site];
    if (url.pathname === '/__replica/app.js')
      return void request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: replica.js });
    if (url.pathname === '/__replica/app.css')
      return void request.respond({ status: 200, contentType: 'text/css; charset=utf-8', body: replica.css });
    // Handles end in dots too (/wasla.demo, /acme.store): only the file types a page fetches are files.
    if (
      /\.(?:ico|png|jpe?g|gif|webp|svg|js|mjs|css|map|json|woff2?|ttf|webmanifest)$/i.test(url.pathname) ||
      url.pathname.startsWith('/api/')
    ) {
      return void request.respond({ status: 404, contentType: 'text/plain', body: 'not part of the replica' });
    }
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: replica.html });
  });
}

/**
 * Sends a message in the extension's wire format (@webext-core/messaging) from an extension page, as the popup
 * and options page do.
 */
export async function sendToBackground<T extends keyof ProtocolMap>(
  extensionPage: Page,
  type: T,
  data?: Parameters<ProtocolMap[T]>[0],
): Promise<ReturnType<ProtocolMap[T]>> {
  const reply = (await extensionPage.evaluate(
    (messageType, messageData) =>
      (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
        id: Date.now(),
        type: messageType,
        data: messageData,
        timestamp: Date.now(),
      }),
    type,
    data as never,
  )) as { res?: ReturnType<ProtocolMap[T]>; err?: unknown };
  if (reply.err !== undefined || reply.res === undefined)
    throw new Error(`background failed on ${type}: ${JSON.stringify(reply.err)}`);
  return reply.res;
}

/**
 * Restarts the background the hard way: reloads its page, so every global and in-memory timer is gone and it
 * starts again from storage, like a browser or add-on restart. (Firefox keeps an MV2 background page alive; this
 * is what a restart looks like to the code.) Returns once the new background answers.
 */
export async function restartBackground(extensionPage: Page): Promise<void> {
  const marked = await extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const background = (await api.runtime.getBackgroundPage()) as (Window & { waslaBeforeRestart?: boolean }) | null;
    if (!background) return false;
    background.waslaBeforeRestart = true;
    background.location.reload();
    return true;
  });
  if (!marked) throw new Error('no background page to restart');
  await waitFor('the restarted background to answer', async () => {
    const fresh = await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const background = (await api.runtime.getBackgroundPage()) as (Window & { waslaBeforeRestart?: boolean }) | null;
      return !!background && background.document.readyState === 'complete' && !background.waslaBeforeRestart;
    });
    if (!fresh) return false;
    return (await sendToBackground(extensionPage, 'ping')).ok;
  });
}
