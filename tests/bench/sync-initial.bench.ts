// sync-initial-10k-s: a new member's first sync of a team holding 10,000 rows (clients, contracts, templates,
// labels, time entries): the built extension in Chromium joins the team by invite and syncs into its real
// IndexedDB, with the progress the views show counted from the status item. The same pull through the engine
// into fake-indexeddb (Node) is in the note. Baseline: the same sync_pull pages without writing anything.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../utils/db/open';
import { pullTeam } from '../../utils/sync/engine';
import { call, newBrowser, newTeam, startBackend, type Browser } from '../sync/backend';
import { median, row, type BenchRow } from './row';
import { openExtensionPage, sendToBackground } from '../support/background';
import { launchWithExtension } from '../support/extension';
import type { Standin } from '../support/standin/server';

/** One new member in Chromium: sign up, join by invite, sync; seconds from the join until everything is stored. */
async function chromeFirstSync(
  standin: Standin,
  owner: Browser,
  teamId: string,
): Promise<{ seconds: number; progressUpdates: number }> {
  const ext = await launchWithExtension();
  try {
    const page = await ext.context.newPage();
    await page.addInitScript('window.__name = (fn) => fn');
    await openExtensionPage(page, ext.extensionId, 'options.html');
    const steps = [
      await sendToBackground(page, 'setSyncConfig', { config: { url: standin.url, anonKey: standin.anonKey } }),
      await sendToBackground(page, 'signUp', {
        email: `chrome-${crypto.randomUUID()}@wasla.test`,
        password: 'wasla-bench-password',
      }),
    ];
    if (steps.some((step) => !step.ok)) throw new Error(`sign-up refused: ${JSON.stringify(steps)}`);
    const invite = await call<{ code: string }>(owner, 'create_invite', { team: teamId });
    // What the indicators see: every status the background publishes while it syncs.
    await page.evaluate(() => {
      const seen: unknown[] = [];
      Object.assign(window, { seenProgress: seen });
      chrome.storage.onChanged.addListener((changes) => {
        const progress = (changes.syncStatus?.newValue as { progress?: unknown } | undefined)?.progress;
        if (progress) seen.push(progress);
      });
    });
    const started = performance.now();
    const joined = await sendToBackground(page, 'joinTeam', { code: invite.code });
    if (!joined.ok) throw new Error(`join refused: ${JSON.stringify(joined.problems)}`);
    const synced = await sendToBackground(page, 'syncNow');
    const seconds = (performance.now() - started) / 1000;
    if (!synced.ok || synced.value.state !== 'synced') throw new Error(`sync ended ${JSON.stringify(synced)}`);
    let stored = 0;
    for (const store of ['clients', 'contracts', 'templates', 'labels', 'entries'] as const) {
      const listed = await sendToBackground(page, 'listRecords', { store });
      stored += listed.ok ? listed.value.length : 0;
    }
    if (stored !== total) throw new Error(`Chromium stored ${stored} of ${total}`);
    const progressUpdates = await page.evaluate(
      () => (window as unknown as { seenProgress: unknown[] }).seenProgress.length,
    );
    return { seconds, progressUpdates };
  } finally {
    await ext.dispose();
  }
}

const runs = 3;
const mix = { clients: 100, contracts: 200, templates: 1000, labels: 2700, entries: 6000 };
const total = Object.values(mix).reduce((a, b) => a + b, 0);

