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
 * The file that measures a row: the one whose source names it in quotes (every row's name is a literal in exactly
 * one bench file, so no hand-kept list can drift from the benches).
 */
function fileOfRow(name: string): string | undefined {
  return allFiles.find((f) => {
    const source = readFileSync(join(benchDir, f), 'utf8');
    return source.includes(`'${name}'`) || source.includes(`"${name}"`);
  });
}

const resultsPath = resolve(benchDir, '../../bench-results.json');
const lastRun = (): BenchRow[] =>
  existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { rows: BenchRow[] }).rows : [];

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
    console.error(
      `bench: no row or file named "${arg}"; rows of the last run: ${lastRun()
        .map((r) => r.name)
        .join(', ')}`,
    );
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
// A partial run keeps the other rows of the last full run.
const previous: BenchRow[] = args.length > 0 ? lastRun() : [];
const measured = new Set(rows.map((r) => r.name));
const merged = [...previous.filter((r) => !measured.has(r.name)), ...rows].sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(resultsPath, JSON.stringify({ rows: merged }, null, 2) + '\n');
console.log('wrote bench-results.json');
