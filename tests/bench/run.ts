// `npm run bench`: runs every tests/bench/*.bench.ts, prints one table, writes bench-results.json at the root.
// Each bench file exports `default async function (): Promise<BenchRow[]>` and measures its baseline in the same run.
// `npm run bench -- <row> [<row> …]` runs only the files measuring those rows and keeps only those rows (a bench
// that measures several may skip the others' work: see `wantedRows`); other rows keep the last full run's values.
// An argument that names no row is matched against file names (`npm run bench -- sync` runs every sync bench).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { wantedRowsVariable, type BenchRow } from './row';

const benchDir = import.meta.dirname;
const allFiles = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();

/**
 * Each row by the file that measures it. A row missing here is looked up by its quoted name in the bench
 * files' source; a full run warns about rows this list does not know, so it stays true.
 */
const rowFiles: Record<string, string> = {
  'content-script-gzip-kb': 'content-script-size.bench.ts',
  'host-heap-added-mb': 'host-overhead.bench.ts',
  'host-script-added-ms': 'host-overhead.bench.ts',
  'sidebar-first-frame-ms': 'host-overhead.bench.ts',
  'insert-latency-ms': 'insert-latency.bench.ts',
  'month-totals-20k-ms': 'month-totals.bench.ts',
  'monthly-hours-100k-ms': 'monthly-hours.bench.ts',
  'popup-cold-20k-ms': 'popup-open.bench.ts',
  'popup-warm-20k-ms': 'popup-open.bench.ts',
  'popup-cold-100k-ms': 'popup-open.bench.ts',
  'real-fixtures-read-correct': 'real-fixtures.bench.ts',
  'sync-faults-duplicates-or-losses': 'sync-faults.bench.ts',
  'sync-faults-run-s': 'sync-faults.bench.ts',
  'sync-initial-10k-s': 'sync-initial.bench.ts',
  'sync-pull-10k-s': 'sync-pull.bench.ts',
  'sync-push-1k-s': 'sync-push.bench.ts',
  'template-search-p95-ms': 'template-search.bench.ts',
  'template-search-speedup-vs-fuse': 'template-search.bench.ts',
  'template-search-after-wake-ms': 'template-search-wake.bench.ts',
  'timer-seconds-lost': 'timer-seconds-lost.bench.ts',
};

function fileOfRow(name: string): string | undefined {
  const listed = rowFiles[name];
  if (listed && allFiles.includes(listed)) return listed;
  return allFiles.find((f) => {
    const source = readFileSync(join(benchDir, f), 'utf8');
    return source.includes(`'${name}'`) || source.includes(`"${name}"`);
  });
}

const args = process.argv.slice(2);
/** File → the rows asked of it (null: all of them). */
const plan = new Map<string, Set<string> | null>();
for (const arg of args) {
  const file = fileOfRow(arg);
  if (file) {
    const rows = plan.get(file);
    if (rows !== null) plan.set(file, new Set([...(rows ?? []), arg]));
    continue;
  }
  const matches = allFiles.filter((f) => f.includes(arg));
  if (matches.length === 0) {
    console.error(`bench: no row or file named "${arg}"; rows: ${Object.keys(rowFiles).sort().join(', ')}`);
    process.exit(2);
  }
  for (const f of matches) plan.set(f, null);
}
if (args.length === 0) for (const f of allFiles) plan.set(f, null);

const rows: BenchRow[] = [];
const timings: string[] = [];
const runStarted = performance.now();
for (const [file, wanted] of [...plan].sort(([a], [b]) => a.localeCompare(b))) {
  process.stdout.write(`bench: ${file}${wanted ? ` (${[...wanted].join(', ')})` : ''} …\n`);
  if (wanted) process.env[wantedRowsVariable] = [...wanted].join(',');
  else delete process.env[wantedRowsVariable];
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: () => Promise<BenchRow[]> };
    const produced = await mod.default();
    rows.push(...(wanted ? produced.filter((r) => wanted.has(r.name)) : produced));
    for (const name of wanted ?? []) if (!produced.some((r) => r.name === name)) throw new Error(`no row ${name}`);
  } catch (error) {
    console.error(`bench ${file} failed:`, error);
    process.exitCode = 1;
  }
  timings.push(`${file} ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
delete process.env[wantedRowsVariable];

const fmt = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(3));
console.table(
  rows.map((r) => ({
    name: r.name,
    value: fmt(r.value),
    unit: r.unit,
    baseline: fmt(r.baseline),
    ratio: fmt(r.ratio),
    note: r.note,
  })),
);
console.log(`bench time: ${timings.join(', ')}; total ${((performance.now() - runStarted) / 60_000).toFixed(1)} min`);
if (args.length === 0) {
  const unlisted = rows.filter((r) => rowFiles[r.name] === undefined).map((r) => r.name);
  if (unlisted.length > 0) console.warn(`bench: rows missing from run.ts's rowFiles: ${unlisted.join(', ')}`);
}

// A partial run keeps the other rows of the last full run.
const resultsPath = resolve(benchDir, '../../bench-results.json');
const previous: BenchRow[] =
  args.length > 0 && existsSync(resultsPath)
    ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { rows: BenchRow[] }).rows
    : [];
const measured = new Set(rows.map((r) => r.name));
const merged = [...previous.filter((r) => !measured.has(r.name)), ...rows].sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(resultsPath, JSON.stringify({ rows: merged }, null, 2) + '\n');
console.log('wrote bench-results.json');