/** The team's rows, made by the admin through sync_push (as their browser would), 5000 mutations a call. */
async function seedTeam(admin: Browser, teamId: string): Promise<void> {
  const clients = Array.from({ length: mix.clients }, () => crypto.randomUUID());
  const rows: [string, Record<string, unknown>][] = [
    ...clients.map((id, i): [string, Record<string, unknown>] => [
      'clients',
      { id, name_en: `Client ${i}`, name_ar: 'عميل' },
    ]),
    ...Array.from({ length: mix.contracts }, (_, i): [string, Record<string, unknown>] => [
      'contracts',
      {
        id: crypto.randomUUID(),
        client_id: clients[i % clients.length],
        starts_on: '2026-01-01',
        monthly_hours: 40,
        min_daily_hours: 2,
      },
    ]),
    ...Array.from({ length: mix.templates }, (_, i): [string, Record<string, unknown>] => [
      'templates',
      {
        id: crypto.randomUUID(),
        title: `Template ${i}`,
        bodies: { ar: 'شكراً لتواصلكم معنا', en: `Thanks for reaching out (${i})` },
        client_id: i % 3 ? clients[i % clients.length] : null,
        tags: ['bench'],
      },
    ]),
    ...Array.from({ length: mix.labels }, (_, i): [string, Record<string, unknown>] => [
      'post_labels',
      {
        id: crypto.randomUUID(),
        client_id: clients[i % clients.length],
        platform: 'x',
        post_url: `https://x.com/a/status/${i}`,
        excerpt: 'Do you deliver?',
        label: 'question',
      },
    ]),
    ...Array.from({ length: mix.entries }, (_, i): [string, Record<string, unknown>] => {
      const start = Date.UTC(2025, 0, 1) + i * 3_600_000;
      return [
        'time_entries',
        {
          id: crypto.randomUUID(),
          client_id: clients[i % clients.length],
          start: new Date(start).toISOString(),
          end: new Date(start + 45 * 60_000).toISOString(),
          source: 'timer',
          platform: 'facebook',
          note: '',
        },
      ];
    }),
  ];
  for (let i = 0; i < rows.length; i += 5000) {
    const mutations = rows
      .slice(i, i + 5000)
      .map(([table, r]) => ({ id: crypto.randomUUID(), table, op: 'upsert', base_revision: null, row: r }));
    const answer = await call<{ results: { status: string }[] }>(admin, 'sync_push', {
      team: teamId,
      device: admin.device,
      mutations,
    });
    const applied = answer.results.filter((r) => r.status === 'applied').length;
    if (applied !== mutations.length) throw new Error(`seeding applied ${applied} of ${mutations.length}`);
  }
}

export default async function (): Promise<BenchRow[]> {
  const backend = await startBackend();
  try {
    const team = await newTeam(backend.standin, 'Initial sync');
    await seedTeam(team.admin, team.teamId);
    const newcomer = await newBrowser(backend.standin, 'newcomer');
    const invite = await call<{ code: string }>(team.owner, 'create_invite', { team: team.teamId });
    await call(newcomer, 'redeem_invite', { code: invite.code });

    const pulls: number[] = [];
    const updates: number[] = [];
    for (let i = 0; i < runs; i++) {
      const db = await openDatabase(`wasla-bench-initial-${crypto.randomUUID()}`);
      let progress = 0;
      const started = performance.now();
      const applied = await pullTeam(db, newcomer.rpc, { teamId: team.teamId, onProgress: () => progress++ });
      pulls.push((performance.now() - started) / 1000);
      updates.push(progress);
      const stored = (
        await Promise.all(
          ['clients', 'contracts', 'templates', 'labels', 'entries'].map((s) => db.count(s as 'clients')),
        )
      ).reduce((a, b) => a + b, 0);
      if (applied !== total || stored !== total)
        throw new Error(`pulled ${applied}, stored ${stored}, expected ${total}`);
      db.close();
    }

    const raws: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      let since = 0;
      let received = 0;
      for (;;) {
        const page = (await newcomer.rpc('sync_pull', { team: team.teamId, since, page_size: 1000 })) as {
          changes: unknown[];
          next_since: number;
          has_more: boolean;
        };
        received += page.changes.length;
        since = page.next_since;
        if (!page.has_more) break;
      }
      raws.push((performance.now() - started) / 1000);
      if (received !== total) throw new Error(`raw pull received ${received} rows, expected ${total}`);
    }
    const chrome: { seconds: number; progressUpdates: number }[] = [];
    for (let i = 0; i < runs; i++) chrome.push(await chromeFirstSync(backend.standin, team.owner, team.teamId));
    return [
      row(
        'sync-initial-10k-s',
        median(chrome.map((c) => c.seconds)),
        's',
        median(raws),
        `a new member's first sync of ${total} rows (${Object.entries(mix)
          .map(([s, n]) => `${n} ${s}`)
          .join(', ')}): the extension in ` +
          `Chromium joins by invite and syncs into its IndexedDB, median of ${runs}; progress statuses the views saw: ` +
          `${chrome.map((c) => c.progressUpdates).join('/')}; the engine alone into fake-indexeddb (Node): ${median(pulls).toFixed(2)} s ` +
          `(${updates.join('/')} progress callbacks); baseline: the same sync_pull pages through supabase-js, nothing written`,
      ),
    ];
  } finally {
    await backend.stop();
  }
}
