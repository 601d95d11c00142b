// Two teammates using Wasla at once: an admin and a member each create, edit and delete their own records in
// their own browser (time entries, labels, templates; the admin also clients and contracts), syncing now and then
// as the background would, some edits landing while a push or pull is in flight. Every choice comes from a seeded PRNG and
// the browsers take turns, so with the stand-in's seeded faults the same seed makes the same calls fail.
// `verify` then compares what each user last wrote, what each browser holds and what the server holds.
import type pg from 'pg';
import { writeRecord } from '../../utils/db/outbox';
import { recordSchemas, type RecordOf } from '../../utils/model';
import { fromRow, syncedStores, tableOf, toRow, type SyncedStore } from '../../utils/sync/mapping';
import type { Faults, FaultCounts, Standin } from '../support/standin/server';
import type { Browser, Team } from './backend';
import { syncRound, syncUntilQuiet } from './sync-round';
import { mulberry32 } from '../support/prng';

type AnyRecord = RecordOf<SyncedStore>;

const hour = 3_600_000;
const firstSlot = Date.UTC(2026, 0, 4, 6);

/** As the background saves a user's change: read, validate and write with the outbox in one transaction. */
export async function writeAsBackground(
  browser: Browser,
  teamId: string,
  store: SyncedStore,
  id: string,
  change: (existing: AnyRecord | undefined) => Record<string, unknown>,
): Promise<AnyRecord> {
  const tx = browser.db.transaction([store, 'outbox'], 'readwrite');
  const existing = (await tx.objectStore(store).get(id)) as AnyRecord | undefined;
  const stamp = new Date().toISOString();
  const record = recordSchemas[store].parse({
    ...existing,
    ...change(existing),
    id,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
    teamId,
  }) as AnyRecord;
  await writeRecord(tx, store, record as never, existing as never);
  await tx.done;
  return record;
}

/** One user in their browser. `intent` is the last thing they wrote to each record: what must reach everyone. */
export class Actor {
  readonly intent = new Map<string, { store: SyncedStore; record: AnyRecord }>();
  readonly baseClients: string[] = [];
  private readonly scratchClients = new Set<string>();
  private made = 0;

  constructor(
    readonly browser: Browser,
    readonly name: 'admin' | 'member',
    readonly teamId: string,
    private readonly random: () => number,
    private readonly sharedClients: () => string[],
  ) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private live(store: SyncedStore, filter: (id: string) => boolean = () => true): string[] {
    return [...this.intent]
      .filter(([id, x]) => x.store === store && x.record.deletedAt === null && filter(id))
      .map(([id]) => id);
  }

  async write(
    store: SyncedStore,
    id: string,
    change: (existing: AnyRecord | undefined) => Record<string, unknown>,
  ): Promise<AnyRecord> {
    const record = await writeAsBackground(this.browser, this.teamId, store, id, change);
    this.intent.set(id, { store, record });
    return record;
  }

  private create(store: SyncedStore, fields: Record<string, unknown>): Promise<AnyRecord> {
    this.made++;
    return this.write(store, crypto.randomUUID(), () => fields);
  }

  private remove(store: SyncedStore, id: string): Promise<AnyRecord> {
    return this.write(store, id, () => ({ deletedAt: new Date().toISOString() }));
  }

  async createBaseClient(): Promise<void> {
    const record = await this.create('clients', { nameEn: `${this.name} client ${this.made}`, nameAr: 'عميل' });
    this.baseClients.push(record.id);
  }

  private createEntry(): Promise<AnyRecord> {
    // Each entry has a three-hour slot of its own and stays inside it, so one person's entries never overlap.
    const start = firstSlot + this.made * 3 * hour;
    return this.create('entries', {
      clientId: this.pick(this.sharedClients()),
      start: new Date(start).toISOString(),
      end: new Date(start + (30 + Math.floor(this.random() * 90)) * 60_000).toISOString(),
      source: this.pick(['timer', 'manual', 'auto'] as const),
      platform: this.pick([null, 'facebook', 'instagram', 'x'] as const),
      note: `${this.name} entry ${this.made}`,
    });
  }

