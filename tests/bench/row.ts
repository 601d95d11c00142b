export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The same quantity for the reference measured in the same run (e.g. the page without the extension). */
  baseline: number | null;
  ratio: number | null;
  note: string;
}

export function row(name: string, value: number, unit: string, baseline: number | null, note: string): BenchRow {
  const ratio = baseline === null || baseline === 0 ? null : Number((value / baseline).toFixed(4));
  return {
    name,
    value: Number(value.toFixed(4)),
    unit,
    baseline: baseline === null ? null : Number(baseline.toFixed(4)),
    ratio,
    note,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Set by run.ts for `npm run bench -- <row>`: the rows asked for, by name (unset: every row). */
export const wantedRowsVariable = 'WASLA_BENCH_ROWS';

/**
 * The rows of `all` this run asked for, so a bench measuring several rows can skip the work of the others.
 * run.ts keeps only the asked-for rows of a file's answer either way.
 */
export function wantedRows(all: readonly string[]): Set<string> {
  const asked = process.env[wantedRowsVariable]?.split(',').filter(Boolean);
  return new Set(asked ? all.filter((name) => asked.includes(name)) : all);
}
