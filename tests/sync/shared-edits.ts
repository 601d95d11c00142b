// Two team admins (the owner and an admin) edit the SAME shared records (clients, contracts, all-client
// templates) in their own browsers, syncing now and then as the background would, some edits landing while a
// push or pull is in flight, while the stand-in drops answers after commit and answers 503. Each user looks at
// their conflicts after every sync and answers each at once (keep mine or take theirs, by the seeded PRNG), and
// never edits a record while its conflict waits (the Team page shows it first). Then the faults stop and both
// sync (answering conflicts the same way) until nothing moves.
//
// The referee is the server: every `stale` conflict it answered (private.sync_mutations, one row per mutation,
// whatever the resends) must have been shown to its author exactly once; every user's last word on each record
// (their last edit, or "mine" over theirs) must have been sent and either applied or shown as a conflict; no
// live row may appear that nobody made; and both browsers must end equal to the server.
import type pg from 'pg';
import type { RecordOf } from '../../utils/model';
import { resolveConflict } from '../../utils/sync/conflicts';
import { fromRow, toRow, type SyncedStore } from '../../utils/sync/mapping';
import type { SyncConflict } from '../../utils/sync/status';
import type { Faults, FaultCounts, Standin } from '../support/standin/server';
import { mulberry32 } from '../support/prng';
import type { Browser, Team } from './backend';
import { syncRound } from './sync-round';
import { canonical, serverRows, writeAsBackground } from './workload';

type Shared = 'clients' | 'contracts' | 'templates';
type AnyRecord = RecordOf<SyncedStore>;

interface SentMutation {
  recordId: string;
  row: Record<string, unknown>;
  op: string;
  status: string | null;
}

/** One user: their browser, what they last meant each record to be, and what they sent and were shown. */
class Editor {
  /** recordId → the user's last word: their content, or `theirs` when they took the teammate's version. */
  readonly last = new Map<string, { store: Shared; record: AnyRecord | 'theirs' }>();
  /** Mutations sent, by id, with the last answer received for each. */
  readonly sent = new Map<string, SentMutation>();
  /** recordId → conflicts shown to the user. */
  readonly shown = new Map<string, number>();
  edits = 0;

  constructor(
    readonly browser: Browser,
    readonly name: 'owner' | 'admin',
    readonly teamId: string,
  ) {
    const rpc = browser.rpc;
    browser.rpc = async (fn, args) => {
      if (fn === 'sync_push') {
        for (const m of args.mutations as { id: string; op: string; row: Record<string, unknown> }[]) {
          if (!this.sent.has(m.id))
            this.sent.set(m.id, { recordId: String(m.row.id), row: m.row, op: m.op, status: null });
        }
      }
      const answer = await rpc(fn, args);
      if (fn === 'sync_push') {
        const results = (answer as { results: { status: string }[] }).results;
        (args.mutations as { id: string }[]).forEach((m, i) => (this.sent.get(m.id)!.status = results[i]!.status));
      }
      return answer;
    };
  }

  async write(store: Shared, id: string, change: (existing: AnyRecord | undefined) => Record<string, unknown>) {
    const record = await writeAsBackground(this.browser, this.teamId, store, id, change);
    this.last.set(id, { store, record });
    this.edits++;
  }

  /** Edits one of `records` that has no conflict waiting in this browser; false when all of them wait. */
  async editOne(records: { store: Shared; id: string }[], random: () => number): Promise<boolean> {
    const waiting = new Set(((await this.browser.db.getAll('conflicts')) as SyncConflict[]).map((c) => c.recordId));
    const free = records.filter((r) => !waiting.has(r.id));
    if (free.length === 0) return false;
    const { store, id } = free[Math.floor(random() * free.length)]!;
    const n = Math.floor(random() * 1e6);
    const edits: Record<Shared, (r: AnyRecord) => Record<string, unknown>> = {
      clients: () => ({ notes: `${this.name} ${n}`, color: `#${n.toString(16).padStart(6, '0').slice(-6)}` }),
      contracts: () => ({ monthlyHours: 10 + (n % 150) }),
      templates: (r) => ({ bodies: { ...(r as RecordOf<'templates'>).bodies, en: `${this.name} ${n}` } }),
    };
    await this.write(store, id, (existing) => edits[store](existing!));
    return true;
  }

