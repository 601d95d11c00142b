import type { LabelMonth } from '@/utils/reports/month-shape';
import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../../i18n';
import { ChartFrame, niceScale, placer, YGrid } from './frame';

const width = 640;
const height = 150;
const top = 18;
const bottom = 122;
const plotStart = 40;
const plotEnd = width - 6;
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
  const place = placer(width, dir === 'rtl');
  const rows = months.map((m) => ({
    month: m.month,
    praise: countOf(m, 'praise'),
    complaint: countOf(m, 'complaint'),
    all: m.counts.reduce((sum, c) => sum + c.count, 0),
  }));
  const scale = niceScale(Math.max(...rows.flatMap((r) => [r.praise, r.complaint]), 0));
  const y = (n: number) => bottom - (n / scale.max) * (bottom - top);
  const slot = (plotEnd - plotStart) / Math.max(rows.length, 1);
  const barWidth = Math.min(slot * 0.3, 34);
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
      width={width}
      height={height}
      legend={[
        { kind: 'praise', text: t('label.praise') },
        { kind: 'complaint', text: t('label.complaint') },
      ]}
      data={
        <table>
          <caption>{t('reportTrend')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportMonth')}</th>
              <th scope="col">{t('label.praise')}</th>
              <th scope="col">{t('label.complaint')}</th>
              <th scope="col">{t('reportAllLabels')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{monthLong.format(dateOf(r.month))}</th>
                <td>{count.format(r.praise)}</td>
                <td>{count.format(r.complaint)}</td>
                <td>{count.format(r.all)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="complaint-fill" width="6" height="6" />
          <line class="hatch" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      <YGrid
        ticks={scale.ticks}
        max={scale.max}
        top={top}
        bottom={bottom}
        plotStart={plotStart}
        plotEnd={plotEnd}
        width={width}
        rtl={dir === 'rtl'}
        format={(n) => count.format(n)}
      />
      {rows.map((r, index) => {
        const center = plotStart + index * slot + slot / 2;
        return (
          <g key={r.month}>
            {kinds.map((kind, k) => {
              const value = r[kind];
              const left = center + (k === 0 ? -barWidth - 2 : 2);
              const barTop = y(value);
              return (
                <g key={kind}>
                  {value > 0 && (
                    <rect
                      class={`bar-${kind}`}
                      x={place.x(left, barWidth)}
                      y={barTop}
                      width={barWidth}
                      height={bottom - barTop}
                      fill={kind === 'complaint' ? `url(#${id}-hatch)` : undefined}
                    />
                  )}
                  <text class="value-label" x={place.x(left + barWidth / 2)} y={barTop - 4} text-anchor="middle">
                    {count.format(value)}
                  </text>
                </g>
              );
            })}
            <text class="axis-label" x={place.x(center)} y={bottom + 16} text-anchor="middle">
              {monthName.format(dateOf(r.month))}
            </text>
          </g>
        );
      })}
      <line class="chart-baseline" x1={place.x(plotStart)} x2={place.x(plotEnd)} y1={bottom} y2={bottom} />
    </ChartFrame>
  );
}
