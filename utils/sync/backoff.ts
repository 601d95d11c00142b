// When a failed sync is tried again (entrypoints/background/sync/loop.ts schedules it).

/** 2 s, 4 s, 8 s … up to 10 minutes, each ±50 % so a team's browsers do not retry in step. */
export function backoffMs(attempts: number, random = Math.random()): number {
  const base = Math.min(10 * 60_000, 2000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.5 + random));
}
