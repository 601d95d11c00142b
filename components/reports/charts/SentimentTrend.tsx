import type { LabelMonth } from '@/utils/reports/month-shape';
import { numberLocale } from '@/utils/i18n/core';
import { niceScale, placer, slots, valueY, type PlotArea } from '@/utils/reports/chart-scale';
import { useI18n } from '../../i18n';
import { ChartFrame } from './frame';
import { AxisLabel, Baseline, Column, YGrid } from './marks';

const plot: PlotArea = { width: 640, height: 150, top: 18, bottom: 122, start: 40, end: 640 - 6 };
const kinds = ['praise', 'complaint'] as const;

const countOf = (month: LabelMonth, label: string) => month.counts.find((c) => c.label === label)?.count ?? 0;

/** Whether any of the months has praise or complaints to draw. */
export const hasSentiment = (months: LabelMonth[]) => months.some((m) => kinds.some((kind) => countOf(m, kind) > 0));

/**
 * Praise against complaints over the last six months, as paired columns per month (complaints hatched, so the
 * pair reads without colour), each labelled with its count.
 */
export function SentimentTrend({ id, months }: { id: string; months: LabelMonth[] }) {
  const { t, locale, dir } = useI18n();
  const numbers = numberLocale(locale);
  const count = new Intl.NumberFormat(numbers);
  const monthName = new Intl.DateTimeFormat(numbers, { month: 'short', timeZone: 'UTC' });
  const monthLong = new Intl.DateTimeFormat(numbers, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dateOf = (month: string) => Date.parse(`${month}-01T00:00:00Z`);
  const place = placer(plot.width, dir === 'rtl');
  const rows = months.map((m) => ({
    month: m.month,
    praise: countOf(m, 'praise'),
    complaint: countOf(m, 'complaint'),
    all: m.counts.reduce((sum, c) => sum + c.count, 0),
  }));
  const scale = niceScale(Math.max(...rows.flatMap((r) => [r.praise, r.complaint]), 0));
  const y = valueY(plot, scale.max);
  const slot = slots(plot, rows.length);
  const barWidth = Math.min(slot.width * 0.3, 34);
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const summary = hasSentiment(months)
    ? t('reportTrendAlt', {
        from: monthLong.format(dateOf(first.month)),
        to: monthLong.format(dateOf(last.month)),
        praiseFrom: count.format(first.praise),
        praiseTo: count.format(last.praise),
        complaintsFrom: count.format(first.complaint),
        complaintsTo: count.format(last.complaint),
        praise: count.format(rows.reduce((s, r) => s + r.praise, 0)),
        complaints: count.format(rows.reduce((s, r) => s + r.complaint, 0)),
      })
    : t('reportTrendAltEmpty');

  return (
    <ChartFrame
      id={id}
      summary={summary}
      plot={plot}
      legend={[
        { kind: 'praise', text: t('label.praise') },
        { kind: 'complaint', text: t('label.complaint') },
      ]}
      table={{
        caption: t('reportTrend'),
        columns: [t('reportMonth'), t('label.praise'), t('label.complaint'), t('reportAllLabels')],
        rows: rows.map((r) => ({
          key: r.month,
          head: monthLong.format(dateOf(r.month)),
          cells: [count.format(r.praise), count.format(r.complaint), count.format(r.all)],
        })),
      }}
    >
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="complaint-fill" width="6" height="6" />
          <line class="hatch" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      <YGrid plot={plot} place={place} scale={scale} format={(n) => count.format(n)} />
      {rows.map((r, index) => {
        const center = slot.center(index);
        return (
          <g key={r.month}>
            {kinds.map((kind, k) => {
              const value = r[kind];
              const left = center + (k === 0 ? -barWidth - 2 : 2);
              const barTop = y(value);
              return (
                <g key={kind}>
                  {value > 0 && (
                    <Column
                      plot={plot}
                      place={place}
                      class={`bar-${kind}`}
                      left={left}
                      width={barWidth}
                      top={barTop}
                      fill={kind === 'complaint' ? `url(#${id}-hatch)` : undefined}
                    />
                  )}
                  <text class="value-label" x={place.x(left + barWidth / 2)} y={barTop - 4} text-anchor="middle">
                    {count.format(value)}
                  </text>
                </g>
              );
            })}
            <AxisLabel plot={plot} place={place} at={center}>
              {monthName.format(dateOf(r.month))}
            </AxisLabel>
          </g>
        );
      })}
      <Baseline plot={plot} place={place} />
    </ChartFrame>
  );
}
