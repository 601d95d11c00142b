import type { ReportWeek } from '@/utils/reports/month-shape';
import { formatHours, hourMs } from '@/utils/time/format';
import { numberLocale } from '@/utils/i18n/core';
import { useI18n } from '../../i18n';
import { ChartFrame, niceScale, placer, YGrid } from './frame';

const width = 640;
const height = 150;
const top = 18;
const bottom = 122;
const plotStart = 40;
const plotEnd = width - 6;

/** Hours per week (weeks cut at the month's edges) as labelled columns, each week's minimum as a dashed mark. */
export function WeeksChart({ id, weeks }: { id: string; weeks: ReportWeek[] }) {
  const { t, locale, dir } = useI18n();
  const numbers = numberLocale(locale);
  const hours = (ms: number) => formatHours(ms, numbers);
  const span = new Intl.DateTimeFormat(numbers, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const spanOf = (week: ReportWeek) =>
    span.formatRange(Date.parse(`${week.firstDay}T00:00:00Z`), Date.parse(`${week.lastDay}T00:00:00Z`));
  const place = placer(width, dir === 'rtl');

  const most = weeks.reduce<ReportWeek | null>(
    (best, w) => (w.ms > 0 && (best === null || w.ms > best.ms) ? w : best),
    null,
  );
  const withMinimum = weeks.filter((w) => (w.minimumHours ?? 0) > 0);
  const met = withMinimum.filter((w) => w.ms >= w.minimumHours! * hourMs).length;
  const scale = niceScale(Math.max(...weeks.map((w) => Math.max(w.ms / hourMs, w.minimumHours ?? 0)), 0));
  const y = (h: number) => bottom - (h / scale.max) * (bottom - top);
  const slot = (plotEnd - plotStart) / Math.max(weeks.length, 1);

  const summary = !most
    ? t('reportWeeksAltEmpty')
    : withMinimum.length > 0
      ? t('reportWeeksAlt', { week: spanOf(most), most: hours(most.ms), met, weeks: withMinimum.length })
      : t('reportWeeksAltNoContract', { week: spanOf(most), most: hours(most.ms) });

  return (
    <ChartFrame
      id={id}
      summary={summary}
      width={width}
      height={height}
      legend={[
        { kind: 'hours', text: t('reportLegendHours') },
        ...(withMinimum.length > 0 ? [{ kind: 'minimum', text: t('reportLegendWeekMinimum') }] : []),
      ]}
      data={
        <table>
          <caption>{t('reportWeeks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reportWeek')}</th>
              <th scope="col">{t('reportHours')}</th>
              <th scope="col">{t('reportWeekMinimum')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.firstDay}>
                <th scope="row">{spanOf(w)}</th>
                <td>{hours(w.ms)}</td>
                <td>{w.minimumHours === null ? '—' : hours(w.minimumHours * hourMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <YGrid
        ticks={scale.ticks}
        max={scale.max}
        top={top}
        bottom={bottom}
        plotStart={plotStart}
        plotEnd={plotEnd}
        width={width}
        rtl={dir === 'rtl'}
        format={(h) => hours(h * hourMs)}
      />
      {weeks.map((w, index) => {
        const left = plotStart + index * slot;
        const barTop = y(w.ms / hourMs);
        const barWidth = Math.min(slot * 0.6, 72);
        const center = left + slot / 2;
        return (
          <g key={w.firstDay}>
            {w.ms > 0 && (
              <rect
                class="bar"
                x={place.x(center - barWidth / 2, barWidth)}
                y={barTop}
                width={barWidth}
                height={bottom - barTop}
              />
            )}
            {(w.minimumHours ?? 0) > 0 && (
              <line
                class="minimum"
                x1={place.x(center - barWidth / 2 - 8)}
                x2={place.x(center + barWidth / 2 + 8)}
                y1={y(w.minimumHours!)}
                y2={y(w.minimumHours!)}
              />
            )}
            <text
              class="value-label"
              x={place.x(center)}
              y={Math.min(barTop, y(w.minimumHours ?? 0)) - 5}
              text-anchor="middle"
            >
              {hours(w.ms)}
            </text>
            <text class="axis-label" x={place.x(center)} y={bottom + 16} text-anchor="middle">
              {spanOf(w)}
            </text>
          </g>
        );
      })}
      <line class="chart-baseline" x1={place.x(plotStart)} x2={place.x(plotEnd)} y1={bottom} y2={bottom} />
    </ChartFrame>
  );
}
