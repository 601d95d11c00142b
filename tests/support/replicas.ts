// Serves the local replicas of facebook.com, instagram.com and x.com (tests/replicas/) on the sites' real
// origins inside a Playwright browser context, so content scripts match and tests use real URLs.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';
import type { EditorKind, ReplicaWindow } from '../replicas/shared/replica-api';

export type { EditorKind, ReplicaApi } from '../replicas/shared/replica-api';

export const replicaOrigins = {
  facebook: 'https://www.facebook.com',
  instagram: 'https://www.instagram.com',
  x: 'https://x.com',
} as const;

export type ReplicaSite = keyof typeof replicaOrigins;
export const replicaSites = Object.keys(replicaOrigins) as ReplicaSite[];

/**
 * Example pages per site. `profileA` and `profileB` are two managed accounts (navigate between them with the
 * in-page links); `postWithComments` has an editor and comments in Arabic and English; `reserved` is one of
 * the site's own pages, which is never a profile.
 */
export const replicaUrls = {
  facebook: {
    profileA: 'https://www.facebook.com/wasla.demo',
    profileAById: 'https://www.facebook.com/profile.php?id=100064000000001',
    profileAPeople: 'https://www.facebook.com/people/Wasla-Demo/100064000000001/',
    profileB: 'https://www.facebook.com/acme.store',
    postWithComments: 'https://www.facebook.com/wasla.demo/posts/pfbid02WaslaDemoPost1',
    reserved: 'https://www.facebook.com/groups/feed/',
  },
  instagram: {
    profileA: 'https://www.instagram.com/wasla.demo/',
    profileB: 'https://www.instagram.com/acme.store/',
    postWithComments: 'https://www.instagram.com/p/DBq7WaslaQ1/',
    reserved: 'https://www.instagram.com/explore/',
  },
  x: {
    profileA: 'https://x.com/wasla_demo',
    profileB: 'https://x.com/acme_store',
    postWithComments: 'https://x.com/wasla_demo/status/1856000000000000001',
    reserved: 'https://x.com/home',
  },
} as const;

/** X's home timeline that streams in `count` posts, `batchSize` per task; sets `<html data-stream-done="1">`. */
export function xHomeStreamUrl(count: number, batchSize: number): string {
  return `${replicaOrigins.x}/home?stream=${count}&batch=${batchSize}`;
}

export const replicaBuildDir = resolve(import.meta.dirname, '../replicas/.build');
const replicasDir = resolve(import.meta.dirname, '../replicas');

/** Where each replica's bundle is served; its index.html loads exactly these. */
const bundlePaths = { '/__replica/app.js': 'js', '/__replica/app.css': 'css' } as const;

interface ReplicaFiles {
  html: string;
  js: string;
  css: string;
}

function readReplicaFiles(site: ReplicaSite): ReplicaFiles {
  const js = join(replicaBuildDir, `${site}.js`);
  const css = join(replicaBuildDir, `${site}.css`);
  if (!existsSync(js) || !existsSync(css)) {
    throw new Error(`replica bundle ${js} is missing: run npx tsx tests/replicas/build.ts`);
  }
  return {
    html: readFileSync(join(replicasDir, site, 'index.html'), 'utf8'),
    js: readFileSync(js, 'utf8'),
    css: readFileSync(css, 'utf8'),
  };
}

const contentTypes = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const;

async function fulfillReplicaRequest(route: Route, files: ReplicaFiles): Promise<void> {
  const request = route.request();
  const { pathname } = new URL(request.url());
  const bundle = bundlePaths[pathname as keyof typeof bundlePaths];
  if (bundle) return route.fulfill({ status: 200, contentType: contentTypes[bundle], body: files[bundle] });
  // Every page of the site is the same single-page app; the app picks what to render from the path.
  if (request.resourceType() === 'document') {
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: files.html });
  }
  // favicon.ico, API calls and anything else the real site would serve: nothing here.
  return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not part of the replica' });
}

function originPattern(origin: string): RegExp {
  return new RegExp(`^${origin.replace(/[.]/g, '\\.')}(?:/|$)`);
}

/** Hosts the real sites redirect to their canonical origin (facebook.com → www.facebook.com, twitter.com → x.com). */
const canonicalHosts: Record<string, ReplicaSite> = {
  'facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'instagram.com': 'instagram',
  'www.x.com': 'x',
  'twitter.com': 'x',
  'www.twitter.com': 'x',
};

/**
 * Routes the three sites' origins in `context` to the replicas: the app's HTML for every page, its bundle at
 * /__replica/app.{js,css}, 404 for anything else. Other origins are left alone.
 * Throws when the bundles have not been built.
 */
export async function serveReplicas(context: BrowserContext): Promise<void> {
  for (const site of replicaSites) {
    const files = readReplicaFiles(site);
    await context.route(originPattern(replicaOrigins[site]), (route) => fulfillReplicaRequest(route, files));
  }
  const aliasPattern = new RegExp(`^https://(${Object.keys(canonicalHosts).join('|').replace(/[.]/g, '\\.')})(?:/|$)`);
  await context.route(aliasPattern, (route) => {
    const url = new URL(route.request().url());
    const site = canonicalHosts[url.host];
    if (!site || route.request().resourceType() !== 'document') return route.fulfill({ status: 404 });
    // The real sites answer 301; Playwright does not route the request a fulfilled redirect leads to (it would
    // go to the network), so the replica redirects from the page instead.
    const canonical = replicaOrigins[site] + url.pathname + url.search + url.hash;
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><script>location.replace(${JSON.stringify(canonical)})</script>`,
    });
  });
}

export interface ReplicaState {
  site: ReplicaSite;
  editorKind: EditorKind;
  /** The composer's text from its editor's own model; null on a page without a composer. */
  modelText: string | null;
  /** Whether the composer's submit control is enabled as rendered; null on a page without a composer. */
  submitEnabled: boolean | null;
  submitted: string[];
}

/** What the replica in `page` reports through `window.__replica` (see `ReplicaApi`). */
export async function readReplica(page: Page): Promise<ReplicaState> {
  return page.evaluate(() => {
    const api = (window as unknown as ReplicaWindow).__replica;
    const hasComposer = api.hasComposer();
    return {
      site: api.site,
      editorKind: api.editorKind,
      modelText: hasComposer ? api.modelText() : null,
      submitEnabled: hasComposer ? api.submitEnabled() : null,
      submitted: [...api.submitted],
    };
  });
}
