import { describe, expect, it } from 'vitest';
import type { Template } from '../../../utils/model/template';
import { LocalTemplateSearch, type IdleScheduler } from '../../../utils/templates/local-search';
import { TemplateIndex } from '../../../utils/templates/search';
import { templateCorpus } from '../../bench/template-search.bench';
import { recordStamps } from '../../support/records';

const later = '2026-11-02T08:00:00.000Z';

/** The bench's corpus (several clients, all-client templates, three sites), cut to keep the test quick. */
const corpus: Template[] = templateCorpus()
  .templates.slice(0, 1500)
  .map((t) => ({ ...t, ...recordStamps }));
const clientId = corpus.find((t) => t.clientId !== null)!.clientId;
const otherClient = corpus.find((t) => t.clientId !== null && t.clientId !== clientId)!.clientId;

const queries = ['', 'shipping', 'refund', 'تاخير الشحنه', 'شحن', 'order stat', 'delivry', 'cafe', 'xyzzy', 'the'];

/** What the background answers (entrypoints/background/templates.ts: its index over every live template). */
function backgroundAnswers(templates: Template[], client: string | null) {
  const live = templates.filter((t) => t.deletedAt === null);
  const index = new TemplateIndex(live);
  const byId = new Map(live.map((t) => [t.id, t]));
  return queries.map((q) =>
    index
      .search(q, { clientId: client, platform: 'x', limit: 30 })
      .map((id) => byId.get(id)!)
      .filter((t) => t.clientId === null || t.clientId === client),
  );
}

/** Idle periods run one at a time when the test says so, each already over (the build's smallest slices). */
function idleQueue() {
  const waiting: ((timeLeft: () => number) => void)[] = [];
  const idle: IdleScheduler = (work) => void waiting.push(work);
  const runAll = async () => {
    await Promise.resolve();
    let slices = 0;
    while (waiting.length > 0) {
      waiting.shift()!(() => 0);
      slices += 1;
      await Promise.resolve();
    }
    return slices;
  };
  return { idle, runAll };
}

describe("the sidebar frame's own template search", () => {
  it('answers as the background does, for the open client and for none, once built in idle slices', async () => {
    const { idle, runAll } = idleQueue();
    const local = new LocalTemplateSearch(async () => corpus, idle);
    const refreshed = local.refresh();
    expect(local.search('shipping', { clientId, platform: 'x' })).toBeNull();
    const slices = await runAll();
    await refreshed;
    expect(slices).toBeGreaterThan(1); // built in more than one idle period
    expect(local.ready).toBe(true);
    for (const client of [clientId, otherClient, null]) {
      const answers = queries.map((q) => local.search(q, { clientId: client, platform: 'x', limit: 30 }));
      expect(answers).toEqual(backgroundAnswers(corpus, client));
    }
    expect(local.search('shipping', { clientId, platform: 'x', limit: 30 })!.length).toBeGreaterThan(0);
  });

  it('follows a template change: stale (background answers) until re-read, then as the background again', async () => {
    let stored: Template[] = corpus;
    const { idle, runAll } = idleQueue();
    const local = new LocalTemplateSearch(async () => stored, idle);
    const first = local.refresh();
    await runAll();
    await first;

    const renamed = { ...stored[10]!, title: 'Quokka festival tickets', clientId: null, updatedAt: later };
    const added: Template = {
      ...stored[0]!,
      id: '00000000-0000-4000-8000-00000000abcd',
      title: 'Quokka parade route',
      clientId,
      updatedAt: later,
    };
    const removed = { ...stored[20]!, deletedAt: later, updatedAt: later };
    const used = { ...stored[30]!, usageCount: stored[30]!.usageCount + 500, updatedAt: later };
    stored = [...stored.map((t, i) => (i === 10 ? renamed : i === 20 ? removed : i === 30 ? used : t)), added];

    let readyNow = true;
    const stop = local.onReady((ready) => (readyNow = ready));
    const second = local.refresh();
    expect(readyNow).toBe(false);
    expect(local.search('quokka', { clientId, platform: 'x' })).toBeNull();
    await second;
    stop();
    expect(readyNow).toBe(true);

    const quokka = local.search('quokka', { clientId, platform: 'x' })!.map((t) => t.title);
    expect(quokka.sort()).toEqual(['Quokka festival tickets', 'Quokka parade route'].sort());
    // The new template is the open client's: another client's page never lists it.
    expect(local.search('quokka', { clientId: otherClient, platform: 'x' })!.map((t) => t.id)).toEqual([renamed.id]);
    for (const client of [clientId, otherClient, null]) {
      const answers = queries.map((q) => local.search(q, { clientId: client, platform: 'x', limit: 30 }));
      const expected = backgroundAnswers(stored, client);
      // Same templates, same order of scores; equal scores may tie in another order (indexed at another time).
      expect(answers.map((a) => a!.map((t) => t.id).sort())).toEqual(expected.map((e) => e.map((t) => t.id).sort()));
    }
    expect(
      local.search('', { clientId: removed.clientId, platform: 'x', limit: 2000 })!.map((t) => t.id),
    ).not.toContain(removed.id);
  });

  it('reads again only the templates a change named, and keeps the ids of a read that a newer one overtook', async () => {
    let stored: Template[] = corpus;
    const asked: (readonly string[] | undefined)[] = [];
    let hold: Promise<void> | null = null;
    const { idle, runAll } = idleQueue();
    const local = new LocalTemplateSearch(async (ids) => {
      asked.push(ids);
      if (hold) await hold;
      return ids ? stored.filter((t) => ids.includes(t.id)) : stored;
    }, idle);
    const first = local.refresh();
    await runAll();
    await first;
    expect(asked).toEqual([undefined]);

    const used = { ...stored[30]!, usageCount: stored[30]!.usageCount + 900, updatedAt: later };
    const renamed = { ...stored[40]!, title: 'Quokka bakery hours', clientId: null, updatedAt: later };
    const removed = { ...stored[50]!, deletedAt: later, updatedAt: later };
    stored = stored.map((t, i) => (i === 30 ? used : i === 40 ? renamed : i === 50 ? removed : t));

    // The read for the first change is overtaken by the second's before it answers: the second reads both.
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    const overtaken = local.refresh([used.id]);
    hold = null;
    const second = local.refresh([renamed.id, removed.id]);
    release();
    await Promise.all([overtaken, second]);
    expect(asked.slice(1)).toEqual([[used.id], [used.id, renamed.id, removed.id]]);
    expect(local.ready).toBe(true);

    expect(local.search('quokka', { clientId, platform: 'x' })!.map((t) => t.id)).toEqual([renamed.id]);
    const everything = local.search('', { clientId: removed.clientId, platform: 'x', limit: 2000 })!;
    expect(everything.map((t) => t.id)).not.toContain(removed.id);
    for (const client of [clientId, otherClient, null]) {
      const answers = queries.map((q) => local.search(q, { clientId: client, platform: 'x', limit: 30 }));
      const expected = backgroundAnswers(stored, client);
      expect(answers.map((found) => found!.map((t) => t.id).sort())).toEqual(
        expected.map((e) => e.map((t) => t.id).sort()),
      );
    }
  });

  it('stays off when the templates cannot be read (the background keeps answering)', async () => {
    const { idle, runAll } = idleQueue();
    const local = new LocalTemplateSearch(async () => null, idle);
    const done = local.refresh();
    await runAll();
    await done;
    expect(local.ready).toBe(false);
    expect(local.search('shipping', { clientId, platform: 'x' })).toBeNull();
  });
});