  private createLabel(): Promise<AnyRecord> {
    return this.create('labels', {
      clientId: this.pick(this.sharedClients()),
      platform: 'x',
      postUrl: `https://x.com/${this.name}/status/${this.made}`,
      excerpt: `post ${this.made}`,
      label: this.pick(['question', 'complaint', 'praise']),
    });
  }

  private createTemplate(): Promise<AnyRecord> {
    return this.create('templates', {
      title: `${this.name} template ${this.made}`,
      bodies: { ar: 'شكراً لتواصلكم', en: `Thanks (${this.made})` },
      clientId: this.random() < 0.5 ? null : this.pick(this.sharedClients()),
      tags: [`tag${this.made % 5}`],
    });
  }

  private createContract(): Promise<AnyRecord> {
    const day = new Date(Date.UTC(2026, 0, 1) + this.made * 86_400_000).toISOString().slice(0, 10);
    const paid = this.random() < 0.5;
    return this.create('contracts', {
      clientId: this.pick(this.baseClients),
      startsOn: day,
      monthlyHours: 10 + Math.floor(this.random() * 100),
      minDailyHours: 1 + Math.floor(this.random() * 4),
      hourlyRate: paid ? 100 : null,
      currency: paid ? 'SAR' : null,
    });
  }

  private async createScratchClient(): Promise<AnyRecord> {
    const record = await this.create('clients', { nameEn: `${this.name} scratch ${this.made}`, color: '#1d4ed8' });
    this.scratchClients.add(record.id);
    return record;
  }

  /** Edits (or, for `remove`, deletes) one of the user's live records of `store`; false when there is none. */
  private async change(
    store: SyncedStore,
    kind: 'edit' | 'remove',
    filter?: (id: string) => boolean,
  ): Promise<boolean> {
    const ids = this.live(store, filter);
    if (ids.length === 0) return false;
    const id = this.pick(ids);
    if (kind === 'remove') {
      await this.remove(store, id);
      return true;
    }
    const n = Math.floor(this.random() * 1e6);
    const edits: Record<SyncedStore, (r: AnyRecord) => Record<string, unknown>> = {
      entries: (r) => {
        const start = Date.parse((r as RecordOf<'entries'>).start);
        return {
          end: new Date(start + (30 + Math.floor(this.random() * 120)) * 60_000).toISOString(),
          note: `edited ${n}`,
        };
      },
      labels: () => ({ label: this.pick(['question', 'complaint', 'praise', 'lead']), note: `edited ${n}` }),
      templates: (r) => ({
        bodies: { ...(r as RecordOf<'templates'>).bodies, en: `Thanks again (${n})` },
        tags: [`tag${n % 7}`],
      }),
      clients: () => ({ notes: `edited ${n}`, color: `#${n.toString(16).padStart(6, '0').slice(-6)}` }),
      contracts: () => ({ monthlyHours: 10 + (n % 100) }),
      accounts: () => ({}),
      snapshots: () => ({}),
    };
    await this.write(store, id, (existing) => edits[store](existing!));
    return true;
  }

  /** One user action, chosen by weight; an edit or delete with nothing to act on creates instead. */
  async step(): Promise<void> {
    type Op = [number, () => Promise<unknown>];
    const own: Op[] = [
      [20, () => this.createEntry()],
      [14, async () => (await this.change('entries', 'edit')) || this.createEntry()],
      [5, async () => (await this.change('entries', 'remove')) || this.createEntry()],
      [9, () => this.createLabel()],
      [7, async () => (await this.change('labels', 'edit')) || this.createLabel()],
      [3, async () => (await this.change('labels', 'remove')) || this.createLabel()],
      [6, () => this.createTemplate()],
      [10, async () => (await this.change('templates', 'edit')) || this.createTemplate()],
      [2, async () => (await this.change('templates', 'remove')) || this.createTemplate()],
    ];
    const adminOnly: Op[] = [
      [3, () => this.createScratchClient()],
      [5, async () => (await this.change('clients', 'edit')) || this.createScratchClient()],
      [
        2,
        async () =>
          (await this.change('clients', 'remove', (id) => this.scratchClients.has(id))) || this.createScratchClient(),
      ],
      [4, () => this.createContract()],
      [5, async () => (await this.change('contracts', 'edit')) || this.createContract()],
      [2, async () => (await this.change('contracts', 'remove')) || this.createContract()],
    ];
    const ops = this.name === 'admin' ? [...own, ...adminOnly] : own;
    let roll = this.random() * ops.reduce((sum, [weight]) => sum + weight, 0);
    for (const [weight, op] of ops) {
      roll -= weight;
      if (roll < 0) {
        await op();
        return;
      }
    }
    await ops[ops.length - 1]![1]();
  }
}

