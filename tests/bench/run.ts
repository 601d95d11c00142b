// `npm run bench`: runs every tests/bench/*.bench.ts, prints one table, writes bench-results.json at the root.
// Each bench file exports `default async function (): Promise<BenchRow[]>` and measures its baseline in the same run.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './row';

const benchDir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  process.stdout.write(`bench: ${file} …\n`);
  const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: () => Promise<BenchRow[]> };
  try {
    rows.push(...(await mod.default()));
  } catch (error) {
    console.error(`bench ${file} failed:`, error);
    process.exitCode = 1;
  }
}

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
// A partial run (`npm run bench -- <name>`) keeps the other rows of the last full run.
const resultsPath = resolve(benchDir, '../../bench-results.json');
const previous: BenchRow[] =
  only.length > 0 && existsSync(resultsPath)
    ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { rows: BenchRow[] }).rows
    : [];
const measured = new Set(rows.map((r) => r.name));
const merged = [...previous.filter((r) => !measured.has(r.name)), ...rows].sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(resultsPath, JSON.stringify({ rows: merged }, null, 2) + '\n');
console.log('wrote bench-results.json');
