// Server scale (issue 17): one team-year of 1,000,000 time entries (50 members, 300 clients; tests/db/bench-backend.ts
// seedTeamYear says how they are spread) on real PostgreSQL 15 behind the stand-in, one seeded cluster for three rows:
//
// monthly-hours-1m-ms          monthly_hours for March 2026 through supabase-js → stand-in, signed in as a team
//                              member (RLS, the team's zone bounds, clipping, targets, one JSON answer); goal ≤ 200.
//                              Baseline: the superuser's plain GROUP BY of the same month (no HTTP, RLS, zone, clip).
// sync-pull-incremental-1m-ms  one page of 1,000 changes after a device's cursor, called as utils/sync/engine.ts
//                              pullTeam calls it (rpc('sync_pull', {team, since, page_size: 1000})), from a cursor
//                              at 08:00 Riyadh on the 15th of each month Feb–Dec (creations of that morning and
//                              edits/deletions of older entries); goal ≤ 50. Baseline: the superuser selecting the
//                              same 1,000 rows as JSON through the same index (no HTTP, RLS or function).
// server-plans-use-index       1 when every plan PostgreSQL used for those calls reads time_entries through an
//                              index (Index / Index Only / Bitmap scan) and none with a Seq Scan; 0 otherwise, and
//                              the run exits non-zero naming the statement and its plan. The plans are the real
//                              ones: auto_explain (EXPLAIN (FORMAT JSON) of every statement, nested ones inside the
//                              functions included) logs the statements the stand-in's own requests run, as
//                              `authenticated` with the request's settings, for seven calls of each RPC (past
//                              the five custom plans after which plpgsql may switch to a generic one).
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { seedTeamYear, startBenchBackend, teamA, type BenchBackend } from '../db/bench-backend';
import { median, row, type BenchRow } from './row';

const month = '2026-03-01';
// March 2026 in the team's zone (Asia/Riyadh, UTC+3 all year).
const monthStarts = '2026-03-01T00:00:00+03:00';
const monthEnds = '2026-04-01T00:00:00+03:00';
const monthRuns = 7;
const planCalls = 7;
const pageSize = 1000;
/** 08:00 in Riyadh on the 15th of February … December: where a device's cursor stood after its last sync. */
const cursorTimes = Array.from({ length: 11 }, (_, i) => `2026-${String(i + 2).padStart(2, '0')}-15T05:00:00Z`);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
interface LoggedPlan {
  'Query Text': string;
  Plan: PlanNode;
}