  /** Shows the user every waiting conflict; they answer each at once. Returns how many there were. */
  async answerConflicts(random: () => number): Promise<number> {
    const conflicts = (await this.browser.db.getAll('conflicts')) as SyncConflict[];
    for (const conflict of conflicts) {
      this.shown.set(conflict.recordId, (this.shown.get(conflict.recordId) ?? 0) + 1);
      const choice = random() < 0.5 ? 'mine' : 'theirs';
      const problems = await resolveConflict(this.browser.db, conflict.key, choice, undefined);
      if (problems.length > 0) throw new Error(`resolving ${conflict.key}: ${JSON.stringify(problems)}`);
      if (choice === 'theirs') this.last.set(conflict.recordId, { store: conflict.store, record: 'theirs' });
      else {
        const mine = (await this.browser.db.get(conflict.store, conflict.recordId)) as AnyRecord;
        this.last.set(conflict.recordId, { store: conflict.store, record: mine });
      }
    }
    return conflicts.length;
  }
}

export interface SharedEditsOptions {
  /** Edits in all, both users together. */
  edits: number;
  seed: number;
  faults?: Faults;
  /** Shared records of each kind (clients, contracts, templates). */
  perKind?: number;
  syncChance?: number;
  inFlightChance?: number;
  /** Only the owner edits (the admin only syncs): no edit is concurrent, so no conflict may appear. */
  alone?: boolean;
}

export interface SharedEditsVerdict {
  /** Stale conflicts the server answered (each mutation once), and conflicts the users were shown. */
  declared: number;
  shown: number;
  /** Σ over users and records of |shown − declared|: a conflict not shown, or shown twice. */
  conflictsNotOnce: number;
  /** A user's last word on a record that was never sent, or sent and neither applied nor shown as a conflict. */
  losses: number;
  /** Live rows on the server that nobody made (a record created twice). */
  duplicates: number;
  /** Browser copies that differ from the server's after the final sync. */
  divergences: number;
  problems: string[];
}

export interface SharedEditsReport {
  edits: number;
  inFlightEdits: number;
  rounds: number;
  retries: number;
  faults: FaultCounts;
  seconds: number;
  verdict: SharedEditsVerdict;
}

export async function runSharedEdits(
  standin: Standin,
  db: pg.Client,
  team: Team,
  options: SharedEditsOptions,
): Promise<SharedEditsReport> {
  const started = performance.now();
  const random = mulberry32(options.seed);
  const perKind = options.perKind ?? 4;
  const syncChance = options.syncChance ?? 1 / 6;
  const inFlightChance = options.inFlightChance ?? 0.15;
  const owner = new Editor(team.owner, 'owner', team.teamId);
  const admin = new Editor(team.admin, 'admin', team.teamId);
  const editors = [owner, admin];
  let rounds = 0;
  let retries = 0;
  let inFlightEdits = 0;
  let edits = 0;
  const round = async (editor: Editor) => {
    const result = await syncRound(editor.browser, team.teamId);
    rounds++;
    retries += result.retries;
    return result.pushed + result.pulled + (await editor.answerConflicts(random));
  };

  // The owner makes the records both will edit; the admin pulls them.
  const records: { store: Shared; id: string }[] = [];
  for (let i = 0; i < perKind; i++) {
    const clientId = crypto.randomUUID();
    await owner.write('clients', clientId, () => ({ nameEn: `Shared client ${i}`, nameAr: `عميل ${i}` }));
    const contractId = crypto.randomUUID();
    await owner.write('contracts', contractId, () => ({
      clientId,
      startsOn: '2026-01-01',
      monthlyHours: 40,
      minDailyHours: 2,
    }));
    const templateId = crypto.randomUUID();
    await owner.write('templates', templateId, () => ({
      title: `Shared template ${i}`,
      bodies: { ar: 'شكراً', en: 'Thanks' },
      clientId: null,
    }));
    records.push(
      { store: 'clients', id: clientId },
      { store: 'contracts', id: contractId },
      { store: 'templates', id: templateId },
    );
  }
  await round(owner);
  await round(admin);
  for (const editor of editors) editor.edits = 0;

  standin.setFaults(options.faults ?? {});
  for (const editor of editors) {
    editor.browser.beforeCall = async (fn) => {
      if (options.alone && editor !== owner) return;
      if (fn.startsWith('sync_') && edits < options.edits && random() < inFlightChance) {
        if (await editor.editOne(records, random)) {
          edits++;
          inFlightEdits++;
        }
      }
    };
  }
  try {
    while (edits < options.edits) {
      const editor = random() < 0.5 ? owner : admin;
      if ((!options.alone || editor === owner) && (await editor.editOne(records, random))) edits++;
      if (random() < syncChance) await round(editor);
    }
  } finally {
    for (const editor of editors) editor.browser.beforeCall = undefined;
  }
  const faults = standin.faultCounts();
  standin.setFaults({});
  for (let pass = 0; ; pass++) {
    if (pass >= 20) throw new Error('still syncing after 20 passes');
    let moved = 0;
    for (const editor of editors) moved += await round(editor);
    if (moved === 0) break;
  }

  return {
    edits,
    inFlightEdits,
    rounds,
    retries,
    faults,
    seconds: (performance.now() - started) / 1000,
    verdict: await judge(db, team, editors, records),
  };
}

