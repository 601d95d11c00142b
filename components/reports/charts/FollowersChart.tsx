import type { FollowerChange } from '@/utils/reports/client-report';
import { numberLocale, type MessageKey } from '@/utils/i18n/core';
import type { Interval } from '@/utils/time/zone';
import { useI18n } from '../../i18n';
import { ChartFrame, placer } from './frame';

const width = 640;
const height = 110;
const top = 16;
const bottom = 86;
const plotStart = 70;
const plotEnd = width - 70;

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
  const place = placer(width, dir === 'rtl');
  const { points, account } = follower;
  const low = Math.min(...points.map((p) => p.count));
  const high = Math.max(...points.map((p) => p.count));
  // A flat month still draws a line in the middle rather than dividing by zero.
  const spread = Math.max(high - low, 1);
  const x = (ms: number) =>
    place.x(plotStart + ((ms - range.startMs) / (range.endMs - range.startMs)) * (plotEnd - plotStart));
  const y = (n: number) => (high === low ? (top + bottom) / 2 : bottom - ((n - low) / spread) * (bottom - top));
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
      width={width}
      height={height}
      data={
        <table>
          <caption>
            <bdi>{name}</bdi>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('reportCountedOn')}</th>
              <th scope="col">{t('reportFollowersCount')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.atMs}>
                <th scope="row">{when.format(p.atMs)}</th>
                <td>{count.format(p.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <line class="chart-baseline" x1={place.x(plotStart)} x2={place.x(plotEnd)} y1={bottom + 6} y2={bottom + 6} />
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
      <text class="axis-label" x={place.x(plotStart)} y={bottom + 20} text-anchor={dir === 'rtl' ? 'end' : 'start'}>
        {when.format(range.startMs)}
      </text>
      <text class="axis-label" x={place.x(plotEnd)} y={bottom + 20} text-anchor={dir === 'rtl' ? 'start' : 'end'}>
        {when.format(range.endMs - 1)}
      </text>
    </ChartFrame>
  );
}
