// Small readability helpers for the time specs: expected values stay literal, these only convert units.
import type { TrackedEntry } from '../../../utils/time';

/** Epoch ms of an ISO instant written in the spec (always with its offset or `Z`). */
export const at = (iso: string): number => Date.parse(iso);
export const hours = (count: number): number => count * 3_600_000;
export const minutes = (count: number): number => count * 60_000;
export const seconds = (count: number): number => count * 1000;

export function entry(
  clientId: string,
  start: string,
  end: string | null,
  deletedAt: string | null = null,
): TrackedEntry {
  return {
    clientId,
    start: new Date(start).toISOString(),
    end: end === null ? null : new Date(end).toISOString(),
    deletedAt,
  };
}
