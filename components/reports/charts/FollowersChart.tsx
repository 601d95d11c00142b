import type { FollowerChange } from '@/utils/reports/client-report';
import { numberLocale, type MessageKey } from '@/utils/i18n/core';
import type { Interval } from '@/utils/time/zone';
import { placer, type PlotArea } from '@/utils/reports/chart-scale';
import { useI18n } from '../../i18n';
import { ChartFrame } from './frame';
import { AxisLabel, Baseline } from './marks';

const plot: PlotArea = { width: 640, height: 110, top: 16, bottom: 86, start: 70, end: 640 - 70 };

export interface FollowersChartProps {
  id: string;
  follower: FollowerChange;
  range: Interval;
  timeZone: string;
}

/**
 * One account's followers through the month: a line over the month's days from the first count to the last,
 * each count a dot, the first and last counts written at the line's ends.
 */
export function FollowersChart({ id, follower, range, timeZone }: FollowersChartProps) {
  const { t, locale, dir } = useI18n();
  const numbers = numberLocale(locale);
  const count = new Intl.NumberFormat(numbers);
  const signed = new Intl.NumberFormat(numbers, { signDisplay: 'exceptZero' });
  const when = new Intl.DateTimeFormat(numbers, { day: 'numeric', month: 'short', timeZone });
  const place = placer(plot.width, dir === 'rtl');
  const { points, account } = follower;
  const low = Math.min(...points.map((p) => p.count));
  const high = Math.max(...points.map((p) => p.count));
  // A flat month still draws a line in the middle rather than dividing by zero.
  const spread = Math.max(high - low, 1);
  const x = (ms: number) =>
    place.x(plot.start + ((ms - range.startMs) / (range.endMs - range.startMs)) * (plot.end - plot.start));
  const y = (n: number) =>
    high === low ? (plot.top + plot.bottom) / 2 : plot.bottom - ((n - low) / spread) * (plot.bottom - plot.top);
  const name = `${t(`platform.${account.platform}` as MessageKey)} · ${account.displayName || account.handle || account.key}`;
  const first = points[0]!;
  const last = points.at(-1)!;
  const summary = t('reportFollowersAlt', {
    account: name,
    from: count.format(follower.from),
    to: count.format(follower.to),
    change: signed.format(follower.change),
    counts: points.length,
  });

  return (
    <ChartFrame
      id={id}
      summary={summary}
      plot={plot}
      table={{
        caption: <bdi>{name}</bdi>,
        columns: [t('reportCountedOn'), t('reportFollowersCount')],
        rows: points.map((p) => ({ key: p.atMs, head: when.format(p.atMs), cells: [count.format(p.count)] })),
      }}
    >
      <Baseline plot={plot} place={place} y={plot.bottom + 6} />
      <polyline class="line" points={points.map((p) => `${x(p.atMs)},${y(p.count)}`).join(' ')} />
      {points.map((p) => (
        <circle key={p.atMs} class="dot" cx={x(p.atMs)} cy={y(p.count)} r={3.5} />
      ))}
      <text
        class="value-label"
        x={x(first.atMs) + (dir === 'rtl' ? 8 : -8)}
        y={y(first.count) + 4}
        text-anchor={place.towardPlot}
      >
        {count.format(first.count)}
      </text>
      {points.length > 1 && (
        <text
          class="value-label"
          x={x(last.atMs) + (dir === 'rtl' ? -8 : 8)}
          y={y(last.count) + 4}
          text-anchor={place.awayFromPlot}
        >
          {count.format(last.count)}
        </text>
      )}
      <AxisLabel plot={plot} place={place} at={plot.start} below={20} anchor={place.awayFromPlot}>
        {when.format(range.startMs)}
      </AxisLabel>
      <AxisLabel plot={plot} place={place} at={plot.end} below={20} anchor={place.towardPlot}>
        {when.format(range.endMs - 1)}
      </AxisLabel>
    </ChartFrame>
  );
}