async function judge(
  db: pg.Client,
  team: Team,
  editors: Editor[],
  records: { store: Shared; id: string }[],
): Promise<SharedEditsVerdict> {
  const problems: string[] = [];
  const note = (problem: string) => problems.length < 20 && problems.push(problem);
  const { rows } = await db.query<{ user_id: string; record_id: string; n: number }>(
    `select user_id::text, result -> 'server_row' ->> 'id' as record_id, count(*)::int as n
       from private.sync_mutations
      where team_id = $1 and result ->> 'status' = 'conflict'
      group by 1, 2`,
    [team.teamId],
  );
  let declared = 0;
  let shown = 0;
  let conflictsNotOnce = 0;
  for (const editor of editors) {
    const mine = new Map(rows.filter((r) => r.user_id === editor.browser.userId).map((r) => [r.record_id, r.n]));
    for (const id of new Set([...mine.keys(), ...editor.shown.keys()])) {
      const want = mine.get(id) ?? 0;
      const got = editor.shown.get(id) ?? 0;
      declared += want;
      shown += got;
      if (want !== got) {
        conflictsNotOnce += Math.abs(want - got);
        note(`${editor.name}'s record ${id}: the server answered ${want} conflict(s), the user was shown ${got}`);
      }
    }
  }

  let losses = 0;
  for (const editor of editors) {
    for (const [id, { store, record }] of editor.last) {
      if (record === 'theirs') continue;
      const sent = [...editor.sent.values()].filter((m) => m.recordId === id);
      const lastSent = sent[sent.length - 1];
      const lost = !lastSent
        ? 'never sent'
        : canonical(lastSent.row) !== canonical(toRow(store, record))
          ? 'the last version sent is not the last one written'
          : lastSent.status !== 'applied' && lastSent.status !== 'conflict'
            ? `answered ${lastSent.status ?? 'never'}`
            : null;
      if (lost) {
        losses++;
        note(`${editor.name}'s ${store} ${id}: ${lost}`);
      }
    }
  }

  const server = await serverRows(db, team.teamId);
  const made = new Set(records.map((r) => r.id));
  let duplicates = 0;
  let divergences = 0;
  for (const [store, byId] of server) {
    for (const [id, row] of byId) {
      if (!made.has(id) && row.deleted_at === null) {
        duplicates++;
        note(`${store} ${id}: a live row nobody made`);
      }
    }
  }
  for (const { store, id } of records) {
    const row = server.get(store)!.get(id);
    for (const editor of editors) {
      const local = (await editor.browser.db.get(store, id)) as AnyRecord | undefined;
      const theirs = row ? fromRow(store, row, local as never) : null;
      if (!local || !theirs || canonical({ ...local, updatedAt: null }) !== canonical({ ...theirs, updatedAt: null })) {
        divergences++;
        note(`${editor.name}'s ${store} ${id}: browser ${canonical(local)} ≠ server ${canonical(theirs)}`);
      }
    }
  }
  return { declared, shown, conflictsNotOnce, losses, duplicates, divergences, problems };
}
