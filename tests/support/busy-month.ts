import { monthRange, type TrackedEntry } from '@/utils/time';

/**
 * A busy team's April 2024 in Cairo: 20,000 back-to-back 2-minute entries over 40 clients, from 29 March into
 * May so some are clipped, every 97th deleted, the last still running. Shared by the totals tests and bench.
 */
export function busyMonth() {
  const timeZone = 'Africa/Cairo';
  const month = monthRange('2024-04', timeZone);
  const entries: TrackedEntry[] = Array.from({ length: 20_000 }, (_, index) => {
    const startMs = month.startMs - 2 * 86_400_000 + index * 150_000;
    return {
      clientId: `client-${index % 40}`,
      start: new Date(startMs).toISOString(),
      end: index === 19_999 ? null : new Date(startMs + 120_000).toISOString(),
      deletedAt: index % 97 === 0 ? new Date(startMs).toISOString() : null,
    };
  });
  return { timeZone, month, entries, nowMs: month.endMs + 86_400_000 };
}