function spread(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${median(sorted).toFixed(1)}, min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)}`;
}

export function timeEntryScans(node: PlanNode, found: PlanNode[] = []): PlanNode[] {
  if (node['Relation Name'] === 'time_entries') found.push(node);
  for (const child of node.Plans ?? []) timeEntryScans(child, found);
  return found;
}

/** The JSON plans auto_explain wrote to the server log after byte `from`. */
export function loggedPlans(logFile: string, from: number): LoggedPlan[] {
  const log = readFileSync(logFile, 'utf8').slice(from);
  // Each log entry starts with log_line_prefix ('%m [%p] '); a plan entry is "… LOG:  duration: … ms  plan:\n{json}".
  return log
    .split(/^(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[\d+\] )/m)
    .filter((entry) => /LOG: {2}duration: [\d.]+ ms {2}plan:\n/.test(entry))
    .map((entry) => JSON.parse(entry.slice(entry.indexOf('plan:\n') + 6)) as LoggedPlan);
}

/** Turns auto_explain's logging of every statement on or off for the whole server, and waits until the reload has
 * reached the backends (the stand-in's pooled connections take it at their next command, as this one does). */
async function explainEverything(backend: BenchBackend, on: boolean): Promise<void> {
  await backend.db.query(
    on ? 'alter system set auto_explain.log_min_duration = 0' : 'alter system reset auto_explain.log_min_duration',
  );
  await backend.db.query('select pg_reload_conf()');
  const want = on ? '0' : '-1';
  for (let i = 0; i < 100; i++) {
    const { rows } = await backend.db.query("select current_setting('auto_explain.log_min_duration') as v");
    if (rows[0].v === want) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`auto_explain.log_min_duration did not become ${want}`);
}

async function rpc(backend: BenchBackend, fn: string, args: Record<string, unknown>): Promise<unknown> {
  const { data, error } = await backend.supabase.rpc(fn, args);
  if (error) throw new Error(`${fn}: ${error.message}`);
  return data;
}

export default async function (): Promise<BenchRow[]> {
  const backend = await startBenchBackend('member@wasla.test', {
    // Loaded in every session, silent until log_min_duration is set (below, for the plan check only).
    settings: {
      session_preload_libraries: 'auto_explain',
      'auto_explain.log_format': 'json',
      'auto_explain.log_nested_statements': 'on',
    },
  });
  try {
    const seedStarted = performance.now();
    const year = await seedTeamYear(backend.db);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    // The cursor a device holds at each of cursorTimes: the newest revision written by then (one scan of the year).
    const { rows: buckets } = await backend.db.query<{ b: number; rev: string }>(
      `select width_bucket(updated_at, $2::timestamptz[]) as b, max(revision) as rev
       from public.time_entries where team_id = $1 group by 1 order by 1`,
      [teamA, cursorTimes],
    );
    const cursors = cursorTimes.map((_, i) => Math.max(...buckets.filter((b) => b.b <= i).map((b) => Number(b.rev))));
    const pullArgs = (since: number) => ({ team: teamA, since, page_size: pageSize });

    // Plans: the statements the RPCs run, as the stand-in runs them, each called planCalls times.
    const logFile = backend.cluster.logFile;
    const logFrom = statSync(logFile).size;
    await explainEverything(backend, true);
    for (let i = 0; i < planCalls; i++) {
      await rpc(backend, 'monthly_hours', { team: teamA, month });
      await rpc(backend, 'sync_pull', pullArgs(cursors[i % cursors.length]!));
    }
    await explainEverything(backend, false);
    const plans = loggedPlans(logFile, logFrom);
    const checked = [
      { name: 'monthly_hours', plans: plans.filter((p) => p['Query Text'].includes('month_entries')) },
      // The page query sync_pull EXECUTEs (not the expression that formats it, which names no table).
      {
        name: 'sync_pull',
        plans: plans.filter((p) => /with page as[\s\S]*from public\.time_entries x/.test(p['Query Text'])),
      },
    ];
    const problems: string[] = [];
    const indexesUsed = new Set<string>();
    for (const { name, plans: statementPlans } of checked) {
      if (statementPlans.length < planCalls)
        problems.push(`${name}: ${statementPlans.length} of ${planCalls} calls logged a plan reading time_entries`);
      for (const plan of statementPlans) {
        const scans = timeEntryScans(plan.Plan);
        for (const scan of scans) if (scan['Index Name']) indexesUsed.add(`${name}: ${scan['Index Name']}`);
        const seq = scans.filter((s) => s['Node Type'] === 'Seq Scan');
        const indexed = scans.filter((s) => /^(Index Scan|Index Only Scan|Bitmap Heap Scan)$/.test(s['Node Type']));
        if (seq.length > 0 || indexed.length === 0)
          problems.push(
            `${name}: time_entries read by ${scans.map((s) => s['Node Type']).join(', ') || 'nothing'} in\n` +
              JSON.stringify(plan.Plan, null, 1),
          );
      }
    }
    if (problems.length > 0) {
      console.error(`server-plans-use-index FAILED: a query plan stopped using an index\n${problems.join('\n')}`);
      process.exitCode = 1;
    }

    // monthly-hours-1m-ms
    await rpc(backend, 'monthly_hours', { team: teamA, month }); // warm: the month's index pages in memory
    const calls: number[] = [];
    let answerRows = 0;
    for (let i = 0; i < monthRuns; i++) {
      const started = performance.now();
      const data = (await rpc(backend, 'monthly_hours', { team: teamA, month })) as unknown[];
      calls.push(performance.now() - started);
      answerRows = data.length;
    }
    const monthBaselines: number[] = [];
    let monthEntries = 0;
    for (let i = 0; i < monthRuns; i++) {
      const started = performance.now();
      const result = await backend.db.query(
        `select client_id, user_id, sum(extract(epoch from "end" - start)) / 3600 as hours, count(*) as n
         from public.time_entries where team_id = $1 and start >= $2 and start < $3 and deleted_at is null
         group by client_id, user_id`,
        [teamA, monthStarts, monthEnds],
      );
      monthBaselines.push(performance.now() - started);
      monthEntries = result.rows.reduce((sum, r: { n: string }) => sum + Number(r.n), 0);
    }

    // sync-pull-incremental-1m-ms
    const pulls: number[] = [];
    for (const since of cursors) {
      const started = performance.now();
      const page = (await rpc(backend, 'sync_pull', pullArgs(since))) as { changes: unknown[]; has_more: boolean };
      pulls.push(performance.now() - started);
      if (page.changes.length !== pageSize || !page.has_more)
        throw new Error(`sync_pull after ${since} returned ${page.changes.length} changes, has_more ${page.has_more}`);
    }
    const pullBaselines: number[] = [];
    for (const since of cursors) {
      const started = performance.now();
      const result = await backend.db.query(
        `select to_json(t) as row from public.time_entries t where team_id = $1 and revision > $2
         order by revision limit $3`,
        [teamA, since, pageSize],
      );
      pullBaselines.push(performance.now() - started);
      if (result.rowCount !== pageSize) throw new Error(`baseline selected ${result.rowCount} rows`);
    }

    const workload =
      `${year.entries.toLocaleString('en')} time entries in 2026 (${year.members} members, ${year.clients} clients, ` +
      `${year.deleted.toLocaleString('en')} tombstones, ${year.edited.toLocaleString('en')} edited later; ` +
      `seeded server-side in ${seedSeconds.toFixed(0)} s, then VACUUM ANALYZE)`;
    return [
      row(
        'monthly-hours-1m-ms',
        median(calls),
        'ms',
        median(monthBaselines),
        `monthly_hours for ${month.slice(0, 7)} (${monthEntries.toLocaleString('en')} live entries starting in it, ` +
          `answer ${answerRows.toLocaleString('en')} rows) via supabase-js → stand-in as a team member (RLS); ` +
          `${monthRuns} runs after one warm-up, ms ${spread(calls)}; baseline: superuser GROUP BY of the same month ` +
          `(no HTTP, RLS, zone bounds, clipping or targets), ${spread(monthBaselines)}; goal ≤ 200; ${workload}`,
      ),
      row(
        'sync-pull-incremental-1m-ms',
        median(pulls),
        'ms',
        median(pullBaselines),
        `one sync_pull page of ${pageSize} changes after a cursor, called as the extension's pullTeam does, via ` +
          `supabase-js → stand-in as a team member (RLS); cursors at 08:00 Riyadh on the 15th of Feb–Dec (11 pulls, ` +
          `each from its own cursor), ms ${spread(pulls)}; baseline: superuser select of the same ${pageSize} rows as ` +
          `JSON (no HTTP, RLS or function), ${spread(pullBaselines)}; goal ≤ 50; ${workload}`,
      ),
      row(
        'server-plans-use-index',
        problems.length === 0 ? 1 : 0,
        'bool',
        null,
        `1 = every plan auto_explain logged for ${planCalls} monthly_hours and ${planCalls} sync_pull calls through ` +
          `the stand-in (as authenticated, the request's settings; nested statements inside the functions) reads ` +
          `time_entries by an index and none by Seq Scan; indexes seen: ${[...indexesUsed].sort().join('; ') || 'none'}` +
          (problems.length > 0 ? `; FAILED: ${problems.map((p) => p.split('\n')[0]).join(' | ')}` : '') +
          `; ${workload}`,
      ),
    ];
  } finally {
    await backend.stop();
  }
}