export interface WorkloadOptions {
  /** User actions in all, both users together (the base clients included). */
  mutations: number;
  seed: number;
  /** Faults during the actions (cleared before the final sync). */
  faults?: Faults;
  /** Chance that a user syncs after an action. */
  syncChance?: number;
  /** Chance that a user acts while one of their pushes or pulls is in flight. */
  inFlightChance?: number;
}

export interface WorkloadReport {
  mutations: number;
  /** Sync rounds that went through, and the failed attempts retried before them. */
  rounds: number;
  retries: number;
  inFlightEdits: number;
  faults: FaultCounts;
  duplicateResults: number;
  seconds: number;
  verdict: Verdict;
}

/** Runs the two users' actions on `team` (fresh, with empty browsers), then syncs both until quiet and verifies. */
export async function runWorkload(
  standin: Standin,
  db: pg.Client,
  team: Team,
  options: WorkloadOptions,
): Promise<WorkloadReport> {
  const started = performance.now();
  const random = mulberry32(options.seed);
  const syncChance = options.syncChance ?? 1 / 12;
  const inFlightChance = options.inFlightChance ?? 0.15;
  const admin: Actor = new Actor(team.admin, 'admin', team.teamId, random, () => admin.baseClients);
  const member = new Actor(team.member, 'member', team.teamId, random, () => admin.baseClients);
  const actors = [admin, member];
  let done = 0;
  let rounds = 0;
  let retries = 0;
  let inFlightEdits = 0;
  const round = async (actor: Actor) => {
    const result = await syncRound(actor.browser, team.teamId);
    rounds++;
    retries += result.retries;
  };

  // The admin sets up the clients everyone's time and labels refer to; the member pulls them before starting.
  for (let i = 0; i < 3; i++, done++) await admin.createBaseClient();
  await round(admin);
  await round(member);

  standin.setFaults(options.faults ?? {});
  for (const actor of actors) {
    actor.browser.beforeCall = async (fn) => {
      if (fn.startsWith('sync_') && done < options.mutations && random() < inFlightChance) {
        await actor.step();
        done++;
        inFlightEdits++;
      }
    };
  }
  try {
    while (done < options.mutations) {
      const actor = random() < 0.5 ? admin : member;
      await actor.step();
      done++;
      if (random() < syncChance) await round(actor);
    }
  } finally {
    for (const actor of actors) actor.browser.beforeCall = undefined;
  }
  const faults = standin.faultCounts();
  standin.setFaults({});
  await syncUntilQuiet([team.admin, team.member], team.teamId);

  return {
    mutations: done,
    rounds,
    retries,
    inFlightEdits,
    faults,
    duplicateResults: team.admin.stats.duplicateResults + team.member.stats.duplicateResults,
    seconds: (performance.now() - started) / 1000,
    verdict: await verify(db, team.teamId, actors, [team.admin, team.member]),
  };
}

/** JSON with object keys sorted, so two versions compare by content. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export interface Verdict {
  /** Live server rows that repeat another's natural key (the same entry, label, template … twice), or that no user wrote. */
  duplicates: number;
  /** Records whose last local write is not what the server holds (missing, not deleted, or other content). */
  losses: number;
  /** Records where a browser's copy differs from the server's (missing, extra, or other fields). */
  divergences: number;
  outbox: number;
  rejections: number;
  conflicts: number;
  serverRows: number;
  /** The first few differences, for the failure message. */
  problems: string[];
}

