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