/** Natural keys: what makes two live rows "the same thing" to a user. */
const naturalKey: Partial<Record<SyncedStore, (row: Record<string, unknown>) => string>> = {
  clients: (r) => String(r.name_en),
  contracts: (r) => `${r.client_id} ${r.starts_on}`,
  templates: (r) => String(r.title),
  entries: (r) => `${r.user_id} ${r.start}`,
  labels: (r) => String(r.post_url),
};

export async function serverRows(
  db: pg.Client,
  teamId: string,
): Promise<Map<SyncedStore, Map<string, Record<string, unknown>>>> {
  const all = new Map<SyncedStore, Map<string, Record<string, unknown>>>();
  for (const store of syncedStores) {
    const { rows } = await db.query(`select to_jsonb(t) as row from public.${tableOf[store]} t where team_id = $1`, [
      teamId,
    ]);
    all.set(store, new Map(rows.map(({ row }: { row: Record<string, unknown> }) => [row.id as string, row])));
  }
  return all;
}

export async function verify(db: pg.Client, teamId: string, actors: Actor[], browsers: Browser[]): Promise<Verdict> {
  const server = await serverRows(db, teamId);
  const problems: string[] = [];
  const note = (problem: string) => problems.length < 20 && problems.push(problem);
  let duplicates = 0;
  let losses = 0;
  let divergences = 0;
  let serverCount = 0;

  const written = new Set(actors.flatMap((actor) => [...actor.intent.keys()]));
  for (const [store, rows] of server) {
    serverCount += rows.size;
    const seen = new Set<string>();
    for (const [id, row] of rows) {
      if (!written.has(id)) {
        duplicates++;
        note(`${store} ${id}: on the server, written by nobody`);
      }
      const key = naturalKey[store];
      if (!key || row.deleted_at !== null) continue;
      if (seen.has(key(row))) {
        duplicates++;
        note(`${store} ${id}: a second live row for ${key(row)}`);
      }
      seen.add(key(row));
    }
  }

  for (const actor of actors) {
    for (const [id, { store, record }] of actor.intent) {
      const row = server.get(store)!.get(id);
      const theirs = row ? fromRow(store, row, record as never) : null;
      // Made and deleted between two syncs: the server never needed it (its delete settles as not_found).
      if (!row && record.deletedAt !== null) continue;
      const lost = !theirs
        ? 'missing on the server'
        : (record.deletedAt === null) !== (theirs.deletedAt === null)
          ? record.deletedAt
            ? 'not deleted on the server'
            : 'deleted on the server'
          : record.deletedAt === null && canonical(toRow(store, record)) !== canonical(toRow(store, theirs))
            ? 'other content on the server'
            : null;
      if (lost) {
        losses++;
        note(`${actor.name}'s ${store} ${id}: ${lost}`);
      }
    }
  }

  let outbox = 0;
  let rejections = 0;
  let conflicts = 0;
  for (const browser of browsers) {
    outbox += await browser.db.count('outbox');
    rejections += await browser.db.count('rejections');
    conflicts += await browser.db.count('conflicts');
    for (const store of syncedStores) {
      const local = new Map(
        ((await browser.db.getAll(store)) as AnyRecord[]).filter((r) => r.teamId === teamId).map((r) => [r.id, r]),
      );
      for (const [id, row] of server.get(store)!) {
        const mine = local.get(id);
        const theirs = fromRow(store, row, mine as never);
        // updatedAt aside: a save that changes nothing the server stores moves it locally and sends nothing.
        if (!mine || !theirs || canonical({ ...mine, updatedAt: null }) !== canonical({ ...theirs, updatedAt: null })) {
          divergences++;
          note(
            `${browser.email.split('-')[0]}'s ${store} ${id}: ${!mine ? 'missing in the browser' : `browser ${canonical(mine)} ≠ server ${canonical(theirs)}`}`,
          );
        }
        local.delete(id);
      }
      for (const [id, mine] of local) {
        if (mine.deletedAt !== null) continue; // made and deleted offline, as above
        divergences++;
        note(`${browser.email.split('-')[0]}'s ${store} ${id}: in the browser only`);
      }
    }
  }
  return { duplicates, losses, divergences, outbox, rejections, conflicts, serverRows: serverCount, problems };
}
